// The itertools module (CPython 3.11's Modules/itertoolsmodule.c), part one:
// the infinite iterators (count, cycle, repeat), the iterators that end with
// their input (accumulate, chain, compress, dropwhile, takewhile,
// filterfalse, starmap, islice, pairwise, zip_longest) and the module
// itself. groupby and tee are in itertools_group.cpp, the combinatoric
// iterators in itertools_combinatoric.cpp; itertools.hpp says what the
// three share.
//
// Argument errors are CPython's, which come from three generations of its
// argument parsers: "cycle expected 1 argument, got 0" (positional only),
// "compress() missing required argument 'data' (pos 1)" (Argument Clinic),
// and hand-written ones such as islice's.
#include "runtime/modules/itertools.hpp"
#include "runtime/modules/modules.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/builtin_function.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/generic_alias.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/iterators.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

#include <cstdint>
#include <limits>
#include <string>

namespace minipy {

// ------------------------------------------------------------ shared

void itertools_init_type(Type& type, std::string_view name, std::size_t size, NextFn next, DestroyFn destroy,
                         TraverseFn traverse, NewFn new_instance, bool subclassable) {
    std::uint32_t flags = type_flags::kHasGC;
    if (subclassable) flags |= type_flags::kBaseType;
    init_iterator_type(type, name, size, flags, next);
    type.destroy = destroy;
    type.traverse = traverse;
    type.new_instance = new_instance;
}

bool itertools_no_keywords(Type* type, Type& exact, std::string_view name, const Args& args) {
    if (type != &exact && type->init != exact.init) return true;
    return check_no_keywords(name, args);
}

bool itertools_positional(std::string_view name, const Args& args, std::size_t min, std::size_t max) {
    return check_arg_range(name, Args{args.values, args.count, nullptr}, min, max);
}

Ref<Tuple> itertools_sequence_tuple(Object* iterable) {
    if (iterable->type == &TupleType) return share(cast<Tuple>(iterable));
    Ref<List> items = list_from_iterable(iterable);
    if (!items) return nullptr;
    return tuple_from_array(items->items, items->size);
}

Ref<> itertools_share_result(Tuple* result) {
    if (result->size > 0 && !gc_is_tracked(result)) gc_track(result);
    return share<Object>(result);
}

namespace {

// _PyType_Name: a subclass's reprs show its own name.
std::string_view short_name(Object* o) { return o->type->name->view(); }

// ------------------------------------------------------------- count

Type CountType;

constexpr std::int64_t kSlowMode = std::numeric_limits<std::int64_t>::max();

// count(start=0, step=1). Fast mode counts in `cnt` while the values fit
// and the step is the int 1; slow mode (cnt == kSlowMode) adds `long_step`
// to `long_cnt` with `+`, so floats, big ints and any number type work.
// CPython enters slow mode with long_cnt null when the count reaches
// sys.maxsize in fast mode (its repr then shows "<NULL>"); so does this.
struct Count : Object {
    std::int64_t cnt = 0;
    Object* long_cnt = nullptr;   // owned; null in fast mode
    Object* long_step = nullptr;  // owned; the int 1 in fast mode
};

Count* as_count(Object* o) { return cast<Count>(o); }

void count_destroy(Object* o) {
    clear_slot(as_count(o)->long_cnt);
    clear_slot(as_count(o)->long_step);
    delete_object(as_count(o));
}

void count_traverse(Object* o, VisitFn visit, void* arg) {
    visit_field(as_count(o)->long_cnt, visit, arg);
    visit_field(as_count(o)->long_step, visit, arg);
}

// PyNumber_Check: something with __index__, __int__ or __float__.
bool is_number(Object* o) { return o->type->to_index || o->type->to_int || o->type->to_float; }

Ref<> count_new(Type* type, const Args& args) {
    static const ArgSpec spec{"count", {"start", "step"}, 0};
    Object* a[2];
    if (!parse_args(args, spec, a)) return nullptr;
    Object* start = a[0];
    Object* step = a[1];
    if ((start && !is_number(start)) || (step && !is_number(step)))
        return raise(exc::TypeError, "a number is required");
    bool fast = (!start || is_int(start)) && (!step || is_int(step));
    std::int64_t cnt = 0;
    if (start && fast) {
        std::optional<std::int64_t> v = int_to_i64(cast<Int>(start));
        if (v) cnt = *v;
        else fast = false;
    }
    Ref<> long_cnt = start ? share(start) : share<Object>(small_int(0));
    Ref<> long_step = step ? share(step) : share<Object>(small_int(1));
    if (fast) {
        std::optional<std::int64_t> s = int_to_i64(cast<Int>(long_step.get()));
        if (!s || *s != 1) fast = false;
    }
    if (fast) long_cnt.reset();
    else cnt = kSlowMode;
    auto c = new_object<Count>(type);
    c->cnt = cnt;
    c->long_cnt = long_cnt.release();
    c->long_step = long_step.release();
    gc_track(c.get());
    return c;
}

Ref<> count_next(Object* o) {
    Count* c = as_count(o);
    if (c->cnt != kSlowMode) return int_from(c->cnt++);
    Ref<> current = c->long_cnt ? share(c->long_cnt) : int_from(kSlowMode);
    Ref<> stepped = binary_op(current.get(), c->long_step, BinaryOp::Add);
    if (!stepped) return nullptr;
    steal_into(c->long_cnt, std::move(stepped));
    return current;
}

bool is_int_one(Object* o) {
    if (!is_int(o)) return false;
    std::optional<std::int64_t> v = int_to_i64(cast<Int>(o));
    return v && *v == 1;
}

// count(5), count(0.5, 0.25); the step is left out when it is the int 1.
Ref<> count_repr(Object* o) {
    Count* c = as_count(o);
    if (c->cnt != kSlowMode) return str_from(fmt::format("{}({})", short_name(o), c->cnt));
    std::string start = "<NULL>";
    if (c->long_cnt && !repr_text(c->long_cnt, start)) return nullptr;
    if (is_int_one(c->long_step)) return str_from(fmt::format("{}({})", short_name(o), start));
    std::string step;
    if (!repr_text(c->long_step, step)) return nullptr;
    return str_from(fmt::format("{}({}, {})", short_name(o), start, step));
}

Ref<> count_reduce(Object* self, const Args& args) {
    if (!check_no_args("__reduce__", args)) return nullptr;
    Count* c = as_count(self);
    if (c->cnt != kSlowMode) {
        Ref<> n = int_from(c->cnt);
        Ref<Tuple> ctor_args = tuple_from({n.get()});
        return tuple_from({self->type, ctor_args.get()});
    }
    Ref<> start = c->long_cnt ? share(c->long_cnt) : int_from(kSlowMode);
    Ref<Tuple> ctor_args = tuple_from({start.get(), c->long_step});
    return tuple_from({self->type, ctor_args.get()});
}

// ------------------------------------------------------------- cycle

Type CycleType;

// cycle(iterable): the input's items, saved on the first pass and then
// repeated from `saved`; the input iterator is dropped once exhausted.
struct Cycle : Object {
    Object* it = nullptr;   // owned; null after the first pass
    List* saved = nullptr;  // owned
    std::int64_t index = 0;
    bool firstpass = false;  // set only by __setstate__: the input need not be saved
};

Cycle* as_cycle(Object* o) { return cast<Cycle>(o); }

void cycle_destroy(Object* o) {
    clear_slot(as_cycle(o)->it);
    clear_slot(as_cycle(o)->saved);
    delete_object(as_cycle(o));
}

void cycle_traverse(Object* o, VisitFn visit, void* arg) {
    visit_field(as_cycle(o)->it, visit, arg);
    visit_field(as_cycle(o)->saved, visit, arg);
}

Ref<> cycle_new(Type* type, const Args& args) {
    if (!itertools_no_keywords(type, CycleType, "cycle", args) || !itertools_positional("cycle", args, 1, 1))
        return nullptr;
    Ref<> it = get_iter(args[0]);
    if (!it) return nullptr;
    auto c = new_object<Cycle>(type);
    c->it = it.release();
    c->saved = list_new().release();
    gc_track(c.get());
    return c;
}

Ref<> cycle_next(Object* o) {
    Cycle* c = as_cycle(o);
    if (c->it) {
        Ref<> item = iter_next(c->it);
        if (item) {
            if (!c->firstpass && !list_append(c->saved, item.get())) return nullptr;
            return item;
        }
        if (error_pending()) return nullptr;
        clear_slot(c->it);
    }
    if (c->saved->size == 0) return nullptr;
    Object* item = c->saved->items[c->index];
    if (++c->index >= c->saved->size) c->index = 0;
    return share(item);
}

// ------------------------------------------------------------ repeat

Type RepeatType;

// repeat(object[, times]): `cnt` is -1 for endless.
struct Repeat : Object {
    Object* element = nullptr;  // owned
    std::int64_t cnt = -1;
};

Repeat* as_repeat(Object* o) { return cast<Repeat>(o); }

void repeat_destroy(Object* o) {
    clear_slot(as_repeat(o)->element);
    delete_object(as_repeat(o));
}

void repeat_traverse(Object* o, VisitFn visit, void* arg) { visit_field(as_repeat(o)->element, visit, arg); }

Ref<> repeat_new(Type* type, const Args& args) {
    static const ArgSpec spec{"repeat", {"object", "times"}, 1};
    Object* a[2];
    if (!parse_args(args, spec, a)) return nullptr;
    std::int64_t cnt = -1;
    if (a[1]) {
        if (!index_to_i64(a[1], cnt)) return nullptr;
        // A negative count given explicitly means no repetitions at all.
        if (cnt < 0) cnt = 0;
    }
    auto r = new_object<Repeat>(type);
    r->element = share(a[0]).release();
    r->cnt = cnt;
    gc_track(r.get());
    return r;
}

Ref<> repeat_next(Object* o) {
    Repeat* r = as_repeat(o);
    if (r->cnt == 0) return nullptr;
    if (r->cnt > 0) --r->cnt;
    return share(r->element);
}

// repeat('a'), repeat('a', 3): the count is what is left.
Ref<> repeat_repr(Object* o) {
    Repeat* r = as_repeat(o);
    std::string element;
    if (!repr_text(r->element, element)) return nullptr;
    if (r->cnt == -1) return str_from(fmt::format("{}({})", short_name(o), element));
    return str_from(fmt::format("{}({}, {})", short_name(o), element, r->cnt));
}

Ref<> repeat_length_hint(Object* self, const Args& args) {
    if (!check_no_args("__length_hint__", args)) return nullptr;
    if (as_repeat(self)->cnt == -1) return raise(exc::TypeError, "len() of unsized object");
    return int_from(as_repeat(self)->cnt);
}

Ref<> repeat_reduce(Object* self, const Args& args) {
    if (!check_no_args("__reduce__", args)) return nullptr;
    Repeat* r = as_repeat(self);
    Ref<Tuple> ctor_args;
    if (r->cnt >= 0) {
        Ref<> n = int_from(r->cnt);
        ctor_args = tuple_from({r->element, n.get()});
    } else {
        ctor_args = tuple_from({r->element});
    }
    return tuple_from({self->type, ctor_args.get()});
}

// -------------------------------------------------------- accumulate

Type AccumulateType;

// accumulate(iterable, func=None, *, initial=None): running totals, by `+`
// or by func(total, item); `initial` (None when spent) comes first.
struct Accumulate : Object {
    Object* total = nullptr;    // owned; null before the first item
    Object* it = nullptr;       // owned
    Object* binop = nullptr;    // owned; null: `+`
    Object* initial = nullptr;  // owned
};

Accumulate* as_accumulate(Object* o) { return cast<Accumulate>(o); }

void accumulate_destroy(Object* o) {
    Accumulate* a = as_accumulate(o);
    clear_slot(a->binop);
    clear_slot(a->total);
    clear_slot(a->it);
    clear_slot(a->initial);
    delete_object(a);
}

void accumulate_traverse(Object* o, VisitFn visit, void* arg) {
    Accumulate* a = as_accumulate(o);
    visit_field(a->binop, visit, arg);
    visit_field(a->it, visit, arg);
    visit_field(a->total, visit, arg);
    visit_field(a->initial, visit, arg);
}

Ref<> accumulate_new(Type* type, const Args& args) {
    static const ArgSpec spec{"accumulate", {"iterable", "func", "initial"}, 1, 0, 2};
    Object* a[3];
    if (!parse_args(args, spec, a)) return nullptr;
    Ref<> it = get_iter(a[0]);
    if (!it) return nullptr;
    auto acc = new_object<Accumulate>(type);
    acc->it = it.release();
    if (a[1] && a[1] != None) acc->binop = share(a[1]).release();
    acc->initial = share(a[2] ? a[2] : None).release();
    gc_track(acc.get());
    return acc;
}

Ref<> accumulate_next(Object* o) {
    Accumulate* a = as_accumulate(o);
    if (a->initial != None) {
        Ref<> initial = adopt(a->initial);
        a->initial = share(None).release();
        set_slot(a->total, initial.get());
        return initial;
    }
    Ref<> value = iter_next(a->it);
    if (!value) return nullptr;
    if (!a->total) {
        set_slot(a->total, value.get());
        return value;
    }
    Ref<> total = share(a->total);
    Ref<> new_total = a->binop ? call(a->binop, {total.get(), value.get()})
                               : binary_op(total.get(), value.get(), BinaryOp::Add);
    if (!new_total) return nullptr;
    set_slot(a->total, new_total.get());
    return new_total;
}

// ------------------------------------------------------------- chain

Type ChainType;

// chain(*iterables) and chain.from_iterable(iterable): `source` yields the
// iterables, `active` iterates the current one; both are dropped at the end.
struct Chain : Object {
    Object* source = nullptr;  // owned
    Object* active = nullptr;  // owned
};

Chain* as_chain(Object* o) { return cast<Chain>(o); }

void chain_destroy(Object* o) {
    clear_slot(as_chain(o)->active);
    clear_slot(as_chain(o)->source);
    delete_object(as_chain(o));
}

void chain_traverse(Object* o, VisitFn visit, void* arg) {
    visit_field(as_chain(o)->source, visit, arg);
    visit_field(as_chain(o)->active, visit, arg);
}

Ref<> chain_make(Type* type, Ref<> source) {
    auto c = new_object<Chain>(type);
    c->source = source.release();
    gc_track(c.get());
    return c;
}

Ref<> chain_new(Type* type, const Args& args) {
    if (type == &ChainType && !check_no_keywords("chain", args)) return nullptr;
    Ref<Tuple> iterables = tuple_from_array(args.values, static_cast<std::int64_t>(args.size()));
    Ref<> source = get_iter(iterables.get());
    if (!source) return nullptr;
    return chain_make(type, std::move(source));
}

// chain.from_iterable(iterable), a class method: a subclass makes its own.
Ref<> chain_from_iterable(Object* cls, const Args& args) {
    if (!check_one_arg("chain.from_iterable", args)) return nullptr;
    Ref<> source = get_iter(args[0]);
    if (!source) return nullptr;
    return chain_make(cast<Type>(cls), std::move(source));
}

Ref<> chain_next(Object* o) {
    Chain* c = as_chain(o);
    while (c->source) {
        if (!c->active) {
            Ref<> iterable = iter_next(c->source);
            if (!iterable) {
                clear_slot(c->source);
                return nullptr;
            }
            Ref<> active = get_iter(iterable.get());
            if (!active) {
                clear_slot(c->source);
                return nullptr;
            }
            c->active = active.release();
        }
        Ref<> item = iter_next(c->active);
        if (item || error_pending()) return item;
        clear_slot(c->active);
    }
    return nullptr;
}

// ---------------------------------------------------------- compress

Type CompressType;

struct Compress : Object {
    Object* data = nullptr;       // owned
    Object* selectors = nullptr;  // owned
};

Compress* as_compress(Object* o) { return cast<Compress>(o); }

void compress_destroy(Object* o) {
    clear_slot(as_compress(o)->data);
    clear_slot(as_compress(o)->selectors);
    delete_object(as_compress(o));
}

void compress_traverse(Object* o, VisitFn visit, void* arg) {
    visit_field(as_compress(o)->data, visit, arg);
    visit_field(as_compress(o)->selectors, visit, arg);
}

Ref<> compress_new(Type* type, const Args& args) {
    static const ArgSpec spec{"compress", {"data", "selectors"}, 2};
    Object* a[2];
    if (!parse_args(args, spec, a)) return nullptr;
    Ref<> data = get_iter(a[0]);
    if (!data) return nullptr;
    Ref<> selectors = get_iter(a[1]);
    if (!selectors) return nullptr;
    auto c = new_object<Compress>(type);
    c->data = data.release();
    c->selectors = selectors.release();
    gc_track(c.get());
    return c;
}

// The datum is taken before its selector, as CPython (and its pure-Python
// equivalent) does, which decides whose exception comes first.
Ref<> compress_next(Object* o) {
    Compress* c = as_compress(o);
    for (;;) {
        Ref<> datum = iter_next(c->data);
        if (!datum) return nullptr;
        Ref<> selector = iter_next(c->selectors);
        if (!selector) return nullptr;
        int ok = is_true(selector.get());
        if (ok > 0) return datum;
        if (ok < 0) return nullptr;
    }
}

// ---------------------------------- dropwhile, takewhile, filterfalse, starmap

// The four iterators of a function and an iterator. filterfalse and
// starmap are just that; dropwhile and takewhile add `state` (dropwhile's
// "dropping is over", takewhile's "stopped"), so each has CPython's size.
struct FuncIter : Object {
    Object* func = nullptr;  // owned
    Object* it = nullptr;    // owned
};

struct Predicated : FuncIter {
    long state = 0;
};

FuncIter* as_funciter(Object* o) { return cast<FuncIter>(o); }
Predicated* as_predicated(Object* o) { return cast<Predicated>(o); }

void predicated_destroy(Object* o) {
    clear_slot(as_funciter(o)->func);
    clear_slot(as_funciter(o)->it);
    delete_object(as_funciter(o));  // both layouts destroy trivially
}

void predicated_traverse(Object* o, VisitFn visit, void* arg) {
    visit_field(as_funciter(o)->it, visit, arg);
    visit_field(as_funciter(o)->func, visit, arg);
}

Type DropwhileType;
Type TakewhileType;
Type FilterfalseType;
Type StarmapType;

// NAME(function, iterable), both positional only.
Ref<> predicated_make(Type* type, Type& exact, std::string_view name, const Args& args) {
    if (!itertools_no_keywords(type, exact, name, args) || !itertools_positional(name, args, 2, 2)) return nullptr;
    Ref<> it = get_iter(args[1]);
    if (!it) return nullptr;
    const bool stateful = &exact == &DropwhileType || &exact == &TakewhileType;
    Ref<FuncIter> p = stateful ? Ref<FuncIter>(new_object<Predicated>(type)) : new_object<FuncIter>(type);
    p->func = share(args[0]).release();
    p->it = it.release();
    gc_track(p.get());
    return p;
}

Ref<> dropwhile_new(Type* type, const Args& args) { return predicated_make(type, DropwhileType, "dropwhile", args); }
Ref<> takewhile_new(Type* type, const Args& args) { return predicated_make(type, TakewhileType, "takewhile", args); }
Ref<> filterfalse_new(Type* type, const Args& args) {
    return predicated_make(type, FilterfalseType, "filterfalse", args);
}
Ref<> starmap_new(Type* type, const Args& args) { return predicated_make(type, StarmapType, "starmap", args); }

// func(item) as a truth value: 1, 0, or -1 on error.
int predicate_truth(Object* func, Object* item) {
    Ref<> good = call(func, {item});
    if (!good) return -1;
    return is_true(good.get());
}

Ref<> dropwhile_next(Object* o) {
    Predicated* p = as_predicated(o);
    for (;;) {
        Ref<> item = iter_next(p->it);
        if (!item || p->state == 1) return item;
        int ok = predicate_truth(p->func, item.get());
        if (ok == 0) {
            p->state = 1;
            return item;
        }
        if (ok < 0) return nullptr;
    }
}

Ref<> takewhile_next(Object* o) {
    Predicated* p = as_predicated(o);
    if (p->state == 1) return nullptr;
    Ref<> item = iter_next(p->it);
    if (!item) return nullptr;
    int ok = predicate_truth(p->func, item.get());
    if (ok > 0) return item;
    if (ok == 0) p->state = 1;
    return nullptr;
}

Ref<> filterfalse_next(Object* o) {
    FuncIter* p = as_funciter(o);
    const bool own_truth = p->func == None || p->func == &BoolType;
    for (;;) {
        Ref<> item = iter_next(p->it);
        if (!item) return nullptr;
        int ok = own_truth ? is_true(item.get()) : predicate_truth(p->func, item.get());
        if (ok == 0) return item;
        if (ok < 0) return nullptr;
    }
}

Ref<> starmap_next(Object* o) {
    FuncIter* p = as_funciter(o);
    Ref<> item = iter_next(p->it);
    if (!item) return nullptr;
    Ref<Tuple> call_args = itertools_sequence_tuple(item.get());
    if (!call_args) return nullptr;
    return call(p->func, Args{call_args->items(), static_cast<std::size_t>(call_args->size)});
}

// ------------------------------------------------------------ islice

Type IsliceType;

// islice(iterable, stop) / islice(iterable, start, stop[, step]): `next`
// is the index of the next item to hand out, `cnt` how many were read;
// stop is -1 for None. The input is dropped once the slice is done.
struct Islice : Object {
    Object* it = nullptr;  // owned
    std::int64_t next = 0;
    std::int64_t stop = -1;
    std::int64_t step = 1;
    std::int64_t cnt = 0;
};

Islice* as_islice(Object* o) { return cast<Islice>(o); }

void islice_destroy(Object* o) {
    clear_slot(as_islice(o)->it);
    delete_object(as_islice(o));
}

void islice_traverse(Object* o, VisitFn visit, void* arg) { visit_field(as_islice(o)->it, visit, arg); }

// PyNumber_AsSsize_t(v, OverflowError) as islice uses it: any failure is
// forgotten and reads as -1, which the callers then reject.
std::int64_t islice_index(Object* v) {
    std::int64_t out;
    if (index_to_i64(v, out)) return out;
    clear_error();
    return -1;
}

constexpr const char* kStopMessage =
    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

Ref<> islice_new(Type* type, const Args& args) {
    if (type == &IsliceType && !check_no_keywords("islice", args)) return nullptr;
    if (!itertools_positional("islice", args, 2, 4)) return nullptr;
    std::int64_t start = 0, stop = -1, step = 1;
    if (args.size() == 2) {
        if (args[1] != None) {
            stop = islice_index(args[1]);
            if (stop == -1) return raise(exc::ValueError, kStopMessage);
        }
    } else {
        if (args[1] != None) start = islice_index(args[1]);
        if (args[2] != None) {
            stop = islice_index(args[2]);
            if (stop == -1) return raise(exc::ValueError, kStopMessage);
        }
    }
    if (start < 0 || stop < -1)
        return raise(exc::ValueError, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    if (args.size() == 4 && args[3] != None) step = islice_index(args[3]);
    if (step < 1) return raise(exc::ValueError, "Step for islice() must be a positive integer or None.");
    Ref<> it = get_iter(args[0]);
    if (!it) return nullptr;
    auto s = new_object<Islice>(type);
    s->it = it.release();
    s->next = start;
    s->stop = stop;
    s->step = step;
    gc_track(s.get());
    return s;
}

Ref<> islice_next(Object* o) {
    Islice* s = as_islice(o);
    if (!s->it) return nullptr;
    Ref<> keep = share(s->it);
    while (s->cnt < s->next) {
        Ref<> skipped = iter_next(keep.get());
        if (!skipped) {
            clear_slot(s->it);
            return nullptr;
        }
        ++s->cnt;
    }
    if (s->stop != -1 && s->cnt >= s->stop) {
        clear_slot(s->it);
        return nullptr;
    }
    Ref<> item = iter_next(keep.get());
    if (!item) {
        clear_slot(s->it);
        return nullptr;
    }
    ++s->cnt;
    const std::int64_t old_next = s->next;
    // Unsigned arithmetic: an overflow wraps instead of being undefined.
    s->next = static_cast<std::int64_t>(static_cast<std::uint64_t>(s->next) + static_cast<std::uint64_t>(s->step));
    if (s->next < old_next || (s->stop != -1 && s->next > s->stop)) s->next = s->stop;
    return item;
}

// ---------------------------------------------------------- pairwise

Type PairwiseType;

// pairwise(iterable): (a, b), (b, c), …; `old` is the last item read.
struct Pairwise : Object {
    Object* it = nullptr;   // owned; null once exhausted
    Object* old = nullptr;  // owned
};

Pairwise* as_pairwise(Object* o) { return cast<Pairwise>(o); }

void pairwise_destroy(Object* o) {
    clear_slot(as_pairwise(o)->it);
    clear_slot(as_pairwise(o)->old);
    delete_object(as_pairwise(o));
}

void pairwise_traverse(Object* o, VisitFn visit, void* arg) {
    visit_field(as_pairwise(o)->it, visit, arg);
    visit_field(as_pairwise(o)->old, visit, arg);
}

Ref<> pairwise_new(Type* type, const Args& args) {
    if (!itertools_no_keywords(type, PairwiseType, "pairwise", args) || !itertools_positional("pairwise", args, 1, 1))
        return nullptr;
    Ref<> it = get_iter(args[0]);
    if (!it) return nullptr;
    auto p = new_object<Pairwise>(type);
    p->it = it.release();
    gc_track(p.get());
    return p;
}

Ref<> pairwise_next(Object* o) {
    Pairwise* p = as_pairwise(o);
    if (!p->it) return nullptr;
    Ref<> keep = share(p->it);
    if (!p->old) {
        Ref<> first = iter_next(keep.get());
        if (!first) {
            clear_slot(p->it);
            return nullptr;
        }
        p->old = first.release();
    }
    Ref<> item = iter_next(keep.get());
    if (!item) {
        clear_slot(p->it);
        clear_slot(p->old);
        return nullptr;
    }
    Ref<> result = tuple_from({p->old, item.get()});
    steal_into(p->old, std::move(item));
    return result;
}

// ------------------------------------------------------- zip_longest

Type ZipLongestType;

// zip_longest(*iterables, fillvalue=None). An exhausted input's slot in
// `ittuple` becomes null (its iterator is released then) and reads as
// fillvalue from there on; the result tuple is reused as zip's is.
struct ZipLongest : Object {
    std::int64_t tuplesize = 0;
    std::int64_t numactive = 0;
    Tuple* ittuple = nullptr;    // owned
    Tuple* result = nullptr;     // owned
    Object* fillvalue = nullptr;  // owned
};

ZipLongest* as_zip_longest(Object* o) { return cast<ZipLongest>(o); }

void zip_longest_destroy(Object* o) {
    ZipLongest* z = as_zip_longest(o);
    clear_slot(z->ittuple);
    clear_slot(z->result);
    clear_slot(z->fillvalue);
    delete_object(z);
}

void zip_longest_traverse(Object* o, VisitFn visit, void* arg) {
    ZipLongest* z = as_zip_longest(o);
    visit_field(z->ittuple, visit, arg);
    visit_field(z->result, visit, arg);
    visit_field(z->fillvalue, visit, arg);
}

Ref<> zip_longest_new(Type* type, const Args& args) {
    Object* fillvalue = None;
    if (args.has_keywords()) {
        if (args.kw_count() != 1 || args.kw_name(0)->view() != "fillvalue")
            return raise(exc::TypeError, "zip_longest() got an unexpected keyword argument");
        fillvalue = args.kw_value(0);
    }
    const auto n = static_cast<std::int64_t>(args.size());
    Ref<Tuple> iterators = tuple_alloc(n);
    for (std::int64_t i = 0; i < n; ++i) {
        Ref<> it = get_iter(args[i]);
        if (!it) return nullptr;  // the half-filled tuple's null slots are skipped
        tuple_init_item(iterators.get(), i, std::move(it));
    }
    Ref<Tuple> result = tuple_alloc(n);
    for (std::int64_t i = 0; i < n; ++i) tuple_init_item(result.get(), i, none());
    auto z = new_object<ZipLongest>(type);
    z->tuplesize = n;
    z->numactive = n;
    z->ittuple = iterators.release();
    z->result = result.release();
    z->fillvalue = share(fillvalue).release();
    gc_track(z.get());
    return z;
}

// The next item of input `i`, or fillvalue once it is exhausted; null at
// the end of the longest input or on an error.
Ref<> zip_longest_item(ZipLongest* z, std::int64_t i) {
    Object* it = z->ittuple->items()[i];
    if (!it) return share(z->fillvalue);
    Ref<> item = iter_next(it);
    if (item) return item;
    if (--z->numactive == 0 || error_pending()) {
        z->numactive = 0;
        return nullptr;
    }
    z->ittuple->items()[i] = nullptr;
    decref(it);
    return share(z->fillvalue);
}

Ref<> zip_longest_next(Object* o) {
    ZipLongest* z = as_zip_longest(o);
    const std::int64_t n = z->tuplesize;
    if (n == 0 || z->numactive == 0) return nullptr;
    if (z->result->refcount == 1) {
        Ref<Tuple> result = share(z->result);
        for (std::int64_t i = 0; i < n; ++i) {
            Ref<> item = zip_longest_item(z, i);
            if (!item) return nullptr;
            Object* old = result->items()[i];
            result->items()[i] = item.release();
            decref(old);
        }
        result.reset();
        return itertools_share_result(z->result);
    }
    Ref<Tuple> result = tuple_alloc(n);
    for (std::int64_t i = 0; i < n; ++i) {
        Ref<> item = zip_longest_item(z, i);
        if (!item) return nullptr;
        tuple_init_item(result.get(), i, std::move(item));
    }
    return result;
}

// ---------------------------------------------------------- the module

void count_type_init() {
    itertools_init_type(CountType, "itertools.count", sizeof(Count), count_next, count_destroy, count_traverse,
                        count_new);
    CountType.repr = count_repr;
    add_methods(CountType, {{"__reduce__", count_reduce}});
    type_ready(CountType);
}

void repeat_type_init() {
    itertools_init_type(RepeatType, "itertools.repeat", sizeof(Repeat), repeat_next, repeat_destroy,
                        repeat_traverse, repeat_new);
    RepeatType.repr = repeat_repr;
    add_methods(RepeatType, {{"__length_hint__", repeat_length_hint}, {"__reduce__", repeat_reduce}});
    type_ready(RepeatType);
}

void chain_type_init() {
    itertools_init_type(ChainType, "itertools.chain", sizeof(Chain), chain_next, chain_destroy, chain_traverse,
                        chain_new);
    add_methods(ChainType, {
                               {"from_iterable", chain_from_iterable, MethodKind::Class},
                               {"__class_getitem__", generic_class_getitem, MethodKind::Class},
                           });
    type_ready(ChainType);
}

void basic_types_init() {
    static bool done = false;
    if (done) return;
    done = true;
    count_type_init();
    repeat_type_init();
    chain_type_init();
    struct Plain {
        Type& type;
        const char* name;
        std::size_t size;
        NextFn next;
        DestroyFn destroy;
        TraverseFn traverse;
        NewFn new_instance;
    };
    const Plain plain[] = {
        {CycleType, "itertools.cycle", sizeof(Cycle), cycle_next, cycle_destroy, cycle_traverse, cycle_new},
        {AccumulateType, "itertools.accumulate", sizeof(Accumulate), accumulate_next, accumulate_destroy,
         accumulate_traverse, accumulate_new},
        {CompressType, "itertools.compress", sizeof(Compress), compress_next, compress_destroy, compress_traverse,
         compress_new},
        {DropwhileType, "itertools.dropwhile", sizeof(Predicated), dropwhile_next, predicated_destroy,
         predicated_traverse, dropwhile_new},
        {TakewhileType, "itertools.takewhile", sizeof(Predicated), takewhile_next, predicated_destroy,
         predicated_traverse, takewhile_new},
        {FilterfalseType, "itertools.filterfalse", sizeof(FuncIter), filterfalse_next, predicated_destroy,
         predicated_traverse, filterfalse_new},
        {StarmapType, "itertools.starmap", sizeof(FuncIter), starmap_next, predicated_destroy,
         predicated_traverse, starmap_new},
        {IsliceType, "itertools.islice", sizeof(Islice), islice_next, islice_destroy, islice_traverse, islice_new},
        {PairwiseType, "itertools.pairwise", sizeof(Pairwise), pairwise_next, pairwise_destroy, pairwise_traverse,
         pairwise_new},
        {ZipLongestType, "itertools.zip_longest", sizeof(ZipLongest), zip_longest_next, zip_longest_destroy,
         zip_longest_traverse, zip_longest_new},
    };
    for (const Plain& p : plain) {
        itertools_init_type(p.type, p.name, p.size, p.next, p.destroy, p.traverse, p.new_instance);
        type_ready(p.type);
    }
}

}  // namespace

Ref<Module> make_itertools_module() {
    basic_types_init();
    Ref<Module> m = module_new("itertools", ModuleOrigin::BuiltIn);
    Module* mod = m.get();
    for (Type* t : {&AccumulateType, &ChainType, &CompressType, &CountType, &CycleType, &DropwhileType,
                    &FilterfalseType, &IsliceType, &PairwiseType, &RepeatType, &StarmapType, &TakewhileType,
                    &ZipLongestType})
        module_add(mod, t->name->view(), t);
    itertools_add_group_types(mod);
    itertools_add_combinatoric_types(mod);
    return m;
}

}  // namespace minipy
