// The itertools module, part two (CPython 3.11's Modules/itertoolsmodule.c):
// groupby with its _grouper sub-iterators, and tee with its _tee iterators
// and the _tee_dataobject links they share.
//
// Lifetimes, as in CPython:
//  * A groupby remembers only its current _grouper, by a borrowed pointer.
//    Advancing the groupby forgets it, and a forgotten grouper is empty from
//    then on even if it was not read to the end; a grouper keeps its groupby
//    alive.
//  * tee's iterators share a chain of _tee_dataobject links of 57 values
//    each. Every link holds the source iterator and the next link; a tee
//    iterator holds the link it reads from, so the values no iterator can
//    reach any more are freed link by link as the slowest one moves on.
#include "runtime/modules/itertools.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/builtin_function.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/iterators.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <cstddef>
#include <cstdint>

namespace minipy {

namespace {

// ----------------------------------------------------------- groupby

Type GroupByType;
Type GrouperType;

// groupby(iterable, key=None): `currkey`/`currvalue` are the item read
// ahead (null when a grouper has taken it), `tgtkey` the key of the group
// being handed out.
struct GroupBy : Object {
    Object* it = nullptr;       // owned
    Object* keyfunc = nullptr;  // owned; None: the items are their own keys
    Object* tgtkey = nullptr;   // owned
    Object* currkey = nullptr;  // owned
    Object* currvalue = nullptr;  // owned
    const Object* currgrouper = nullptr;  // borrowed: the only grouper that may still yield
};

// _grouper: the items of one group, read through its groupby.
struct Grouper : Object {
    Object* parent = nullptr;  // owned: the groupby
    Object* tgtkey = nullptr;  // owned
};

GroupBy* as_groupby(Object* o) { return cast<GroupBy>(o); }
Grouper* as_grouper(Object* o) { return cast<Grouper>(o); }

void groupby_destroy(Object* o) {
    GroupBy* g = as_groupby(o);
    clear_slot(g->it);
    clear_slot(g->keyfunc);
    clear_slot(g->tgtkey);
    clear_slot(g->currkey);
    clear_slot(g->currvalue);
    delete_object(g);
}

void groupby_traverse(Object* o, VisitFn visit, void* arg) {
    GroupBy* g = as_groupby(o);
    visit_field(g->it, visit, arg);
    visit_field(g->keyfunc, visit, arg);
    visit_field(g->tgtkey, visit, arg);
    visit_field(g->currkey, visit, arg);
    visit_field(g->currvalue, visit, arg);
}

Ref<> groupby_new(Type* type, const Args& args) {
    static const ArgSpec spec{"groupby", {"iterable", "key"}, 1};
    Object* a[2];
    if (!parse_args(args, spec, a)) return nullptr;
    Ref<> it = get_iter(a[0]);
    if (!it) return nullptr;
    auto g = new_object<GroupBy>(type);
    g->it = it.release();
    g->keyfunc = share(a[1] ? a[1] : None).release();
    gc_track(g.get());
    return g;
}

// Reads the next item and its key into currvalue/currkey; -1 at the end
// of the input or on an error.
int groupby_step(GroupBy* g) {
    Ref<> value = iter_next(g->it);
    if (!value) return -1;
    Ref<> key = g->keyfunc == None ? value : call(g->keyfunc, {value.get()});
    if (!key) return -1;
    // The old value goes last: its destruction may run code that reads us.
    Object* old_value = g->currvalue;
    g->currvalue = value.release();
    steal_into(g->currkey, std::move(key));
    xdecref(old_value);
    return 0;
}

Ref<> grouper_make(GroupBy* parent, Object* tgtkey) {
    auto grouper = new_object<Grouper>(&GrouperType);
    grouper->parent = share<Object>(parent).release();
    grouper->tgtkey = share(tgtkey).release();
    parent->currgrouper = grouper.get();
    gc_track(grouper.get());
    return grouper;
}

// Skips what is left of the current group, then hands out (key, grouper).
Ref<> groupby_next(Object* o) {
    GroupBy* g = as_groupby(o);
    g->currgrouper = nullptr;
    for (;;) {
        if (!g->currkey) {
            // nothing read ahead
        } else if (!g->tgtkey) {
            break;
        } else {
            int same = compare_bool(g->tgtkey, g->currkey, CompareOp::Eq);
            if (same < 0) return nullptr;
            if (same == 0) break;
        }
        if (groupby_step(g) < 0) return nullptr;
    }
    set_slot(g->tgtkey, g->currkey);
    Ref<> grouper = grouper_make(g, g->tgtkey);
    return tuple_from({g->currkey, grouper.get()});
}

void grouper_destroy(Object* o) {
    clear_slot(as_grouper(o)->parent);
    clear_slot(as_grouper(o)->tgtkey);
    delete_object(as_grouper(o));
}

void grouper_traverse(Object* o, VisitFn visit, void* arg) {
    visit_field(as_grouper(o)->parent, visit, arg);
    visit_field(as_grouper(o)->tgtkey, visit, arg);
}

// _grouper(parent, tgtkey), as CPython lets Python code call it.
Ref<> grouper_new(Type*, const Args& args) {
    if (!check_no_keywords("_grouper", args) || !itertools_positional("_grouper", args, 2, 2)) return nullptr;
    if (!is_instance_of(args[0], &GroupByType))
        return raisef(exc::TypeError, "_grouper() argument 1 must be itertools.groupby, not {}", type_name(args[0]));
    return grouper_make(as_groupby(args[0]), args[1]);
}

Ref<> grouper_next(Object* o) {
    Grouper* grouper = as_grouper(o);
    GroupBy* g = as_groupby(grouper->parent);
    if (g->currgrouper != grouper) return nullptr;
    if (!g->currvalue && groupby_step(g) < 0) return nullptr;
    int same = compare_bool(grouper->tgtkey, g->currkey, CompareOp::Eq);
    if (same <= 0) return nullptr;
    Ref<> value = adopt(g->currvalue);
    g->currvalue = nullptr;
    clear_slot(g->currkey);
    return value;
}

// --------------------------------------------------------------- tee

Type TeeDataType;
Type TeeType;

constexpr int kLinkCells = 57;

// One link of the values a family of tee iterators shares: up to 57
// values read from `it`, then the next link.
struct TeeData : Object {
    Object* it = nullptr;  // owned: the source iterator
    int numread = 0;       // values[0 .. numread) are filled
    int running = 0;       // reading from `it` now (re-entry is an error)
    Object* nextlink = nullptr;  // owned
    Object* values[kLinkCells] = {};  // owned
};

struct Tee : Object {
    TeeData* dataobj = nullptr;  // owned
    int index = 0;               // the next value's place in dataobj, 0..57
    WeakRef* weakreflist = nullptr;  // weak references to the tee (weakref.hpp)
};

TeeData* as_teedata(Object* o) { return cast<TeeData>(o); }
Tee* as_tee(Object* o) { return cast<Tee>(o); }

Ref<TeeData> teedata_make(Object* it) {
    auto d = new_object<TeeData>(&TeeDataType);
    d->it = share(it).release();
    gc_track(d.get());
    return d;
}

// Releases a chain of links one after another rather than recursively, so
// a long chain cannot exhaust the C++ stack.
void teedata_release_chain(Object* link) {
    while (link && link->type == &TeeDataType && link->refcount == 1) {
        Object* next = as_teedata(link)->nextlink;
        as_teedata(link)->nextlink = nullptr;
        decref(link);
        link = next;
    }
    xdecref(link);
}

void teedata_clear(Object* o) {
    TeeData* d = as_teedata(o);
    clear_slot(d->it);
    for (int i = 0; i < d->numread; ++i) clear_slot(d->values[i]);
    Object* next = d->nextlink;
    d->nextlink = nullptr;
    teedata_release_chain(next);
}

void teedata_destroy(Object* o) {
    teedata_clear(o);
    delete_object(as_teedata(o));
}

void teedata_traverse(Object* o, VisitFn visit, void* arg) {
    TeeData* d = as_teedata(o);
    visit_field(d->it, visit, arg);
    for (int i = 0; i < d->numread; ++i) visit_field(d->values[i], visit, arg);
    visit_field(d->nextlink, visit, arg);
}

Ref<TeeData> teedata_jumplink(TeeData* d) {
    if (!d->nextlink) d->nextlink = teedata_make(d->it).release();
    return share(as_teedata(d->nextlink));
}

// Value `i` of the link: the leading iterator reads it from the source.
Ref<> teedata_getitem(TeeData* d, int i) {
    if (i < d->numread) return share(d->values[i]);
    if (d->running) return raise(exc::RuntimeError, "cannot re-enter the tee iterator");
    d->running = 1;
    Ref<> value = iter_next(d->it);
    d->running = 0;
    if (!value) return nullptr;
    d->values[d->numread++] = share(value.get()).release();
    return value;
}

void tee_destroy(Object* o) {
    clear_slot(as_tee(o)->dataobj);
    delete_object(as_tee(o));
}

void tee_clear(Object* o) { clear_slot(as_tee(o)->dataobj); }

void tee_traverse(Object* o, VisitFn visit, void* arg) { visit_field(as_tee(o)->dataobj, visit, arg); }

Ref<> tee_next(Object* o) {
    Tee* t = as_tee(o);
    if (t->index >= kLinkCells) {
        Ref<TeeData> link = teedata_jumplink(t->dataobj);
        steal_into(t->dataobj, std::move(link));
        t->index = 0;
    }
    Ref<> value = teedata_getitem(t->dataobj, t->index);
    if (!value) return nullptr;
    ++t->index;
    return value;
}

Ref<> tee_copy_of(Tee* t) {
    auto copy = new_object<Tee>(&TeeType);
    copy->dataobj = share(t->dataobj).release();
    copy->index = t->index;
    gc_track(copy.get());
    return copy;
}

Ref<> tee_copy(Object* self, const Args& args) {
    if (!check_no_args("__copy__", args)) return nullptr;
    return tee_copy_of(as_tee(self));
}

// A tee iterator over `iterable`; a tee iterator given is copied.
Ref<> tee_from_iterable(Object* iterable) {
    Ref<> it = get_iter(iterable);
    if (!it) return nullptr;
    if (is_instance_of(it.get(), &TeeType)) return tee_copy_of(as_tee(it.get()));
    auto t = new_object<Tee>(&TeeType);
    t->dataobj = teedata_make(it.get()).release();
    gc_track(t.get());
    return t;
}

Ref<> tee_new(Type*, const Args& args) {
    if (!check_no_keywords("_tee", args) || !itertools_positional("_tee", args, 1, 1)) return nullptr;
    return tee_from_iterable(args[0]);
}

// tee(iterable, n=2): n iterators; the first is the input's own iterator
// when it can copy itself (__copy__), as tee iterators can.
Ref<> itertools_tee(Object*, const Args& args) {
    if (!check_no_keywords("itertools.tee", args) || !itertools_positional("tee", args, 1, 2)) return nullptr;
    std::int64_t n = 2;
    if (args.size() > 1 && !index_to_i64(args[1], n)) return nullptr;
    if (n < 0) return raise(exc::ValueError, "n must be >= 0");
    if (n == 0) return empty_tuple();
    Ref<> it = get_iter(args[0]);
    if (!it) return nullptr;
    Ref<> copyable = std::move(it);
    Ref<> copy_method = getattr_optional(copyable.get(), intern("__copy__"));
    if (!copy_method) {
        if (error_pending()) return nullptr;
        copyable = tee_from_iterable(copyable.get());
        if (!copyable) return nullptr;
        copy_method = getattr(copyable.get(), "__copy__");
        if (!copy_method) return nullptr;
    }
    Ref<Tuple> result = tuple_alloc(n);
    tuple_init_item(result.get(), 0, std::move(copyable));
    for (std::int64_t i = 1; i < n; ++i) {
        Ref<> copy = call(copy_method.get(), Args{});
        if (!copy) {
            for (std::int64_t j = i; j < n; ++j) tuple_init_item(result.get(), j, none());
            return nullptr;
        }
        tuple_init_item(result.get(), i, std::move(copy));
    }
    return result;
}

// -------------------------------------------------------------- types

void group_types_init() {
    static bool done = false;
    if (done) return;
    done = true;
    itertools_init_type(GroupByType, "itertools.groupby", sizeof(GroupBy), groupby_next, groupby_destroy,
                        groupby_traverse, groupby_new);
    type_ready(GroupByType);
    itertools_init_type(GrouperType, "itertools._grouper", sizeof(Grouper), grouper_next, grouper_destroy,
                        grouper_traverse, grouper_new, false);
    type_ready(GrouperType);

    // A link is no iterator: it has neither __iter__ nor __next__.
    type_init_builtin(TeeDataType, "itertools._tee_dataobject", &ObjectType, sizeof(TeeData), type_flags::kHasGC);
    TeeDataType.destroy = teedata_destroy;
    TeeDataType.traverse = teedata_traverse;
    TeeDataType.clear = teedata_clear;
    type_ready(TeeDataType);

    itertools_init_type(TeeType, "itertools._tee", sizeof(Tee), tee_next, tee_destroy, tee_traverse, tee_new, false);
    TeeType.weaklist_offset = offsetof(Tee, weakreflist);
    TeeType.clear = tee_clear;
    add_methods(TeeType, {{"__copy__", tee_copy}});
    type_ready(TeeType);
}

const MethodDef kTeeFunction{"tee", itertools_tee};

}  // namespace

void itertools_add_group_types(Module* m) {
    group_types_init();
    module_add(m, "groupby", &GroupByType);
    module_add(m, "_grouper", &GrouperType);
    module_add(m, "_tee", &TeeType);
    module_add(m, "_tee_dataobject", &TeeDataType);
    module_add(m, "tee", builtin_function_new(&kTeeFunction, m).get());
}

}  // namespace minipy
