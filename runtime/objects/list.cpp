// list: CPython 3.11's Objects/listobject.c, minus the sort (list_sort.cpp)
// and the iterators (list_iter.cpp).
//
// Invariants, as in CPython: 0 <= size <= capacity; items is null exactly
// when capacity is 0, except while list.sort() runs, when the list is
// emptied and capacity is -1 so that any mutation by a comparison or key
// function shows (and is reported as "list modified during sort").
//
// Items are released only once the list is back in a consistent shape,
// because releasing one may run __del__, which may look at the list.
// Removed items are released last to first, as CPython does, so `__del__`
// output appears in the same order.
#include "runtime/objects/list.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/core/repr_guard.hpp"
#include "runtime/core/seq_index.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/generic_alias.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/iterators.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/slice.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

namespace minipy {

Type ListType;

static constexpr std::int64_t kMaxSize = std::numeric_limits<std::int64_t>::max();

static std::nullptr_t raise_no_memory() { return raise_object(exc::MemoryError); }

// ---------------------------------------------------------------- storage

// Item arrays come from the heap's pools when small, as CPython's lists get
// theirs from pymalloc: a one-item list's array costs 8 bytes.
void list_free_items(Object** items, std::int64_t capacity) {
    if (items) heap_free(items, static_cast<std::size_t>(capacity) * sizeof(Object*));
}

// Reallocates the item array to exactly `n` slots (0 frees it).
static bool set_capacity(List* self, std::uint64_t n) {
    if (n == 0) {
        list_free_items(self->items, self->capacity);
        self->items = nullptr;
        self->capacity = 0;
        return true;
    }
    if (n > static_cast<std::uint64_t>(kMaxSize) / sizeof(Object*)) {
        raise_no_memory();
        return false;
    }
    const std::size_t old_bytes = self->items ? static_cast<std::size_t>(self->capacity) * sizeof(Object*) : 0;
    void* block = heap_realloc(self->items, old_bytes, n * sizeof(Object*));
    if (!block) {
        raise_no_memory();
        return false;
    }
    self->items = static_cast<Object**>(block);
    self->capacity = static_cast<std::int64_t>(n);
    return true;
}

// CPython's list_resize: keep the array while the new size is between half
// the capacity and the capacity; otherwise over-allocate by about 1/8, which
// gives the growth pattern 0, 4, 8, 16, 24, 32, 40, 52, 64, 76, ...
// New slots are uninitialised; the caller fills them.
static bool list_resize(List* self, std::int64_t newsize) {
    const std::int64_t allocated = self->capacity;
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        self->size = newsize;
        return true;
    }
    auto n = static_cast<std::uint64_t>(newsize);
    std::uint64_t new_allocated = (n + (n >> 3) + 6) & ~std::uint64_t{3};
    // Do not over-allocate when the growth is larger than the over-allocation.
    if (newsize - self->size > static_cast<std::int64_t>(new_allocated - n))
        new_allocated = (n + 3) & ~std::uint64_t{3};
    if (newsize == 0) new_allocated = 0;
    if (!set_capacity(self, new_allocated)) return false;
    self->size = newsize;
    return true;
}

// CPython's list_preallocate_exact: an empty list gets room for `size`
// items, rounded up to even (the allocator's granularity is 16 bytes).
static bool list_preallocate_exact(List* self, std::int64_t size) {
    return set_capacity(self, (static_cast<std::uint64_t>(size) + 1) & ~std::uint64_t{1});
}

// Drops every item (CPython's _list_clear), leaving an empty list with no
// array even if releasing an item appends to it again.
static void list_clear_items(List* self) {
    Object** items = self->items;
    if (!items) return;
    std::int64_t i = self->size;
    const std::int64_t capacity = self->capacity;
    self->size = 0;
    self->items = nullptr;
    self->capacity = 0;
    while (--i >= 0) xdecref(items[i]);
    list_free_items(items, capacity);
}

// CPython 3.11 keeps up to 80 freed exact lists (their item arrays are
// freed) for reuse: new_object_reusing.
static FreeList<List, 80> free_lists;

void list_free_list_fill(int n) { free_lists.fill(n, &ListType, sizeof(List)); }

static Ref<List> list_new_of_type(Type* type) {
    auto list = new_object<List>(type);
    gc_track(list.get());
    return list;
}

// What PyList_New makes: from the free list first. (Calling `list`, as
// CPython's type call, allocates a new block.)
static Ref<List> list_new_exact() {
    auto list = new_object_reusing(free_lists, &ListType);
    gc_track(list.get());
    return list;
}

// A list of `n` uninitialised items, capacity exactly n (list_new_prealloc).
static Ref<List> list_new_sized(std::int64_t n) {
    auto list = list_new_exact();
    if (n > 0) {
        if (!set_capacity(list.get(), static_cast<std::uint64_t>(n))) return nullptr;
        list->size = n;
    }
    return list;
}

Ref<List> list_new(std::int64_t reserve) {
    auto list = list_new_exact();
    if (reserve > 0 && !set_capacity(list.get(), static_cast<std::uint64_t>(reserve))) return nullptr;
    return list;
}

bool list_append(List* list, Object* value) {
    const std::int64_t n = list->size;
    if (list->capacity > n) {
        incref(value);
        list->items[n] = value;
        list->size = n + 1;
        return true;
    }
    if (!list_resize(list, n + 1)) return false;
    incref(value);
    list->items[n] = value;
    return true;
}

Ref<List> list_from_array(Object* const* items, std::int64_t n) {
    auto list = list_new_sized(n);
    if (!list) return nullptr;
    for (std::int64_t i = 0; i < n; ++i) {
        incref(items[i]);
        list->items[i] = items[i];
    }
    return list;
}

static Ref<List> list_slice(List* a, std::int64_t ilow, std::int64_t ihigh) {
    return list_from_array(a->items + ilow, ihigh > ilow ? ihigh - ilow : 0);
}

// ------------------------------------------------------ sequence helpers

Ref<> sequence_fast(Object* v, const char* message) {
    if (v->type == &ListType || v->type == &TupleType) return share(v);
    Ref<> it = get_iter(v);
    if (!it) {
        if (error_matches(exc::TypeError)) raise(exc::TypeError, message);
        return nullptr;
    }
    return list_from_iterable(it.get());
}
std::int64_t sequence_fast_size(Object* seq) {
    return seq->type == &TupleType ? cast<Tuple>(seq)->length() : cast<List>(seq)->size;
}
Object* const* sequence_fast_items(Object* seq) {
    return seq->type == &TupleType ? cast<Tuple>(seq)->items() : cast<List>(seq)->items;
}

int list_extend(List* self, Object* iterable) {
    if (iterable->type == &ListType || iterable->type == &TupleType || iterable == self) {
        Ref<> seq = share(iterable);
        const std::int64_t n = sequence_fast_size(seq.get());
        if (n == 0) return 0;
        const std::int64_t m = self->size;
        if (!self->items) {
            if (!list_preallocate_exact(self, n)) return -1;
            self->size = n;
        } else if (!list_resize(self, m + n)) {
            return -1;
        }
        // Read the source only now: for a.extend(a) the resize moved it.
        Object* const* src = sequence_fast_items(seq.get());
        Object** dest = self->items + m;
        for (std::int64_t i = 0; i < n; ++i) {
            incref(src[i]);
            dest[i] = src[i];
        }
        return 0;
    }

    Ref<> it = get_iter(iterable);
    if (!it) return -1;
    const std::int64_t n = length_hint(iterable, 8);
    if (n < 0) return -1;
    const std::int64_t m = self->size;
    if (m > kMaxSize - n) {
        // The hint overflowed; it may have lied, so just start appending.
    } else if (!self->items) {
        if (n && !list_preallocate_exact(self, n)) return -1;
    } else {
        if (!list_resize(self, m + n)) return -1;
        self->size = m;  // room made; the list itself is unchanged
    }
    for (;;) {
        Ref<> item = iter_next(it.get());
        if (!item) {
            if (error_pending()) return -1;
            break;
        }
        if (self->size < self->capacity) {
            self->items[self->size++] = item.release();
        } else if (!list_append(self, item.get())) {
            return -1;
        }
    }
    // Give back what an over-generous hint reserved.
    if (self->size < self->capacity && !list_resize(self, self->size)) return -1;
    return 0;
}

Ref<List> list_from_iterable(Object* iterable) {
    auto list = list_new(0);
    if (!list || list_extend(list.get(), iterable) < 0) return nullptr;
    return list;
}

// a[ilow:ihigh] = v (v null: delete), CPython's list_ass_slice.
static int list_ass_slice(List* a, std::int64_t ilow, std::int64_t ihigh, Object* v) {
    Ref<> seq;
    Object* const* vitem = nullptr;
    std::int64_t n = 0;  // items inserted
    if (v) {
        if (v == a) {
            // a[i:j] = a: copy first, the splice below would read moving data.
            Ref<List> copy = list_slice(a, 0, a->size);
            if (!copy) return -1;
            return list_ass_slice(a, ilow, ihigh, copy.get());
        }
        seq = sequence_fast(v, "can only assign an iterable");
        if (!seq) return -1;
        n = sequence_fast_size(seq.get());
        vitem = sequence_fast_items(seq.get());
    }
    if (ilow < 0)
        ilow = 0;
    else if (ilow > a->size)
        ilow = a->size;
    if (ihigh < ilow)
        ihigh = ilow;
    else if (ihigh > a->size)
        ihigh = a->size;

    const std::int64_t norig = ihigh - ilow;  // items removed
    const std::int64_t d = n - norig;         // change in size
    if (a->size + d == 0) {
        list_clear_items(a);
        return 0;
    }
    // Removed items are released after the list is consistent again.
    std::vector<Object*> recycle(a->items + ilow, a->items + ihigh);
    if (d < 0) {
        Object** item = a->items;
        std::memmove(&item[ihigh + d], &item[ihigh], (a->size - ihigh) * sizeof(Object*));
        if (!list_resize(a, a->size + d)) {
            // Undo the move; the list is unchanged.
            std::memmove(&item[ihigh], &item[ihigh + d], (a->size - ihigh) * sizeof(Object*));
            std::memcpy(&item[ilow], recycle.data(), recycle.size() * sizeof(Object*));
            return -1;
        }
    } else if (d > 0) {
        const std::int64_t k = a->size;
        if (!list_resize(a, k + d)) return -1;
        std::memmove(&a->items[ihigh + d], &a->items[ihigh], (k - ihigh) * sizeof(Object*));
    }
    for (std::int64_t k = 0; k < n; ++k, ++ilow) {
        incref(vitem[k]);
        a->items[ilow] = vitem[k];
    }
    for (std::int64_t k = norig - 1; k >= 0; --k) xdecref(recycle[k]);
    return 0;
}

// ------------------------------------------------------- protocol slots

// Last item first, as CPython's _list_clear and list_dealloc.
static void list_clear_slot(Object* o) { list_clear_items(cast<List>(o)); }

static void list_destroy(Object* o) {
    list_clear_slot(o);
    if (o->type == &ListType && keep_for_reuse(free_lists, cast<List>(o))) return;
    delete_object(cast<List>(o));
}

// Last item first, as CPython's list_traverse.
static void list_traverse(Object* o, VisitFn visit, void* arg) {
    auto* list = cast<List>(o);
    for (std::int64_t i = list->size; --i >= 0;) visit_field(list->items[i], visit, arg);
}

static std::size_t list_size_of(Object* o) {
    return o->type->basic_size + static_cast<std::size_t>(cast<List>(o)->capacity) * sizeof(Object*);
}

// [1, 2, 3]; a list inside itself prints as [...].
static Ref<> list_repr(Object* o) {
    auto* list = cast<List>(o);
    if (list->size == 0) return str_from("[]");
    ReprGuard guard(o);
    if (guard.recursive()) return str_from("[...]");
    std::string out = "[";
    std::string item_text;
    // The size is re-read each time: an item's __repr__ may change the list.
    for (std::int64_t i = 0; i < list->size; ++i) {
        if (i > 0) out += ", ";
        Ref<> item = share(list->items[i]);
        item_text.clear();
        if (!repr_text(item.get(), item_text)) return nullptr;
        out += item_text;
    }
    out += "]";
    return str_from(out);
}

// Lexicographic comparison: find the first index where the items differ
// (by ==, with the identity shortcut), then compare those two items with
// the requested operator; if none differs, compare the lengths.
static Ref<> list_compare(Object* v, Object* w, CompareOp op) {
    if (!is_list(v) || !is_list(w)) return not_implemented();
    auto* vl = cast<List>(v);
    auto* wl = cast<List>(w);
    if (vl->size != wl->size && (op == CompareOp::Eq || op == CompareOp::Ne))
        return bool_from(op == CompareOp::Ne);
    std::int64_t i = 0;
    for (; i < vl->size && i < wl->size; ++i) {
        Object* vitem = vl->items[i];
        Object* witem = wl->items[i];
        if (vitem == witem) continue;
        Ref<> hold_v = share(vitem);
        Ref<> hold_w = share(witem);
        int k = compare_bool(vitem, witem, CompareOp::Eq);
        if (k < 0) return nullptr;
        if (!k) break;
    }
    if (i >= vl->size || i >= wl->size) return bool_from(compare_values(vl->size, wl->size, op) != 0);
    if (op == CompareOp::Eq) return bool_from(false);
    if (op == CompareOp::Ne) return bool_from(true);
    Ref<> vitem = share(vl->items[i]);
    Ref<> witem = share(wl->items[i]);
    return compare(vitem.get(), witem.get(), op);
}

static std::int64_t list_length(Object* o) { return cast<List>(o)->size; }

static int list_contains(Object* o, Object* value) {
    auto* list = cast<List>(o);
    for (std::int64_t i = 0; i < list->size; ++i) {
        Ref<> item = share(list->items[i]);
        int cmp = compare_bool(item.get(), value, CompareOp::Eq);
        if (cmp != 0) return cmp;
    }
    return 0;
}

static Ref<> list_iter(Object* o) { return list_iter_new(cast<List>(o)); }

// True when `other` is an instance of a class that defines the operator
// itself and so deserves a chance to handle it (CPython tries the number
// slots of both operands before the sequence concat/repeat slots).
static bool defers_to(Object* other, BinaryOp op) {
    return other->type->has_flag(type_flags::kHeapType) && other->type->binary[static_cast<int>(op)];
}

static Ref<> list_concat(Object* a, Object* b) {
    if (!is_list(a)) return not_implemented();  // list + is not reflected
    if (!is_list(b)) {
        if (defers_to(b, BinaryOp::Add)) return not_implemented();
        return raisef(exc::TypeError, "can only concatenate list (not \"{}\") to list", type_name(b));
    }
    auto* la = cast<List>(a);
    auto* lb = cast<List>(b);
    const std::int64_t size = la->size + lb->size;
    auto result = list_new_sized(size);
    if (!result) return nullptr;
    for (std::int64_t i = 0; i < la->size; ++i) {
        incref(la->items[i]);
        result->items[i] = la->items[i];
    }
    for (std::int64_t i = 0; i < lb->size; ++i) {
        incref(lb->items[i]);
        result->items[la->size + i] = lb->items[i];
    }
    return result;
}

static Ref<> list_repeat_n(List* a, std::int64_t n) {
    if (n < 0) n = 0;
    if (n > 0 && a->size > kMaxSize / n) return raise_no_memory();
    const std::int64_t size = a->size * n;
    if (size == 0) return list_new(0);
    auto result = list_new_sized(size);
    if (!result) return nullptr;
    Object** dest = result->items;
    for (std::int64_t r = 0; r < n; ++r)
        for (std::int64_t i = 0; i < a->size; ++i) {
            incref(a->items[i]);
            *dest++ = a->items[i];
        }
    return result;
}

static std::nullptr_t raise_non_int_repeat(Object* count) {
    return raisef(exc::TypeError, "can't multiply sequence by non-int of type '{}'", type_name(count));
}


// list * n and n * list; either operand may be the list.
static Ref<> list_repeat(Object* a, Object* b) {
    Object* seq = is_list(a) ? a : b;
    Object* count = seq == a ? b : a;
    if (!index_check(count)) {
        if (seq == a && defers_to(count, BinaryOp::Mul)) return not_implemented();
        return raise_non_int_repeat(count);
    }
    std::int64_t n;
    if (!repeat_count(count, n)) return nullptr;
    return list_repeat_n(cast<List>(seq), n);
}

static Ref<> list_inplace_concat(Object* self, Object* other) {
    if (list_extend(cast<List>(self), other) < 0) return nullptr;
    return share(self);
}

static Ref<> list_inplace_repeat(Object* self, Object* count) {
    if (!index_check(count)) {
        if (defers_to(count, BinaryOp::Mul)) return not_implemented();
        return raise_non_int_repeat(count);
    }
    std::int64_t n;
    if (!repeat_count(count, n)) return nullptr;
    auto* list = cast<List>(self);
    const std::int64_t input_size = list->size;
    if (input_size == 0 || n == 1) return share(self);
    if (n < 1) {
        list_clear_items(list);
        return share(self);
    }
    if (input_size > kMaxSize / n) return raise_no_memory();
    if (!list_resize(list, input_size * n)) return nullptr;
    Object** items = list->items;
    for (std::int64_t r = 1; r < n; ++r)
        for (std::int64_t i = 0; i < input_size; ++i) {
            incref(items[i]);
            items[r * input_size + i] = items[i];
        }
    return share(self);
}

// a[i] and a[i:j:k] (CPython's list_subscript).
static Ref<> list_getitem(Object* o, Object* key) {
    auto* list = cast<List>(o);
    if (index_check(key)) {
        std::int64_t i;
        if (!index_for_subscript(key, i)) return nullptr;
        if (i < 0) i += list->size;
        if (i < 0 || i >= list->size) return raise(exc::IndexError, "list index out of range");
        return share(list->items[i]);
    }
    if (key->type == &SliceType) {
        std::int64_t start, stop, step, count;
        if (!slice_indices(cast<Slice>(key), list->size, start, stop, step, count)) return nullptr;
        if (count <= 0) return list_new(0);
        if (step == 1) return list_slice(list, start, stop);
        auto result = list_new_sized(count);
        if (!result) return nullptr;
        for (std::int64_t cur = start, i = 0; i < count; cur += step, ++i) {
            incref(list->items[cur]);
            result->items[i] = list->items[cur];
        }
        return result;
    }
    return raisef(exc::TypeError, "list indices must be integers or slices, not {}", type_name(key));
}

// del a[i:j:k] with k != 1: close the gaps left by the removed items.
static int delete_extended_slice(List* self, std::int64_t start, std::int64_t stop, std::int64_t step,
                                 std::int64_t count) {
    if (count <= 0) return 0;
    if (step < 0) {
        stop = start + 1;
        start = stop + step * (count - 1) - 1;
        step = -step;
    }
    std::vector<Object*> garbage(static_cast<std::size_t>(count));
    Object** items = self->items;
    std::int64_t cur = start, i = 0;
    for (; cur < stop; cur += step, ++i) {
        std::int64_t lim = step - 1;
        garbage[i] = items[cur];
        if (cur + step >= self->size) lim = self->size - cur - 1;
        std::memmove(items + cur - i, items + cur + 1, lim * sizeof(Object*));
    }
    cur = start + count * step;
    if (cur < self->size)
        std::memmove(items + cur - count, items + cur, (self->size - cur) * sizeof(Object*));
    self->size -= count;
    bool ok = list_resize(self, self->size);
    for (Object* g : garbage) decref(g);
    return ok ? 0 : -1;
}

static int list_setitem(Object* o, Object* key, Object* value) {
    auto* self = cast<List>(o);
    if (index_check(key)) {
        std::int64_t i;
        if (!index_for_subscript(key, i)) return -1;
        if (i < 0) i += self->size;
        if (i < 0 || i >= self->size) {
            raise(exc::IndexError, "list assignment index out of range");
            return -1;
        }
        if (!value) return list_ass_slice(self, i, i + 1, nullptr);
        set_slot(self->items[i], value);
        return 0;
    }
    if (key->type != &SliceType) {
        raisef(exc::TypeError, "list indices must be integers or slices, not {}", type_name(key));
        return -1;
    }
    std::int64_t start, stop, step, count;
    if (!slice_indices(cast<Slice>(key), self->size, start, stop, step, count)) return -1;
    if (step == 1) return list_ass_slice(self, start, stop, value);
    // s[5:2] = [...] inserts before 5, not before 2.
    if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
    if (!value) return delete_extended_slice(self, start, stop, step, count);

    // a[::-1] = a must read a copy.
    Ref<> seq = value == self ? Ref<>(list_slice(self, 0, self->size))
                              : sequence_fast(value, "must assign iterable to extended slice");
    if (!seq) return -1;
    if (sequence_fast_size(seq.get()) != count) {
        raisef(exc::ValueError, "attempt to assign sequence of size {} to extended slice of size {}",
               sequence_fast_size(seq.get()), count);
        return -1;
    }
    if (count == 0) return 0;
    std::vector<Object*> garbage(static_cast<std::size_t>(count));
    Object* const* src = sequence_fast_items(seq.get());
    for (std::int64_t cur = start, i = 0; i < count; cur += step, ++i) {
        garbage[i] = self->items[cur];
        incref(src[i]);
        self->items[cur] = src[i];
    }
    for (Object* g : garbage) decref(g);
    return 0;
}

// list(iterable): the instance is made empty, then __init__ fills it, so a
// subclass's __init__ may call list.__init__ as usual.
static Ref<> list_new_instance(Type* type, const Args&) { return list_new_of_type(type); }

static int list_init(Object* o, const Args& args) {
    if (!check_no_keywords("list", args) || !check_arg_range("list", args, 0, 1)) return -1;
    auto* self = cast<List>(o);
    list_clear_items(self);
    if (args.size() == 0) return 0;
    Object* iterable = args[0];
    if (iterable->type->length) {
        // Preallocate from the length (CPython's list___init___impl).
        std::int64_t n = length(iterable);
        if (n < 0) {
            if (!error_matches(exc::TypeError)) return -1;
            clear_error();
        }
        if (n > 0 && !self->items && !list_preallocate_exact(self, n)) return -1;
    }
    return list_extend(self, iterable);
}

// ----------------------------------------------------------------- methods

static Ref<> list_append_method(Object* self, const Args& args) {
    if (!check_no_keywords("list.append", args) || !check_one_arg("list.append", args)) return nullptr;
    if (!list_append(cast<List>(self), args[0])) return nullptr;
    return none();
}

static Ref<> list_extend_method(Object* self, const Args& args) {
    if (!check_no_keywords("list.extend", args) || !check_one_arg("list.extend", args)) return nullptr;
    if (list_extend(cast<List>(self), args[0]) < 0) return nullptr;
    return none();
}

bool list_insert(List* list, std::int64_t where, Object* value) {
    const std::int64_t n = list->size;
    if (!list_resize(list, n + 1)) return false;
    if (where < 0) {
        where += n;
        if (where < 0) where = 0;
    }
    if (where > n) where = n;
    Object** items = list->items;
    for (std::int64_t i = n; --i >= where;) items[i + 1] = items[i];
    incref(value);
    items[where] = value;
    return true;
}

static Ref<> list_insert_method(Object* self, const Args& args) {
    if (!check_no_keywords("list.insert", args) || !check_arg_range("insert", args, 2, 2)) return nullptr;
    std::int64_t where;
    if (!index_to_i64(args[0], where)) return nullptr;
    if (!list_insert(cast<List>(self), where, args[1])) return nullptr;
    return none();
}

Ref<> list_pop_last(List* list) {
    Ref<> value = share(list->items[list->size - 1]);
    // The list's reference moves to the caller.
    if (!list_resize(list, list->size - 1)) return nullptr;
    decref(value.get());
    return value;
}

static Ref<> list_pop_method(Object* self, const Args& args) {
    if (!check_no_keywords("list.pop", args) || !check_arg_range("pop", args, 0, 1)) return nullptr;
    std::int64_t index = -1;
    if (args.size() == 1 && !index_to_i64(args[0], index)) return nullptr;
    auto* list = cast<List>(self);
    if (list->size == 0) return raise(exc::IndexError, "pop from empty list");
    if (index < 0) index += list->size;
    if (index < 0 || index >= list->size) return raise(exc::IndexError, "pop index out of range");
    if (index == list->size - 1) return list_pop_last(list);
    Ref<> value = share(list->items[index]);
    if (list_ass_slice(list, index, index + 1, nullptr) < 0) return nullptr;
    return value;
}

static Ref<> list_remove_method(Object* self, const Args& args) {
    if (!check_no_keywords("list.remove", args) || !check_one_arg("list.remove", args)) return nullptr;
    auto* list = cast<List>(self);
    for (std::int64_t i = 0; i < list->size; ++i) {
        Ref<> item = share(list->items[i]);
        int cmp = compare_bool(item.get(), args[0], CompareOp::Eq);
        if (cmp < 0) return nullptr;
        if (cmp > 0) {
            if (list_ass_slice(list, i, i + 1, nullptr) < 0) return nullptr;
            return none();
        }
    }
    return raise(exc::ValueError, "list.remove(x): x not in list");
}

// list.index(value, start=0, stop=sys.maxsize, /)
static Ref<> list_index_method(Object* self, const Args& args) {
    if (!check_no_keywords("list.index", args) || !check_arg_range("index", args, 1, 3)) return nullptr;
    auto* list = cast<List>(self);
    std::int64_t start = 0;
    std::int64_t stop = kMaxSize;
    if (args.size() > 1 && !slice_index_not_none(args[1], start)) return nullptr;
    if (args.size() > 2 && !slice_index_not_none(args[2], stop)) return nullptr;
    if (start < 0) {
        start += list->size;
        if (start < 0) start = 0;
    }
    if (stop < 0) {
        stop += list->size;
        if (stop < 0) stop = 0;
    }
    for (std::int64_t i = start; i < stop && i < list->size; ++i) {
        Ref<> item = share(list->items[i]);
        int cmp = compare_bool(item.get(), args[0], CompareOp::Eq);
        if (cmp < 0) return nullptr;
        if (cmp > 0) return int_from(i);
    }
    std::string text;
    if (!repr_text(args[0], text)) return nullptr;
    return raisef(exc::ValueError, "{} is not in list", text);
}

static Ref<> list_count_method(Object* self, const Args& args) {
    if (!check_no_keywords("list.count", args) || !check_one_arg("list.count", args)) return nullptr;
    auto* list = cast<List>(self);
    std::int64_t count = 0;
    for (std::int64_t i = 0; i < list->size; ++i) {
        Object* item = list->items[i];
        if (item == args[0]) {
            ++count;
            continue;
        }
        Ref<> hold = share(item);
        int cmp = compare_bool(item, args[0], CompareOp::Eq);
        if (cmp < 0) return nullptr;
        count += cmp;
    }
    return int_from(count);
}

static Ref<> list_clear_method(Object* self, const Args& args) {
    if (!check_no_keywords("list.clear", args) || !check_no_args("list.clear", args)) return nullptr;
    list_clear_items(cast<List>(self));
    return none();
}

static Ref<> list_copy_method(Object* self, const Args& args) {
    if (!check_no_keywords("list.copy", args) || !check_no_args("list.copy", args)) return nullptr;
    return list_slice(cast<List>(self), 0, cast<List>(self)->size);
}

static Ref<> list_reverse_method(Object* self, const Args& args) {
    if (!check_no_keywords("list.reverse", args) || !check_no_args("list.reverse", args)) return nullptr;
    auto* list = cast<List>(self);
    if (list->size > 1) {
        Object** lo = list->items;
        Object** hi = list->items + list->size - 1;
        for (; lo < hi; ++lo, --hi) std::swap(*lo, *hi);
    }
    return none();
}

// list.sort(*, key=None, reverse=False)
static Ref<> list_sort_method(Object* self, const Args& args) {
    if (args.size() != 0) return raise(exc::TypeError, "sort() takes no positional arguments");
    if (args.kw_count() > 2)
        return raisef(exc::TypeError, "sort() takes at most 2 keyword arguments ({} given)", args.kw_count());
    static const ArgSpec spec{"sort", {"key", "reverse"}, 0, 0, 0};
    Object* bound[2] = {nullptr, nullptr};
    if (!parse_args(args, spec, bound)) return nullptr;
    Object* key = bound[0] == None ? nullptr : bound[0];
    std::int64_t reverse = 0;
    if (bound[1] && !index_to_i64(bound[1], reverse)) return nullptr;
    if (list_sort(cast<List>(self), key, reverse != 0) < 0) return nullptr;
    return none();
}

static Ref<> list_reversed_method(Object* self, const Args& args) {
    if (!check_no_keywords("list.__reversed__", args) || !check_no_args("list.__reversed__", args))
        return nullptr;
    return list_reverse_iter_new(cast<List>(self));
}

void list_type_init() {
    type_init_builtin(ListType, "list", &ObjectType, sizeof(List),
                      type_flags::kHasGC | type_flags::kBaseType | type_flags::kListSubclass);
    ListType.destroy = list_destroy;
    ListType.traverse = list_traverse;
    ListType.clear = list_clear_slot;
    ListType.size_of = list_size_of;
    ListType.repr = list_repr;
    ListType.compare = list_compare;  // with no hash: lists are unhashable
    ListType.new_instance = list_new_instance;
    ListType.init = list_init;
    ListType.iter = list_iter;
    ListType.length = list_length;
    ListType.getitem = list_getitem;
    ListType.setitem = list_setitem;
    ListType.contains = list_contains;
    ListType.binary[static_cast<int>(BinaryOp::Add)] = list_concat;
    ListType.binary[static_cast<int>(BinaryOp::Mul)] = list_repeat;
    ListType.inplace[static_cast<int>(BinaryOp::Add)] = list_inplace_concat;
    ListType.inplace[static_cast<int>(BinaryOp::Mul)] = list_inplace_repeat;
    add_methods(ListType, {
                              {"append", list_append_method},
                              {"extend", list_extend_method},
                              {"insert", list_insert_method},
                              {"pop", list_pop_method},
                              {"remove", list_remove_method},
                              {"index", list_index_method},
                              {"count", list_count_method},
                              {"clear", list_clear_method},
                              {"copy", list_copy_method},
                              {"reverse", list_reverse_method},
                              {"sort", list_sort_method},
                              {"__reversed__", list_reversed_method},
                              {"__class_getitem__", generic_class_getitem, MethodKind::Class},
                          });
    type_ready(ListType);
}

}  // namespace minipy
