// tuple (CPython's Objects/tupleobject.c).
#include "runtime/objects/tuple.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/core/recursion.hpp"
#include "runtime/core/repr_guard.hpp"
#include "runtime/core/seq_index.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/generic_alias.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/iterators.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/slice.hpp"
#include "runtime/text/str.hpp"

#include <algorithm>
#include <string>

namespace minipy {

Type TupleType;
Type TupleIterType;

namespace {
Tuple* the_empty_tuple = nullptr;  // `() is ()`, as in CPython
}

// CPython 3.11's tuple free lists: freed exact tuples of 1 to 20 items,
// up to 2000 of each length, are kept for reuse, and reused ones are
// handed out most recently freed first. As in CPython, a tuple taking this
// path neither counts as an allocation for the collector's generation 0
// nor as a deallocation (for tracemalloc: heap_trace_recycled).
// Under AddressSanitizer a kept tuple's items are poisoned as the rest of
// it is (FreeList), so that a use of a freed tuple's items is reported.
namespace {
constexpr std::int64_t kMaxSavedLength = kTupleFreeListLengths;
constexpr int kMaxSavedPerLength = 2000;
FreeList<Tuple, kMaxSavedPerLength> free_tuples[kMaxSavedLength];

Tuple* reuse_tuple(std::int64_t n) {
    if (n < 1 || n > kMaxSavedLength) return nullptr;
    Tuple* t = free_tuples[n - 1].take(&TupleType);
    if (!t) return nullptr;
#if defined(__SANITIZE_ADDRESS__)
    ASAN_UNPOISON_MEMORY_REGION(t->items(), static_cast<std::size_t>(n) * sizeof(Object*));
#endif
    t->size = n;  // the free list's link word
    std::fill_n(t->items(), n, nullptr);
    heap_trace_recycled(t);
    return t;
}

bool keep_freed_tuple(Tuple* t) {
    const std::int64_t n = t->size;
    if (t->type != &TupleType || n < 1 || n > kMaxSavedLength || !keep_for_reuse(free_tuples[n - 1], t))
        return false;
#if defined(__SANITIZE_ADDRESS__)
    ASAN_POISON_MEMORY_REGION(t->items(), static_cast<std::size_t>(n) * sizeof(Object*));
#endif
    return true;
}
}  // namespace

void tuple_free_lists_fill(std::span<const int, kTupleFreeListLengths> counts) {
    for (std::int64_t n = 1; n <= kMaxSavedLength; ++n)
        free_tuples[n - 1].fill(counts[n - 1], &TupleType,
                                TupleType.basic_size + TupleType.item_size * static_cast<std::size_t>(n));
}

Ref<Tuple> tuple_alloc(std::int64_t n) {
    if (n == 0 && the_empty_tuple) return share(the_empty_tuple);
    Ref<Tuple> t = adopt(reuse_tuple(n));
    if (!t) t = new_var_object<Tuple>(&TupleType, static_cast<std::size_t>(n));
    if (n > 0) gc_track(t.get());
    return t;
}

Ref<Tuple> tuple_from_array(Object* const* items, std::int64_t n) {
    Ref<Tuple> t = tuple_alloc(n);
    for (std::int64_t i = 0; i < n; ++i) tuple_init_item(t.get(), i, share(items[i]));
    return t;
}

Ref<Tuple> tuple_from(std::initializer_list<Object*> items) {
    return tuple_from_array(items.begin(), static_cast<std::int64_t>(items.size()));
}

Ref<Tuple> empty_tuple() { return tuple_alloc(0); }

static Tuple* as_tuple(Object* o) { return cast<Tuple>(o); }

// No clear, as in CPython: the items of a built tuple never change, so a
// cycle through one is broken at its other members. Items go last to first,
// as in CPython's tupledealloc (__del__ output shows it).
static void tuple_destroy(Object* o) {
    Tuple* t = as_tuple(o);
    for (std::int64_t i = t->size; --i >= 0;) xdecref(t->items()[i]);
    if (keep_freed_tuple(t)) return;
    delete_object(t);
}

// Last item first, as CPython's tupletraverse (gc.get_referents((1, 2)) is [2, 1]).
static void tuple_traverse(Object* o, VisitFn visit, void* arg) {
    Tuple* t = as_tuple(o);
    for (std::int64_t i = t->size; --i >= 0;) visit_field(t->items()[i], visit, arg);
}

// (1,) for one item, () for none.
static Ref<> tuple_repr(Object* o) {
    Tuple* t = as_tuple(o);
    if (t->size == 0) return str_from("()");
    ReprGuard guard(o);
    if (guard.recursive()) return str_from("(...)");
    std::string out = "(";
    for (std::int64_t i = 0; i < t->size; ++i) {
        std::string item;
        if (!repr_text((*t)[i], item)) return nullptr;
        if (i) out += ", ";
        out += item;
    }
    out += t->size == 1 ? ",)" : ")";
    return str_from(out);
}

// CPython 3.8+'s xxHash-based tuple hash, so that sets of tuples iterate in
// CPython's order. Each item's hash is one lane of the accumulator.
namespace {
constexpr std::uint64_t kPrime1 = 11400714785074694791ULL;
constexpr std::uint64_t kPrime2 = 14029467366897019727ULL;
constexpr std::uint64_t kPrime5 = 2870177450012600261ULL;

inline std::uint64_t add_lane(std::uint64_t acc, std::int64_t lane) {
    acc += static_cast<std::uint64_t>(lane) * kPrime2;
    acc = (acc << 31) | (acc >> 33);
    return acc * kPrime1;
}

inline std::int64_t finish_hash(std::uint64_t acc, std::int64_t size) {
    acc += static_cast<std::uint64_t>(size) ^ (kPrime5 ^ 3527539UL);
    if (acc == static_cast<std::uint64_t>(-1)) return 1546275796;
    return static_cast<std::int64_t>(acc);
}

// From item `i` on, asking each item's type (-1 when one is unhashable).
[[gnu::noinline]] std::int64_t tuple_hash_from(Tuple* t, std::int64_t i, std::uint64_t acc) {
    for (; i < t->size; ++i) {
        Object* item = (*t)[i];
        const std::int64_t lane = is_exact_str(item) ? str_hash(static_cast<Str*>(item)) : hash(item);
        if (lane == -1) return -1;
        acc = add_lane(acc, lane);
    }
    return finish_hash(acc, t->size);
}
}  // namespace

// Ints that fit a word and strs whose hash is known, the usual items of a
// key, are hashed here without a call; the first other item hands the
// rest to tuple_hash_from.
static std::int64_t tuple_hash(Object* o) {
    Tuple* t = as_tuple(o);
    std::uint64_t acc = kPrime5;
    for (std::int64_t i = 0; i < t->size; ++i) {
        Object* item = (*t)[i];
        std::int64_t lane;
        if (is_machine_int(item)) {
            lane = int_hash_small(static_cast<Int*>(item)->small);
        } else if (is_exact_str(item) && static_cast<Str*>(item)->hash != -1) {
            lane = static_cast<Str*>(item)->hash;
        } else {
            return tuple_hash_from(t, i, acc);
        }
        acc = add_lane(acc, lane);
    }
    return finish_hash(acc, t->size);
}

// The index of the first pair of items that differ (the shorter length
// when there is none), or -1 when a comparison failed: tuplerichcompare's
// loop, which compares items before it looks at the lengths.
static std::int64_t first_difference(Tuple* x, Tuple* y) {
    std::int64_t i = 0;
    for (; i < x->size && i < y->size; ++i) {
        int eq = equals((*x)[i], (*y)[i]);
        if (eq < 0) return -1;
        if (!eq) break;
    }
    return i;
}

int tuple_equal(Tuple* x, Tuple* y) {
    RecursionScope scope(" in comparison");  // the level PyObject_RichCompare counts for the tuples
    if (!scope) return -1;
    const std::int64_t i = first_difference(x, y);
    if (i < 0) return -1;
    if (i < x->size && i < y->size) return 0;
    return x->size == y->size;
}

int keys_equal(Object* a, Object* b) {
    if (a->type == &TupleType && b->type == &TupleType) return tuple_equal(cast<Tuple>(a), cast<Tuple>(b));
    return equals(a, b);
}

// Lexicographic comparison: the first unequal pair decides.
static Ref<> tuple_compare(Object* a, Object* b, CompareOp op) {
    if (!is_tuple(b)) return not_implemented();
    Tuple* x = as_tuple(a);
    Tuple* y = as_tuple(b);
    const std::int64_t i = first_difference(x, y);
    if (i < 0) return nullptr;
    if (i >= x->size || i >= y->size) {
        return bool_from(compare_values(x->size, y->size, op) != 0);
    }
    if (op == CompareOp::Eq) return share(False);
    if (op == CompareOp::Ne) return share(True);
    return compare((*x)[i], (*y)[i], op);
}

static std::int64_t tuple_length(Object* o) { return as_tuple(o)->size; }

static Ref<> tuple_getitem(Object* o, Object* key) {
    Tuple* t = as_tuple(o);
    if (key->type == &SliceType) {
        std::int64_t start, stop, step, count;
        if (!slice_indices(cast<Slice>(key), t->size, start, stop, step, count)) return nullptr;
        if (step == 1 && count == t->size && o->type == &TupleType) return share(o);
        Ref<Tuple> result = tuple_alloc(count);
        for (std::int64_t i = 0, j = start; i < count; ++i, j += step) tuple_init_item(result.get(), i, share((*t)[j]));
        return result;
    }
    if (!is_int(key) && !key->type->to_index)
        return raisef(exc::TypeError, "tuple indices must be integers or slices, not {}", type_name(key));
    std::int64_t i;
    if (!index_for_subscript(key, i)) return nullptr;
    if (i < 0) i += t->size;
    if (i < 0 || i >= t->size) return raise(exc::IndexError, "tuple index out of range");
    return share((*t)[i]);
}

static int tuple_contains(Object* o, Object* item) {
    for (Object* x : *as_tuple(o)) {
        int eq = equals(x, item);
        if (eq != 0) return eq;
    }
    return 0;
}

static Ref<> tuple_add(Object* a, Object* b) {
    if (!is_tuple(a) || !is_tuple(b)) return not_implemented();
    Tuple* x = as_tuple(a);
    Tuple* y = as_tuple(b);
    Ref<Tuple> result = tuple_alloc(x->size + y->size);
    for (std::int64_t i = 0; i < x->size; ++i) tuple_init_item(result.get(), i, share((*x)[i]));
    for (std::int64_t i = 0; i < y->size; ++i) tuple_init_item(result.get(), x->size + i, share((*y)[i]));
    return result;
}

static Ref<> tuple_mul(Object* a, Object* b) {
    Object* seq = is_tuple(a) ? a : b;
    Object* count_obj = seq == a ? b : a;
    if (!is_tuple(seq) || !(is_int(count_obj) || count_obj->type->to_index)) return not_implemented();
    std::int64_t n;
    if (!repeat_count(count_obj, n)) return nullptr;
    Tuple* t = as_tuple(seq);
    if (n <= 0 || t->size == 0) return empty_tuple();
    if (n == 1 && seq->type == &TupleType) return share(seq);
    if (t->size > INT64_MAX / n) return raise(exc::MemoryError, "");
    // A size the program chooses: MemoryError when it cannot be had, as
    // tuplerepeat's PyTuple_New fails; a short one comes from the free
    // lists, as PyTuple_New's does.
    const std::int64_t size = t->size * n;
    Ref<Tuple> result = adopt(reuse_tuple(size));
    if (!result) result = try_new_var_object<Tuple>(&TupleType, static_cast<std::size_t>(size));
    if (!result) return nullptr;
    gc_track(result.get());
    for (std::int64_t r = 0, k = 0; r < n; ++r)
        for (std::int64_t i = 0; i < t->size; ++i) tuple_init_item(result.get(), k++, share((*t)[i]));
    return result;
}

static Ref<> tuple_iter(Object* o) { return tuple_iter_new(cast<Tuple>(o)); }

// An instance of a class derived from tuple with the items of `items`
// (CPython's tuple_subtype_new): always a new object, never the shared
// empty tuple, tracked from the start as every instance of a class. The
// class's dict, if any, follows the items (instance.hpp).
static Ref<> tuple_subtype_new(Type* type, Object* const* items, std::int64_t n) {
    Ref<Tuple> t = new_var_object<Tuple>(type, static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) tuple_init_item(t.get(), i, share(items[i]));
    gc_track(t.get());
    return t;
}

// tuple(iterable); a tuple argument is returned as is.
static Ref<> tuple_new(Type* type, const Args& args) {
    if (!check_no_keywords("tuple", args) || !check_arg_range("tuple", args, 0, 1)) return nullptr;
    Object* a[1] = {args.size() ? args[0] : nullptr};
    if (type != &TupleType) {
        if (!a[0]) return tuple_subtype_new(type, nullptr, 0);
        Ref<List> items = list_from_iterable(a[0]);
        if (!items) return nullptr;
        return tuple_subtype_new(type, items->items, items->size);
    }
    if (!a[0]) return empty_tuple();
    if (a[0]->type == &TupleType) return share(a[0]);
    Ref<List> items = list_from_iterable(a[0]);
    if (!items) return nullptr;
    return tuple_from_array(items->items, items->size);
}

static Ref<> tuple_count(Object* self, const Args& args) {
    if (!check_one_arg("tuple.count", args)) return nullptr;
    std::int64_t n = 0;
    for (Object* x : *as_tuple(self)) {
        int eq = equals(x, args[0]);
        if (eq < 0) return nullptr;
        n += eq;
    }
    return int_from(n);
}

static Ref<> tuple_index(Object* self, const Args& args) {
    if (!check_arg_range("index", args, 1, 3)) return nullptr;
    Tuple* t = as_tuple(self);
    std::int64_t start = 0, stop = t->size;
    if (args.size() > 1 && !slice_index_not_none(args[1], start)) return nullptr;
    if (args.size() > 2 && !slice_index_not_none(args[2], stop)) return nullptr;
    if (start < 0) start = std::max<std::int64_t>(0, start + t->size);
    if (stop < 0) stop += t->size;
    for (std::int64_t i = start; i < std::min(stop, t->size); ++i) {
        int eq = equals((*t)[i], args[0]);
        if (eq < 0) return nullptr;
        if (eq) return int_from(i);
    }
    return raise(exc::ValueError, "tuple.index(x): x not in tuple");
}

// tuple.__getnewargs__(): the items, for copy and pickle to pass to __new__.
static Ref<> tuple_getnewargs(Object* self, const Args& args) {
    if (!check_no_args("tuple.__getnewargs__", args)) return nullptr;
    Ref<> items = self->type == &TupleType ? share(self) : tuple_from_array(as_tuple(self)->items(), as_tuple(self)->size);
    return tuple_from({items.get()});
}

void tuple_type_init() {
    type_init_builtin(TupleType, "tuple", &ObjectType, sizeof(Tuple),
                      type_flags::kBaseType | type_flags::kHasGC | type_flags::kTupleSubclass);
    TupleType.item_size = sizeof(Object*);
    TupleType.destroy = tuple_destroy;
    TupleType.traverse = tuple_traverse;
    TupleType.repr = tuple_repr;
    TupleType.hash = tuple_hash;
    TupleType.compare = tuple_compare;
    TupleType.length = tuple_length;
    TupleType.getitem = tuple_getitem;
    TupleType.contains = tuple_contains;
    TupleType.iter = tuple_iter;
    TupleType.new_instance = tuple_new;
    TupleType.getattr = generic_getattr;
    TupleType.binary[static_cast<int>(BinaryOp::Add)] = tuple_add;
    TupleType.binary[static_cast<int>(BinaryOp::Mul)] = tuple_mul;
    add_methods(TupleType, {
                               {"count", tuple_count},
                               {"index", tuple_index},
                               {"__getnewargs__", tuple_getnewargs},
                               {"__class_getitem__", generic_class_getitem, MethodKind::Class},
                           });
    type_ready(TupleType);
}

// The empty tuple is made once the tuple type can allocate.
void tuple_make_empty() {
    if (!the_empty_tuple) the_empty_tuple = new_var_object<Tuple>(&TupleType, 0).release();
}

// ------------------------------------------------------------ tuple_iterator

Ref<> tuple_iter_new(Tuple* tuple) { return seq_iter_alloc(&TupleIterType, tuple, 0); }

static Ref<> tuple_iter_next(Object* o) {
    auto* it = cast<SeqIter>(o);
    if (!it->seq) return nullptr;
    auto* tuple = cast<Tuple>(it->seq);
    if (it->index < tuple->length()) return share((*tuple)[it->index++]);
    clear_slot(it->seq);
    return nullptr;
}

static Ref<> tuple_iter_length_hint(Object* self, const Args&) {
    auto* it = cast<SeqIter>(self);
    return int_from(it->seq ? cast<Tuple>(it->seq)->length() - it->index : 0);
}

void tuple_iter_type_init() {
    init_seq_iter_type(TupleIterType, "tuple_iterator", tuple_iter_next, tuple_iter_length_hint);
}

}  // namespace minipy
