// The generic iterator types: the iterator of anything with __getitem__
// (CPython's Objects/iterobject.c), the iterator builtins
// (Python/bltinmodule.c: map, filter, zip; Objects/enumobject.c: enumerate,
// reversed), iter(callable, sentinel) and operator.length_hint. The list,
// tuple and range iterators are beside their types (list_iter.cpp,
// tuple.cpp, range.cpp), and so are the other builtins' iterators.
//
// Every `next` slot returns null without an exception at exhaustion, and an
// exhausted iterator drops its reference to what it iterated, as CPython's
// do, so `sys.getrefcount` of a list is the same after a finished loop.
#include "runtime/objects/iterators.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/generic_alias.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <limits>
#include <vector>

namespace minipy {

Type SeqIterType;
Type EnumerateType;
Type ZipType;
Type MapType;
Type FilterType;
Type ReversedType;
Type CallableIterType;

static constexpr std::int64_t kMaxIndex = std::numeric_limits<std::int64_t>::max();

static Ref<> iter_self(Object* o) { return share(o); }

// Calls a special method found on the type (CPython's _PyObject_LookupSpecial
// + call): null without an exception when the type has none.
static Ref<> call_special(Object* o, std::string_view name, bool& found) {
    Object* attr = type_lookup(o->type, name);
    found = attr != nullptr;
    if (!attr) return nullptr;
    if (DescrGetFn get = attr->type->descr_get) {
        Ref<> bound = get(attr, o, o->type);
        if (!bound) return nullptr;
        return call(bound.get(), Args{});
    }
    return call(attr, Args{});
}

std::int64_t length_hint(Object* o, std::int64_t fallback) {
    if (o->type->length) {
        std::int64_t n = length(o);
        if (n >= 0) return n;
        if (!error_matches(exc::TypeError)) return -1;
        clear_error();
    }
    bool found = false;
    Ref<> result = call_special(o, "__length_hint__", found);
    if (!found) return fallback;
    if (!result) {
        if (!error_matches(exc::TypeError)) return -1;
        clear_error();
        return fallback;
    }
    if (result.get() == NotImplemented) return fallback;
    if (!is_int(result.get())) {
        raisef(exc::TypeError, "__length_hint__ must be an integer, not {}", type_name(result.get()));
        return -1;
    }
    std::int64_t n;
    if (!index_to_i64(result.get(), n)) return -1;
    if (n < 0) {
        raise(exc::ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return n;
}

// -------------------------------------------- sequence iterators (shared shape)

Ref<SeqIter> seq_iter_alloc(Type* type, Object* seq, std::int64_t index) {
    auto it = new_object<SeqIter>(type);
    it->seq = share(seq).release();
    it->index = index;
    gc_track(it.get());
    return it;
}

static void seq_iter_clear(Object* o) { clear_slot(cast<SeqIter>(o)->seq); }

static void seq_iter_destroy(Object* o) {
    seq_iter_clear(o);
    delete_object(cast<SeqIter>(o));
}

static void seq_iter_traverse(Object* o, VisitFn visit, void* arg) { visit_field(cast<SeqIter>(o)->seq, visit, arg); }

// The iterator of any object with __getitem__: items 0, 1, 2, ... until
// IndexError (or StopIteration). Exact lists and tuples get their own
// iterator types, which is what iter() gives for them in CPython.
Ref<> seq_iter_new(Object* seq) {
    if (seq->type == &TupleType) return tuple_iter_new(cast<Tuple>(seq));
    if (seq->type == &ListType) return list_iter_new(cast<List>(seq));
    return seq_iter_alloc(&SeqIterType, seq, 0);
}

static Ref<> seq_iter_next(Object* o) {
    auto* it = cast<SeqIter>(o);
    if (!it->seq) return nullptr;
    if (it->index == kMaxIndex) return raise(exc::OverflowError, "iter index too large");
    Ref<> index = int_from(it->index);
    Ref<> item = getitem(it->seq, index.get());
    if (item) {
        ++it->index;
        return item;
    }
    if (error_matches(exc::IndexError) || error_matches(exc::StopIteration)) {
        clear_error();
        clear_slot(it->seq);
    }
    return nullptr;
}

static Ref<> seq_iter_length_hint(Object* self, const Args&) {
    auto* it = cast<SeqIter>(self);
    if (!it->seq) return int_from(0);
    if (!it->seq->type->length) return not_implemented();
    std::int64_t size = length(it->seq);
    if (size < 0) return nullptr;
    std::int64_t remaining = size - it->index;
    return int_from(remaining >= 0 ? remaining : 0);
}

// ------------------------------------------------------------------ enumerate

namespace {
struct Enumerate : Object {
    std::int64_t index = 0;       // next index while it fits
    Object* iterator = nullptr;   // owned
    Object* long_index = nullptr; // owned int once the index passed int64's range
    Tuple* result = nullptr;      // owned: the (index, item) pair, reused (see below)
    Object* one = nullptr;        // borrowed: the int 1 the long index steps by (CPython's en->one)
};
}  // namespace

// enumerate and zip keep their last result tuple and refill it when nobody
// else holds it any more, as CPython does; so a loop that unpacks each pair
// allocates one tuple, `id()` of consecutive results repeats, and the
// tuple is one more object in a cycle that gc.collect() counts.
static Ref<Tuple> none_tuple(std::int64_t n) {
    auto t = tuple_alloc(n);
    for (std::int64_t i = 0; i < n; ++i) tuple_init_item(t.get(), i, none());
    return t;
}

// The cached tuple when the iterator holds the only reference, else null.
static Tuple* reusable(Tuple* result) { return result && result->refcount == 1 ? result : nullptr; }

// Puts new references into a reused tuple, releasing the old items last.
static Ref<> refill(Tuple* result, std::int64_t i, Ref<> item) {
    Object* old = result->items()[i];
    result->items()[i] = item.release();
    return adopt(old);
}

// A reused tuple may have been untracked by a collection (it held only
// atomic values); it holds new items now (CPython's bpo-42536).
static Ref<> retrack(Tuple* result) {
    if (!gc_is_tracked(result)) gc_track(result);
    return share<Object>(result);
}

static bool check_enumerate_keyword(const Args& args, std::size_t k, std::string_view expected) {
    if (args.kw_name(k)->view() == expected) return true;
    raisef(exc::TypeError, "'{}' is an invalid keyword argument for enumerate()", args.kw_name(k)->view());
    return false;
}

// enumerate(iterable, start=0), bound as CPython 3.11's enum_vectorcall
// does it by hand (hence its own messages).
static bool bind_enumerate_args(const Args& args, Object*& iterable, Object*& start) {
    const std::size_t nargs = args.size();
    const std::size_t nkw = args.kw_count();
    Object* const* values = args.values;
    if (nargs + nkw == 2) {
        if (nkw == 1 && !check_enumerate_keyword(args, 0, "start")) return false;
        if (nkw == 2) {
            if (args.kw_name(0)->view() == "start") {
                if (!check_enumerate_keyword(args, 1, "iterable")) return false;
                iterable = values[1];
                start = values[0];
                return true;
            }
            if (!check_enumerate_keyword(args, 0, "iterable") || !check_enumerate_keyword(args, 1, "start"))
                return false;
        }
        iterable = values[0];
        start = values[1];
        return true;
    }
    if (nargs + nkw == 1) {
        if (nkw == 1 && !check_enumerate_keyword(args, 0, "iterable")) return false;
        iterable = values[0];
        return true;
    }
    if (nargs == 0) {
        raise(exc::TypeError, "enumerate() missing required argument 'iterable'");
        return false;
    }
    raisef(exc::TypeError, "enumerate() takes at most 2 arguments ({} given)", nargs + nkw);
    return false;
}

static Ref<> enumerate_new(Type* type, const Args& args) {
    Object* iterable = nullptr;
    Object* start_arg = nullptr;
    if (!bind_enumerate_args(args, iterable, start_arg)) return nullptr;
    std::int64_t index = 0;
    Ref<> long_index;
    if (start_arg) {
        Ref<> start = number_index(start_arg);
        if (!start) return nullptr;
        if (std::optional<std::int64_t> v = int_to_i64(cast<Int>(start.get())); v && *v != kMaxIndex) {
            index = *v;
        } else {
            index = kMaxIndex;
            long_index = std::move(start);
        }
    }
    Ref<> iterator = get_iter(iterable);
    if (!iterator) return nullptr;
    auto en = new_object<Enumerate>(type);
    en->index = index;
    en->iterator = iterator.release();
    en->long_index = long_index.release();
    en->result = none_tuple(2).release();
    en->one = small_int(1);
    gc_track(en.get());
    return en;
}

static Ref<> enumerate_next(Object* o) {
    auto* en = cast<Enumerate>(o);
    Ref<> item = iter_next(en->iterator);
    if (!item) return nullptr;
    Ref<> index;
    if (en->index != kMaxIndex) {
        index = int_from(en->index++);
    } else {
        // Past int64: count with ints of any size.
        if (!en->long_index) en->long_index = int_from(kMaxIndex).release();
        index = share(en->long_index);
        Ref<> next = binary_op(index.get(), en->one, BinaryOp::Add);
        if (!next) return nullptr;
        steal_into(en->long_index, std::move(next));
    }
    if (Tuple* result = reusable(en->result)) {
        Ref<> old_index = refill(result, 0, std::move(index));
        Ref<> old_item = refill(result, 1, std::move(item));
        return retrack(result);
    }
    auto result = tuple_alloc(2);
    tuple_init_item(result.get(), 0, std::move(index));
    tuple_init_item(result.get(), 1, std::move(item));
    return result;
}

// CPython's enum_dealloc order, which enum_traverse follows too.
static void enumerate_clear(Object* o) {
    auto* en = cast<Enumerate>(o);
    clear_slot(en->iterator);
    clear_slot(en->result);
    clear_slot(en->long_index);
}

static void enumerate_destroy(Object* o) {
    enumerate_clear(o);
    delete_object(cast<Enumerate>(o));
}

static void enumerate_traverse(Object* o, VisitFn visit, void* arg) {
    auto* en = cast<Enumerate>(o);
    visit_field(en->iterator, visit, arg);
    visit_field(en->result, visit, arg);
    visit_field(en->long_index, visit, arg);
}

// ------------------------------------------------------------------------ zip

namespace {
struct Zip : Object {
    std::int64_t size = 0;       // the number of iterators, which zip_next steps through
    Tuple* iterators = nullptr;  // owned
    Tuple* result = nullptr;     // owned: reused as enumerate's
    bool strict = false;
};
}  // namespace

// zip(*iterables, strict=False)
static Ref<> zip_new(Type* type, const Args& args) {
    bool strict = false;
    if (args.has_keywords()) {
        const std::size_t nkw = args.kw_count();
        if (nkw > 1) return raisef(exc::TypeError, "zip() takes at most 1 keyword argument ({} given)", nkw);
        if (args.kw_name(0)->view() != "strict")
            return raisef(exc::TypeError, "'{}' is an invalid keyword argument for zip()", args.kw_name(0)->view());
        int truth = is_true(args.kw_value(0));
        if (truth < 0) return nullptr;
        strict = truth != 0;
    }
    const auto n = static_cast<std::int64_t>(args.size());
    auto iterators = tuple_alloc(n);
    for (std::int64_t i = 0; i < n; ++i) {
        Ref<> it = get_iter(args[i]);
        if (!it) {
            // The tuple is released half-filled; give it valid slots first.
            for (std::int64_t j = i; j < n; ++j) tuple_init_item(iterators.get(), j, none());
            return nullptr;
        }
        tuple_init_item(iterators.get(), i, std::move(it));
    }
    auto zip = new_object<Zip>(type);
    zip->size = n;
    zip->iterators = iterators.release();
    zip->result = none_tuple(n).release();
    zip->strict = strict;
    gc_track(zip.get());
    return zip;
}

// "argument 2 is shorter than argument 1" / "... than arguments 1-2"
static std::nullptr_t raise_zip_length(std::int64_t i, const char* which) {
    return raisef(exc::ValueError, "zip() argument {} is {} than argument{}{}", i + 1, which, i == 1 ? " " : "s 1-",
                  i);
}

// With strict=True, an exhausted argument must be the first one and all
// the others must be exhausted too.
static Ref<> zip_check_strict(Zip* zip, std::int64_t i) {
    if (error_pending()) return nullptr;
    if (i) return raise_zip_length(i, "shorter");
    for (i = 1; i < zip->size; ++i) {
        Ref<> item = iter_next((*zip->iterators)[i]);
        if (item) return raise_zip_length(i, "longer");
        if (error_pending()) return nullptr;
    }
    return nullptr;
}

static Ref<> zip_next(Object* o) {
    auto* zip = cast<Zip>(o);
    const std::int64_t n = zip->size;
    if (n == 0) return nullptr;
    if (Tuple* reused = reusable(zip->result)) {
        Ref<> hold = share<Object>(reused);
        for (std::int64_t i = 0; i < n; ++i) {
            Ref<> item = iter_next((*zip->iterators)[i]);
            if (!item) {
                hold.reset();
                if (zip->strict) return zip_check_strict(zip, i);
                return nullptr;
            }
            (void)refill(reused, i, std::move(item));  // the old item goes now, as in CPython's zip_next
        }
        hold.reset();
        return retrack(reused);
    }
    auto result = tuple_alloc(n);
    for (std::int64_t i = 0; i < n; ++i) {
        Ref<> item = iter_next((*zip->iterators)[i]);
        if (!item) {
            for (std::int64_t j = i; j < n; ++j) tuple_init_item(result.get(), j, none());
            result.reset();
            if (zip->strict) return zip_check_strict(zip, i);
            return nullptr;
        }
        tuple_init_item(result.get(), i, std::move(item));
    }
    return result;
}

static void zip_clear(Object* o) {
    auto* zip = cast<Zip>(o);
    zip->size = 0;  // a cleared zip reads as exhausted
    clear_slot(zip->iterators);
    clear_slot(zip->result);
}

static void zip_destroy(Object* o) {
    zip_clear(o);
    delete_object(cast<Zip>(o));
}

static void zip_traverse(Object* o, VisitFn visit, void* arg) {
    auto* zip = cast<Zip>(o);
    visit_field(zip->iterators, visit, arg);
    visit_field(zip->result, visit, arg);
}

// ------------------------------------------------------------------------ map

namespace {
struct Map : Object {
    Object* func = nullptr;      // owned
    Tuple* iterators = nullptr;  // owned
};
}  // namespace

// map(func, *iterables)
static Ref<> map_new(Type* type, const Args& args) {
    if (type == &MapType && !check_no_keywords("map", args)) return nullptr;
    if (args.size() < 2) return raise(exc::TypeError, "map() must have at least two arguments.");
    const auto n = static_cast<std::int64_t>(args.size()) - 1;
    auto iterators = tuple_alloc(n);
    for (std::int64_t i = 0; i < n; ++i) {
        Ref<> it = get_iter(args[i + 1]);
        if (!it) {
            for (std::int64_t j = i; j < n; ++j) tuple_init_item(iterators.get(), j, none());
            return nullptr;
        }
        tuple_init_item(iterators.get(), i, std::move(it));
    }
    auto map = new_object<Map>(type);
    map->func = share(args[0]).release();
    map->iterators = iterators.release();
    gc_track(map.get());
    return map;
}

static Ref<> map_next(Object* o) {
    auto* map = cast<Map>(o);
    const std::int64_t n = map->iterators->length();
    std::vector<Ref<>> items;
    items.reserve(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) {
        Ref<> item = iter_next((*map->iterators)[i]);
        if (!item) return nullptr;
        items.push_back(std::move(item));
    }
    // Ref<> has the layout of one pointer, so the vector is the argument array.
    static_assert(sizeof(Ref<>) == sizeof(Object*));
    return call(map->func, Args{reinterpret_cast<Object* const*>(items.data()), items.size()});
}

static void map_clear(Object* o) {
    auto* map = cast<Map>(o);
    clear_slot(map->iterators);
    clear_slot(map->func);
}

static void map_destroy(Object* o) {
    map_clear(o);
    delete_object(cast<Map>(o));
}

static void map_traverse(Object* o, VisitFn visit, void* arg) {
    auto* map = cast<Map>(o);
    visit_field(map->iterators, visit, arg);
    visit_field(map->func, visit, arg);
}

// --------------------------------------------------------------------- filter

namespace {
struct Filter : Object {
    Object* func = nullptr;      // owned; None or bool: the items' own truth
    Object* iterator = nullptr;  // owned
};
}  // namespace

// filter(function or None, iterable)
static Ref<> filter_new(Type* type, const Args& args) {
    if (type == &FilterType && !check_no_keywords("filter", args)) return nullptr;
    if (!check_arg_range("filter", args, 2, 2)) return nullptr;
    Ref<> iterator = get_iter(args[1]);
    if (!iterator) return nullptr;
    auto filter = new_object<Filter>(type);
    filter->func = share(args[0]).release();
    filter->iterator = iterator.release();
    gc_track(filter.get());
    return filter;
}

static Ref<> filter_next(Object* o) {
    auto* filter = cast<Filter>(o);
    const bool use_truth = filter->func == None || filter->func == &BoolType;
    for (;;) {
        Ref<> item = iter_next(filter->iterator);
        if (!item) return nullptr;
        int ok;
        if (use_truth) {
            ok = is_true(item.get());
        } else {
            Ref<> good = call(filter->func, {item.get()});
            if (!good) return nullptr;
            ok = is_true(good.get());
        }
        if (ok > 0) return item;
        if (ok < 0) return nullptr;
    }
}

static void filter_clear(Object* o) {
    auto* filter = cast<Filter>(o);
    clear_slot(filter->func);
    clear_slot(filter->iterator);
}

static void filter_destroy(Object* o) {
    filter_clear(o);
    delete_object(cast<Filter>(o));
}

// The iterator first, as CPython's filter_traverse (its filter_dealloc
// releases the function first, as filter_clear here).
static void filter_traverse(Object* o, VisitFn visit, void* arg) {
    auto* filter = cast<Filter>(o);
    visit_field(filter->iterator, visit, arg);
    visit_field(filter->func, visit, arg);
}

// ------------------------------------------------------------------- reversed

namespace {
struct Reversed : Object {
    Object* seq = nullptr;  // owned; null once exhausted
    std::int64_t index = -1;
};
}  // namespace

static std::nullptr_t raise_not_reversible(Object* seq) {
    return raisef(exc::TypeError, "'{}' object is not reversible", type_name(seq));
}

// reversed(sequence): seq.__reversed__() when the type has it (None marks a
// type as not reversible), else indexes len-1 down to 0.
static Ref<> reversed_new(Type* type, const Args& args) {
    if ((type == &ReversedType || type->init == ReversedType.init) && !check_no_keywords("reversed", args))
        return nullptr;
    if (!check_arg_range("reversed", args, 1, 1)) return nullptr;
    Object* seq = args[0];
    Object* method = type_lookup(seq->type, "__reversed__");
    if (method == None) return raise_not_reversible(seq);
    if (method) {
        bool found = false;
        return call_special(seq, "__reversed__", found);
    }
    if (!seq->type->getitem || is_dict(seq)) return raise_not_reversible(seq);
    std::int64_t n = length(seq);
    if (n < 0) return nullptr;
    auto reversed = new_object<Reversed>(type);
    reversed->seq = share(seq).release();
    reversed->index = n - 1;
    gc_track(reversed.get());
    return reversed;
}

static Ref<> reversed_next(Object* o) {
    auto* ro = cast<Reversed>(o);
    if (ro->index >= 0 && ro->seq) {
        Ref<> index = int_from(ro->index);
        Ref<> item = getitem(ro->seq, index.get());
        if (item) {
            --ro->index;
            return item;
        }
        if (!error_matches(exc::IndexError) && !error_matches(exc::StopIteration)) return nullptr;
        clear_error();
    }
    ro->index = -1;
    clear_slot(ro->seq);
    return nullptr;
}

static Ref<> reversed_length_hint(Object* self, const Args&) {
    auto* ro = cast<Reversed>(self);
    if (!ro->seq) return int_from(0);
    std::int64_t size = length(ro->seq);
    if (size < 0) return nullptr;
    const std::int64_t position = ro->index + 1;
    return int_from(size < position ? 0 : position);
}

static void reversed_clear(Object* o) { clear_slot(cast<Reversed>(o)->seq); }

static void reversed_destroy(Object* o) {
    reversed_clear(o);
    delete_object(cast<Reversed>(o));
}

static void reversed_traverse(Object* o, VisitFn visit, void* arg) { visit_field(cast<Reversed>(o)->seq, visit, arg); }

// ---------------------------------------------------- iter(callable, sentinel)

namespace {
struct CallableIter : Object {
    Object* callable = nullptr;  // owned; both null once exhausted
    Object* sentinel = nullptr;
};
}  // namespace

Ref<> callable_iter_new(Object* callable, Object* sentinel) {
    if (!is_callable(callable)) return raise(exc::TypeError, "iter(v, w): v must be callable");
    auto it = new_object<CallableIter>(&CallableIterType);
    it->callable = share(callable).release();
    it->sentinel = share(sentinel).release();
    gc_track(it.get());
    return it;
}

// Calls the callable until it returns something equal to the sentinel (or
// raises StopIteration).
static Ref<> callable_iter_next(Object* o) {
    auto* it = cast<CallableIter>(o);
    if (!it->callable) return nullptr;
    Ref<> result = call(it->callable, Args{});
    if (result) {
        int ok = compare_bool(it->sentinel, result.get(), CompareOp::Eq);
        if (ok == 0) return result;
        if (ok > 0) {
            clear_slot(it->callable);
            clear_slot(it->sentinel);
        }
    } else if (error_matches(exc::StopIteration)) {
        clear_error();
        clear_slot(it->callable);
        clear_slot(it->sentinel);
    }
    return nullptr;
}

static void callable_iter_clear(Object* o) {
    auto* it = cast<CallableIter>(o);
    clear_slot(it->callable);
    clear_slot(it->sentinel);
}

static void callable_iter_destroy(Object* o) {
    callable_iter_clear(o);
    delete_object(cast<CallableIter>(o));
}

static void callable_iter_traverse(Object* o, VisitFn visit, void* arg) {
    auto* it = cast<CallableIter>(o);
    visit_field(it->callable, visit, arg);
    visit_field(it->sentinel, visit, arg);
}

// ---------------------------------------------------------------- registration

// Iterators of builtin objects are made only by iter() and reversed():
// calling their type fails as CPython's (Py_TPFLAGS_DISALLOW_INSTANTIATION).
Ref<> iterator_no_new(Type* type, const Args&) {
    return raisef(exc::TypeError, "cannot create '{}' instances", type->name_view());
}

// The common set-up of an iterator type: iter() returns itself. Types that
// can be called (enumerate, zip, ...) replace new_instance.
void init_iterator_type(Type& type, std::string_view name, std::size_t size, std::uint32_t flags, NextFn next) {
    type_init_builtin(type, name, &ObjectType, size, flags);
    type.iter = iter_self;
    type.next = next;
    type.new_instance = iterator_no_new;
}

void init_seq_iter_type(Type& type, std::string_view name, NextFn next, NativeFn length_hint_fn) {
    init_iterator_type(type, name, sizeof(SeqIter), type_flags::kHasGC, next);
    type.destroy = seq_iter_destroy;
    type.traverse = seq_iter_traverse;
    type.clear = seq_iter_clear;
    if (length_hint_fn) add_methods(type, {{"__length_hint__", length_hint_fn}});
    type_ready(type);
}

void seq_iter_type_init() { init_seq_iter_type(SeqIterType, "iterator", seq_iter_next, seq_iter_length_hint); }

void iterator_types_init() {
    constexpr std::uint32_t kGC = type_flags::kHasGC;
    constexpr std::uint32_t kGCBase = type_flags::kHasGC | type_flags::kBaseType;

    init_iterator_type(EnumerateType, "enumerate", sizeof(Enumerate), kGCBase, enumerate_next);
    EnumerateType.destroy = enumerate_destroy;
    EnumerateType.traverse = enumerate_traverse;
    EnumerateType.clear = enumerate_clear;
    EnumerateType.new_instance = enumerate_new;
    add_methods(EnumerateType, {{"__class_getitem__", generic_class_getitem, MethodKind::Class}});
    type_ready(EnumerateType);

    init_iterator_type(ZipType, "zip", sizeof(Zip), kGCBase, zip_next);
    ZipType.destroy = zip_destroy;
    ZipType.traverse = zip_traverse;
    ZipType.clear = zip_clear;
    ZipType.new_instance = zip_new;
    type_ready(ZipType);

    init_iterator_type(MapType, "map", sizeof(Map), kGCBase, map_next);
    MapType.destroy = map_destroy;
    MapType.traverse = map_traverse;
    MapType.clear = map_clear;
    MapType.new_instance = map_new;
    type_ready(MapType);

    init_iterator_type(FilterType, "filter", sizeof(Filter), kGCBase, filter_next);
    FilterType.destroy = filter_destroy;
    FilterType.traverse = filter_traverse;
    FilterType.clear = filter_clear;
    FilterType.new_instance = filter_new;
    type_ready(FilterType);

    init_iterator_type(ReversedType, "reversed", sizeof(Reversed), kGCBase, reversed_next);
    ReversedType.destroy = reversed_destroy;
    ReversedType.traverse = reversed_traverse;
    ReversedType.clear = reversed_clear;
    ReversedType.new_instance = reversed_new;
    add_methods(ReversedType, {{"__length_hint__", reversed_length_hint}});
    type_ready(ReversedType);

    init_iterator_type(CallableIterType, "callable_iterator", sizeof(CallableIter), kGC, callable_iter_next);
    CallableIterType.destroy = callable_iter_destroy;
    CallableIterType.traverse = callable_iter_traverse;
    CallableIterType.clear = callable_iter_clear;
    type_ready(CallableIterType);
}

}  // namespace minipy
