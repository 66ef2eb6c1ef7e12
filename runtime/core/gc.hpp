// The cycle collector's per-object header and its public operations.
//
// Every instance of a type with kHasGC is preceded in memory by a GCHead:
// CPython 3.11's PyGC_Head, two words, so that sys.getsizeof counts 16 bytes
// for it as CPython does.
//
//  - `next_word` links a *tracked* object into exactly one generation's
//    circular doubly linked list; it is 0 while the object is untracked.
//    Bit 0 marks an object tentatively unreachable during a collection
//    (CPython's NEXT_MASK_UNREACHABLE); bit 1 is the heap validator's mark
//    during its walk. Neither is set outside those two passes.
//  - `prev_word` is the previous object of the list, with the flags below
//    in its two low bits (heads are 8-byte aligned). While a collection
//    computes reachability, the objects being collected keep their gc_refs
//    count in place of the pointer, shifted past the flags; the collector
//    relinks them when it is done (see gc.cpp, which is CPython 3.11's
//    algorithm).
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

#include <cstddef>
#include <cstdint>

namespace minipy {

struct GCHead {
    std::uintptr_t next_word = 0;
    std::uintptr_t prev_word = 0;
};
static_assert(sizeof(GCHead) == 16, "CPython 3.11's PyGC_Head is two words");

// Flags kept in prev_word; they survive tracking, untracking and moves
// between lists (kCollecting is cleared by untracking).
namespace gc_flags {
inline constexpr std::uintptr_t kFinalized = 1u << 0;    // __del__ already ran (PEP 442)
inline constexpr std::uintptr_t kCollecting = 1u << 1;   // in the set being collected
inline constexpr std::uintptr_t kAll = kFinalized | kCollecting;
}  // namespace gc_flags
inline constexpr int kGCRefsShift = 2;  // CPython's _PyGC_PREV_SHIFT

// Marks kept in next_word by one pass at a time.
namespace gc_marks {
inline constexpr std::uintptr_t kUnreachable = 1u << 0;  // a collection's tentative verdict
inline constexpr std::uintptr_t kHeapChecked = 1u << 1;  // met by the heap validator's walk
inline constexpr std::uintptr_t kAll = kUnreachable | kHeapChecked;
}  // namespace gc_marks

inline GCHead* gc_next(const GCHead* h) { return reinterpret_cast<GCHead*>(h->next_word & ~gc_marks::kAll); }
inline GCHead* gc_prev(const GCHead* h) { return reinterpret_cast<GCHead*>(h->prev_word & ~gc_flags::kAll); }
inline void gc_set_next(GCHead* h, GCHead* next) { h->next_word = reinterpret_cast<std::uintptr_t>(next); }
inline void gc_set_prev(GCHead* h, GCHead* prev) {
    h->prev_word = (h->prev_word & gc_flags::kAll) | reinterpret_cast<std::uintptr_t>(prev);
}

inline GCHead* gc_head(Object* o) { return reinterpret_cast<GCHead*>(o) - 1; }
inline const GCHead* gc_head(const Object* o) { return reinterpret_cast<const GCHead*>(o) - 1; }
inline Object* gc_object(GCHead* h) { return reinterpret_cast<Object*>(h + 1); }

// Whether `o` has a GCHead: its type has kHasGC; for type objects, only
// heap types (the static builtin types have none; CPython's tp_is_gc).
inline bool object_has_gc(const Object* o) {
    const Type* type = o->type;
    if (!type->has_flag(type_flags::kHasGC)) return false;
    if (type->has_flag(type_flags::kTypeSubclass)) return static_cast<const Type*>(o)->has_flag(type_flags::kHeapType);
    return true;
}

inline bool gc_is_tracked(const Object* o) { return gc_head(o)->next_word != 0; }
inline bool gc_has_flag(const Object* o, std::uintptr_t f) { return (gc_head(o)->prev_word & f) != 0; }
inline void gc_set_flag(Object* o, std::uintptr_t f) { gc_head(o)->prev_word |= f; }
inline void gc_clear_flag(Object* o, std::uintptr_t f) { gc_head(o)->prev_word &= ~f; }

// Starts/stops the collector seeing `o` (it must have a GCHead). Tracking a
// new object counts as an allocation towards generation 0's threshold.
void gc_track(Object* o);
void gc_untrack(Object* o);
inline void gc_untrack_if_tracked(Object* o) { if (gc_is_tracked(o)) gc_untrack(o); }

// True for objects that the collector may ever need to see: GC types, except
// untracked tuples (which hold only atomic values), as CPython's
// _PyObject_GC_MAY_BE_TRACKED.
bool gc_may_be_tracked(Object* o);

// Collects `generation` (0..2) and all younger ones; returns the number of
// unreachable objects found (collected + uncollectable), as gc.collect().
std::int64_t gc_collect(int generation);

// Set when generation 0 passed its threshold; the evaluator runs
// gc_collect_if_due() at its next safe point (statement boundary), as
// CPython 3.12 does, rather than inside an arbitrary allocation.
extern bool gc_collection_due;
void gc_collect_if_due();

// GC stress (MINIPY_GC_STRESS=1): every tracked allocation makes a
// collection due (on a heap of more than 4096 objects, once the heap grew
// by 1/64 of the excess, which bounds the cost), and a due collection
// is a full one (all three generations, gc.callbacks called as for any
// automatic collection), so a reference the collector cannot see shows up
// at the next safe point instead of once in a few hundred runs. What
// gc.disable() and a threshold of 0 turn off stays off.
bool gc_stress_enabled();
void gc_set_stress(bool on);
// Reads the collector's debugging switches once, at start-up
// (runtime_init): MINIPY_GC_STRESS, and MINIPY_HEAP_CHECK for the heap
// validator (heap_check.hpp). A switch is on when set to anything but ""
// or "0".
void gc_read_environment();

// Allocation accounting for the thresholds: every GC-type allocation counts
// towards generation 0 and every free counts back (as CPython's
// _PyObject_GC_Link and PyObject_GC_Del do).
void gc_note_allocation();
void gc_note_free();

// ---- what the gc module exposes

inline constexpr int kGenerations = 3;

struct GCStats {
    std::int64_t collections = 0;
    std::int64_t collected = 0;
    // Objects kept alive because a legacy (tp_del) finalizer refers to them;
    // minipy has no legacy finalizers, so this stays 0, as it does in CPython
    // for every object written in Python.
    std::int64_t uncollectable = 0;
};

bool gc_is_enabled();
void gc_set_enabled(bool enabled);
std::int64_t gc_get_count(int generation);
int gc_get_threshold(int generation);
void gc_set_threshold(int generation, int threshold);
const GCStats& gc_get_stats(int generation);

// gc.set_debug() flags, with CPython's values; the collector acts on each.
namespace gc_debug {
inline constexpr int kStats = 1;          // a report on stderr per collection
inline constexpr int kCollectable = 2;    // "gc: collectable <list 0x…>" per unreachable object
inline constexpr int kUncollectable = 4;  // the same for uncollectable ones (minipy has none)
inline constexpr int kSaveAll = 32;       // unreachable objects go to gc.garbage instead of being freed
inline constexpr int kLeak = kCollectable | kUncollectable | kSaveAll;
}  // namespace gc_debug
void gc_set_debug(int flags);
int gc_get_debug();

// Calls `fn(obj)` for every tracked object of `generation` (-1: all three).
template <class Fn>
void gc_for_each(int generation, Fn&& fn);
void gc_for_each_raw(int generation, void (*fn)(Object*, void*), void* arg);

// The sentinels of the generation lists, 0..kGenerations-1, then the
// permanent generation's at kGenerations (for the heap validator).
inline constexpr int kGCLists = kGenerations + 1;
GCHead* gc_list_sentinel(int list);
// True while a collection runs (its lists are then in flux).
bool gc_is_collecting();

// gc.freeze(): moves every tracked object to the permanent generation.
void gc_freeze();
void gc_unfreeze();
std::int64_t gc_freeze_count();

// The gc module's `garbage` and `callbacks` lists (owned by the module; the
// collector appends to `garbage` under DEBUG_SAVEALL and calls the
// callbacks). Null until the gc module is created.
extern Object* gc_garbage_list;
extern Object* gc_callbacks_list;

template <class Fn>
void gc_for_each(int generation, Fn&& fn) {
    gc_for_each_raw(
        generation, [](Object* o, void* arg) { (*static_cast<Fn*>(arg))(o); }, &fn);
}

}  // namespace minipy
