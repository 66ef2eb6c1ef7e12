// The generational cycle collector, following CPython 3.11's Modules/gcmodule.c.
//
// Reference counting frees everything except cycles. To find unreachable
// cycles among the tracked containers of the generations being collected:
//
//  1. update_refs:    gc_refs = refcount, for every object in the set
//  2. subtract_refs:  for every reference from one object of the set to
//                     another, gc_refs -= 1. What remains counts the
//                     references from *outside* the set.
//  3. move_unreachable: objects with gc_refs > 0 are reachable, and so is
//                     everything they refer to (transitively); the rest is
//                     unreachable.
//  4. handle_weakrefs: weak references to unreachable objects are cleared;
//                     callbacks of those weakrefs that are themselves
//                     reachable are called.
//  5. finalize_garbage: __del__ runs on unreachable objects that have one and
//                     were never finalized (PEP 442).
//  6. handle_resurrected: steps 1-3 again on the unreachable set; whatever a
//                     finalizer made reachable again survives.
//  7. delete_garbage: the clear slot of each remaining object breaks its
//                     references; reference counting then frees the cycle.
//                     (Under DEBUG_SAVEALL the objects go to gc.garbage
//                     instead, alive.)
//
// Survivors move to the next generation. The value returned is the number of
// objects found unreachable in step 7 plus the weakrefs freed in step 4,
// which is what gc.collect() returns in CPython.
#include "runtime/core/gc.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/heap_check.hpp"
#include "runtime/core/weakref.hpp"
#include "runtime/modules/modules.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

namespace minipy {

bool gc_collection_due = false;
Object* gc_garbage_list = nullptr;
Object* gc_callbacks_list = nullptr;

namespace {

// ------------------------------------------------------------ lists
//
// Each generation is a circular doubly linked list with a sentinel head.
// The helpers keep the flags of prev_word (gc_set_prev) and drop next_word's
// marks, as CPython's gc_list_* functions do.

struct GCList {
    GCHead head;
    GCList() { clear(); }
    void clear() {
        gc_set_next(&head, &head);
        gc_set_prev(&head, &head);
    }
    bool empty() const { return gc_next(&head) == &head; }
};

void list_unlink(GCHead* h) {
    GCHead* prev = gc_prev(h);
    GCHead* next = gc_next(h);
    gc_set_next(prev, next);
    gc_set_prev(next, prev);
}

void list_append(GCHead* h, GCList& list) {
    GCHead* last = gc_prev(&list.head);
    gc_set_prev(h, last);
    gc_set_next(h, &list.head);
    gc_set_next(last, h);
    gc_set_prev(&list.head, h);
}

void list_move(GCHead* h, GCList& to) {
    list_unlink(h);
    list_append(h, to);
}

// Appends all of `from` to the end of `to`, leaving `from` empty.
void list_merge(GCList& from, GCList& to) {
    if (from.empty()) return;
    GCHead* first = gc_next(&from.head);
    GCHead* last = gc_prev(&from.head);
    GCHead* tail = gc_prev(&to.head);
    gc_set_next(tail, first);
    gc_set_prev(first, tail);
    gc_set_next(last, &to.head);
    gc_set_prev(&to.head, last);
    from.clear();
}

std::int64_t list_size(const GCList& list) {
    std::int64_t n = 0;
    for (const GCHead* h = gc_next(&list.head); h != &list.head; h = gc_next(h)) ++n;
    return n;
}

// ---------------------------------------------------- gc_refs and flags
//
// gc_refs lives in prev_word above the flags, so setting it unlinks the
// object backwards: only a collection's reachability pass does it, and it
// relinks what it keeps.

std::int64_t get_refs(const GCHead* h) { return static_cast<std::int64_t>(h->prev_word >> kGCRefsShift); }
void set_refs(GCHead* h, std::int64_t refs) {
    h->prev_word = (h->prev_word & gc_flags::kAll) | (static_cast<std::uintptr_t>(refs) << kGCRefsShift);
}
bool has(const GCHead* h, std::uintptr_t flag) { return (h->prev_word & flag) != 0; }
void set(GCHead* h, std::uintptr_t flag) { h->prev_word |= flag; }
void unset(GCHead* h, std::uintptr_t flag) { h->prev_word &= ~flag; }
bool marked_unreachable(const GCHead* h) { return (h->next_word & gc_marks::kUnreachable) != 0; }

// --------------------------------------------------------------- state

struct Generation {
    GCList objects;
    int threshold;
    std::int64_t count = 0;
};

struct CollectorState {
    Generation generations[kGenerations] = {{{}, 700}, {{}, 10}, {{}, 10}};
    GCList permanent;
    GCStats stats[kGenerations];
    bool enabled = true;
    bool collecting = false;
    bool stress = false;  // MINIPY_GC_STRESS
    int debug = 0;  // gc_debug flags
    // Full collections are skipped until enough objects survived younger
    // collections (CPython's long_lived_pending / long_lived_total rule).
    std::int64_t long_lived_total = 0;
    std::int64_t long_lived_pending = 0;
};

CollectorState& state() {
    static auto* s = new CollectorState();  // lives as long as the program
    return *s;
}

// ---------------------------------------------------------- the phases

// Step 1: gc_refs = refcount, and mark the set being collected.
void update_refs(GCList& young) {
    for (GCHead* h = gc_next(&young.head); h != &young.head; h = gc_next(h)) {
        set_refs(h, gc_object(h)->refcount);
        set(h, gc_flags::kCollecting);
    }
}

// Step 2: discount every reference that comes from inside the set.
void subtract_refs(GCList& young) {
    auto visit_decref = [](Object* child, void*) {
        if (!object_has_gc(child)) return;
        GCHead* h = gc_head(child);
        if (has(h, gc_flags::kCollecting)) set_refs(h, get_refs(h) - 1);
    };
    for (GCHead* h = gc_next(&young.head); h != &young.head; h = gc_next(h)) {
        Object* o = gc_object(h);
        if (TraverseFn traverse = o->type->traverse) traverse(o, visit_decref, nullptr);
    }
}

// Called for what a reachable object refers to: an object of the set is
// reachable too. One already moved to `unreachable` comes back to the end of
// `young`, where the scan will meet it again (CPython's visit_reachable).
void visit_reachable(Object* child, void* arg) {
    if (!object_has_gc(child)) return;
    GCHead* h = gc_head(child);
    if (!has(h, gc_flags::kCollecting)) return;  // other generation, or already scanned
    if (marked_unreachable(h)) {
        // The list helpers do not keep next_word's mark, which every member
        // of `unreachable` carries: unlink by hand.
        GCHead* prev = gc_prev(h);
        GCHead* next = gc_next(h);
        prev->next_word = h->next_word;
        gc_set_prev(next, prev);
        list_append(h, *static_cast<GCList*>(arg));
        set_refs(h, 1);
    } else if (get_refs(h) == 0) {
        set_refs(h, 1);  // not scanned yet: it will be, as reachable
    }
}

// Step 3: a scan of `young` that moves objects with no outside references to
// `unreachable`, and moves them back when a reachable object turns out to
// refer to them. Objects appended to `young` by the visitor are scanned when
// the loop reaches them. During the scan `young` is linked forwards only
// (prev_word holds gc_refs); each object kept is relinked backwards and
// stops being "collecting". Members of `unreachable` carry the unreachable
// mark in next_word.
void move_unreachable(GCList& young, GCList& unreachable) {
    GCHead* prev = &young.head;
    GCHead* h = gc_next(&young.head);
    while (h != &young.head) {
        if (get_refs(h) > 0) {
            Object* o = gc_object(h);
            if (TraverseFn traverse = o->type->traverse) traverse(o, visit_reachable, &young);
            gc_set_prev(h, prev);
            unset(h, gc_flags::kCollecting);
            prev = h;
        } else {
            prev->next_word = h->next_word;
            GCHead* last = gc_prev(&unreachable.head);
            // The mark also lands on the sentinel's next_word when `last` is
            // the sentinel; it is removed below.
            last->next_word = gc_marks::kUnreachable | reinterpret_cast<std::uintptr_t>(h);
            gc_set_prev(h, last);
            h->next_word = gc_marks::kUnreachable | reinterpret_cast<std::uintptr_t>(&unreachable.head);
            gc_set_prev(&unreachable.head, h);
        }
        h = gc_next(prev);
    }
    gc_set_prev(&young.head, prev);
    unreachable.head.next_word &= ~gc_marks::kUnreachable;
}

// The verdict is final: `unreachable` becomes an ordinary list again (its
// members stay "collecting" until they are freed or survive).
void clear_unreachable_marks(GCList& unreachable) {
    for (GCHead* h = gc_next(&unreachable.head); h != &unreachable.head; h = gc_next(h))
        h->next_word &= ~gc_marks::kUnreachable;
}

void deduce_unreachable(GCList& young, GCList& unreachable) {
    update_refs(young);
    subtract_refs(young);
    move_unreachable(young, unreachable);
    clear_unreachable_marks(unreachable);
}

// What survives stops being "collecting".
void clear_collecting(GCList& list) {
    for (GCHead* h = gc_next(&list.head); h != &list.head; h = gc_next(h)) unset(h, gc_flags::kCollecting);
}

// Tuples and dicts holding only atomic values cannot be part of a cycle;
// the collector stops tracking them (CPython's untrack_tuples/untrack_dicts).
bool holds_only_atomic(Object* o) {
    if (is_tuple(o)) {
        for (Object* item : *cast<Tuple>(o))
            if (item && gc_may_be_tracked(item)) return false;
        return true;
    }
    if (is_dict(o) && o->type == &DictType) {
        Object* key;
        Object* value;
        for (std::int64_t pos = 0; dict_next(cast<Dict>(o), pos, &key, &value);)
            if (gc_may_be_tracked(key) || gc_may_be_tracked(value)) return false;
        return true;
    }
    return false;
}

void untrack_atomic(GCList& list, bool dicts) {
    GCHead* h = gc_next(&list.head);
    while (h != &list.head) {
        GCHead* next = gc_next(h);
        Object* o = gc_object(h);
        bool candidate = o->type == &TupleType || (dicts && o->type == &DictType);
        if (candidate && holds_only_atomic(o)) gc_untrack(o);
        h = next;
    }
}

// Step 4. Returns the number of weakrefs freed after their callbacks ran.
std::int64_t handle_weakrefs(GCList& unreachable) {
    Ref<List> with_callbacks = list_new();
    for (GCHead* h = gc_next(&unreachable.head); h != &unreachable.head; h = gc_next(h)) {
        Object* o = gc_object(h);
        // A weakref that is itself garbage must never call back: its
        // callback could see objects already cleared.
        if (is_instance_of(o, &WeakRefType)) {
            WeakRef* wr = cast<WeakRef>(o);
            if (wr->referent) weakrefs_detach(wr);
        }
        if (type_supports_weakrefs(o->type)) weakrefs_clear(o, with_callbacks.get());
    }
    std::int64_t freed = 0;
    for (std::int64_t i = 0; i < with_callbacks->size; ++i) {
        Object* wr = (*with_callbacks)[i];
        Object* callback = cast<WeakRef>(wr)->callback;
        if (callback) {
            Ref<> keep = share(callback);
            if (!call(callback, {wr})) write_unraisable(callback);
        }
    }
    // Drop our references; a weakref whose last reference was ours is freed.
    for (std::int64_t i = 0; i < with_callbacks->size; ++i)
        if ((*with_callbacks)[i]->refcount == 1) ++freed;
    return freed;
}

// Step 5: __del__ on every unreachable object that has one, once.
void finalize_garbage(GCList& unreachable) {
    GCList seen;
    while (!unreachable.empty()) {
        GCHead* h = gc_next(&unreachable.head);
        Object* o = gc_object(h);
        list_move(h, seen);
        if (!has(h, gc_flags::kFinalized) && o->type->finalize) {
            set(h, gc_flags::kFinalized);
            Ref<> keep = share(o);
            o->type->finalize(o);
        }
    }
    list_merge(seen, unreachable);
}

// Step 7: break the cycles; survivors of tp_clear go to the old generation.
void delete_garbage(GCList& collectable, GCList& old) {
    while (!collectable.empty()) {
        GCHead* h = gc_next(&collectable.head);
        Object* o = gc_object(h);
        if (state().debug & gc_debug::kSaveAll) {
            if (gc_garbage_list && !list_append(cast<List>(gc_garbage_list), o)) clear_error();
        } else if (ClearFn clear = o->type->clear) {
            Ref<> keep = share(o);
            clear(o);
            if (error_pending()) write_unraisable(o->type);
        }
        if (gc_next(&collectable.head) == h) {
            unset(h, gc_flags::kCollecting);
            list_move(h, old);
        }
    }
}

void invoke_callbacks(const char* phase, int generation, std::int64_t collected, std::int64_t uncollectable) {
    if (!gc_callbacks_list || cast<List>(gc_callbacks_list)->size == 0) return;
    Ref<> saved = take_error();
    Ref<Dict> info = dict_new();
    Ref<> phase_str = str_from(phase);
    const std::pair<const char*, Ref<>> fields[] = {
        {"generation", int_from(generation)}, {"collected", int_from(collected)}, {"uncollectable", int_from(uncollectable)}};
    bool built = info && phase_str;
    for (const auto& [name, value] : fields) built = built && value && dict_set(info.get(), name, value.get()) == 0;
    if (!built) {
        // invoke_gc_callback: when the info dict cannot be made, no
        // callback runs and the failure is reported as unraisable.
        write_unraisable(nullptr);
        if (saved) set_error(std::move(saved));
        return;
    }
    // invoke_gc_callback: the list is read afresh at each step, so a
    // callback that changes gc.callbacks changes which ones run next.
    List* callbacks = cast<List>(gc_callbacks_list);
    for (std::int64_t i = 0; i < callbacks->size; ++i) {
        Ref<> cb = share(callbacks->items[i]);
        if (!call(cb.get(), {phase_str.get(), info.get()})) write_unraisable(cb.get());
    }
    if (saved) set_error(std::move(saved));
}

// DEBUG_STATS: what CPython 3.11 writes to sys.stderr before a collection.
void report_start(int generation) {
    CollectorState& s = state();
    std::string text = fmt::format("gc: collecting generation {}...\ngc: objects in each generation:", generation);
    for (Generation& g : s.generations) text += fmt::format(" {}", list_size(g.objects));
    text += fmt::format("\ngc: objects in permanent generation: {}\n", list_size(s.permanent));
    sys_write_stderr(text);
}

// DEBUG_COLLECTABLE: one line per object found unreachable (CPython's debug_cycle).
void report_collectable(GCList& unreachable) {
    for (GCHead* h = gc_next(&unreachable.head); h != &unreachable.head; h = gc_next(h)) {
        Object* o = gc_object(h);
        sys_write_stderr(fmt::format("gc: collectable <{} {}>\n", o->type->name_view(), fmt::ptr(o)));
    }
}

std::int64_t collect(int generation) {
    CollectorState& s = state();
    auto started = std::chrono::steady_clock::now();
    if (s.debug & gc_debug::kStats) report_start(generation);
    GCList& young = s.generations[generation].objects;
    GCList& old = generation + 1 < kGenerations ? s.generations[generation + 1].objects : young;

    // The generations being collected, as one list; counts restart.
    if (generation + 1 < kGenerations) ++s.generations[generation + 1].count;
    for (int i = 0; i < generation; ++i) list_merge(s.generations[i].objects, young);
    for (int i = 0; i <= generation; ++i) s.generations[i].count = 0;

    GCList unreachable;
    deduce_unreachable(young, unreachable);
    untrack_atomic(young, /*dicts=*/false);
    if (&young != &old) {
        if (generation == kGenerations - 2) s.long_lived_pending += list_size(young);
        list_merge(young, old);
    } else {
        untrack_atomic(young, /*dicts=*/true);
        s.long_lived_pending = 0;
        s.long_lived_total = list_size(young);
    }

    if (s.debug & gc_debug::kCollectable) report_collectable(unreachable);
    std::int64_t collected = handle_weakrefs(unreachable);
    finalize_garbage(unreachable);

    // Finalizers may have resurrected objects: look again.
    clear_collecting(unreachable);
    GCList still_unreachable;
    deduce_unreachable(unreachable, still_unreachable);
    list_merge(unreachable, old);

    collected += list_size(still_unreachable);
    delete_garbage(still_unreachable, old);

    GCStats& stats = s.stats[generation];
    ++stats.collections;
    stats.collected += collected;
    if (s.debug & gc_debug::kStats) {
        std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - started;
        sys_write_stderr(fmt::format("gc: done, {} unreachable, 0 uncollectable, {:.4f}s elapsed\n", collected,
                                     elapsed.count()));
    }
    return collected;
}

std::int64_t collect_with_callbacks(int generation) {
    CollectorState& s = state();
    s.collecting = true;
    invoke_callbacks("start", generation, 0, 0);
    std::int64_t n = collect(generation);
    invoke_callbacks("stop", generation, n, 0);
    s.collecting = false;
    heap_check("after a collection");
    return n;
}

// An environment switch is on when set to anything but "" or "0".
bool environment_flag(const char* name) {
    const char* value = std::getenv(name);
    return value && *value && std::string_view(value) != "0";
}

}  // namespace

// ------------------------------------------------------------ tracking

void gc_track(Object* o) {
    GCHead* h = gc_head(o);
    if (h->next_word) return;
    list_append(h, state().generations[0].objects);
}

void gc_untrack(Object* o) {
    GCHead* h = gc_head(o);
    if (!h->next_word) return;
    list_unlink(h);
    h->next_word = 0;
    h->prev_word &= gc_flags::kFinalized;
}

// Only an exact tuple that is untracked is known to stay atomic (its items
// cannot change). An untracked dict may be given a container at any time,
// so a container holding one must be tracked: `d['self'] = d` and
// `a['b'] = b; b['a'] = a` are cycles of dicts that are untracked until then.
bool gc_may_be_tracked(Object* o) {
    if (!object_has_gc(o)) return false;
    if (o->type == &TupleType) return gc_is_tracked(o);
    return true;
}

namespace {

// Under GC stress a full collection is due after every tracked allocation
// while the heap is small (a fresh interpreter tracks about 500 objects, the
// golden scripts at most a few thousand). A full collection costs time in
// proportion to the tracked objects, and the heap check after it in
// proportion to all it goes through (the untracked tuples of a 100,000-long
// chain too), so past kStressSmallHeap objects stress lets the heap grow by
// 1/64 of the excess between collections: the 900,000 objects of
// bad_deep_data are built with about 4,500 full collections instead of a
// million, each one as thorough.
constexpr std::int64_t kStressSmallHeap = 4096;

bool stress_collection_due(const CollectorState& s) {
    std::int64_t heap = std::max(s.long_lived_total, heap_check_enabled() ? heap_check_objects_seen() : 0);
    return s.generations[0].count > (heap - kStressSmallHeap) / 64;
}

}  // namespace

void gc_note_allocation() {
    CollectorState& s = state();
    Generation& g0 = s.generations[0];
    ++g0.count;
    bool due = s.stress ? stress_collection_due(s) : g0.count > g0.threshold;
    if (s.enabled && g0.threshold && due && !s.collecting) gc_collection_due = true;
}

void gc_note_free() {
    std::int64_t& count = state().generations[0].count;
    if (count > 0) --count;
}

// CPython's collect_generations: the oldest generation over its threshold,
// except that a full collection also waits for 25% new long-lived objects.
void gc_collect_if_due() {
    gc_collection_due = false;
    CollectorState& s = state();
    if (!s.enabled || s.collecting) return;
    if (s.stress) {
        collect_with_callbacks(kGenerations - 1);
        return;
    }
    for (int i = kGenerations - 1; i >= 0; --i) {
        if (s.generations[i].count > s.generations[i].threshold) {
            if (i == kGenerations - 1 && s.long_lived_pending < s.long_lived_total / 4) continue;
            collect_with_callbacks(i);
            return;
        }
    }
}

std::int64_t gc_collect(int generation) {
    if (state().collecting) return 0;
    return collect_with_callbacks(generation);
}

bool gc_stress_enabled() { return state().stress; }
void gc_set_stress(bool on) { state().stress = on; }

void gc_read_environment() {
    gc_set_stress(environment_flag("MINIPY_GC_STRESS"));
#ifdef NDEBUG
    heap_check_set_enabled(environment_flag("MINIPY_HEAP_CHECK"));
#else
    heap_check_set_enabled(true);  // debug builds always check
#endif
}

// ------------------------------------------------------- module support

bool gc_is_enabled() { return state().enabled; }
void gc_set_enabled(bool enabled) { state().enabled = enabled; }
std::int64_t gc_get_count(int generation) { return state().generations[generation].count; }
int gc_get_threshold(int generation) { return state().generations[generation].threshold; }
void gc_set_threshold(int generation, int threshold) { state().generations[generation].threshold = threshold; }
const GCStats& gc_get_stats(int generation) { return state().stats[generation]; }
void gc_set_debug(int flags) { state().debug = flags; }
int gc_get_debug() { return state().debug; }

void gc_for_each_raw(int generation, void (*fn)(Object*, void*), void* arg) {
    CollectorState& s = state();
    for (int i = 0; i < kGenerations; ++i) {
        if (generation >= 0 && i != generation) continue;
        GCList& list = s.generations[i].objects;
        for (GCHead* h = gc_next(&list.head); h != &list.head; h = gc_next(h)) fn(gc_object(h), arg);
    }
}

void gc_freeze() {
    CollectorState& s = state();
    for (Generation& g : s.generations) {
        list_merge(g.objects, s.permanent);
        g.count = 0;
    }
}

void gc_unfreeze() {
    CollectorState& s = state();
    list_merge(s.permanent, s.generations[kGenerations - 1].objects);
}

std::int64_t gc_freeze_count() { return list_size(state().permanent); }

GCHead* gc_list_sentinel(int list) {
    CollectorState& s = state();
    return list < kGenerations ? &s.generations[list].objects.head : &s.permanent.head;
}

bool gc_is_collecting() { return state().collecting; }

}  // namespace minipy
