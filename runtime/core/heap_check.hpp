// The heap validator: checks the collector's lists and what they and the
// running frames refer to, as CPython's validate_list and
// validate_consistent_old_space (Modules/gcmodule.c, Python/gc.c) do.
//
// It runs after every collection and at exit when MINIPY_HEAP_CHECK=1 is in
// the environment (gc_read_environment), and always in debug builds. A
// violation is printed to stderr, naming the object's type and address, and
// the process aborts: a heap that breaks these rules is one step from a use
// after free, and the collection that just ran is the best place to stop.
//
// The invariants, outside a collection:
//
//  1. Each generation list, and the permanent generation's, is a closed ring
//     through its sentinel: for every node h, h->next->prev == h, and
//     following `next` from the sentinel comes back to it.
//  2. Every tracked object is in exactly one of those lists: no node is met
//     twice while walking all of them, and an object whose head says it is
//     tracked (next != null) and that a reference leads to was met in one.
//  3. No object in a list carries a collection's scratch marks (collecting,
//     unreachable): a collection leaves every survivor unmarked.
//  4. Every object in a list is alive: its block was not returned to the
//     heap (heap_block_freed) and its refcount is positive.
//  5. Every object that an object in a list refers to (its traverse), that a
//     running frame holds, or that is the pending exception is alive in the
//     same sense. Untracked containers met that way (tuples and dicts of
//     atomic values, static types) are followed in turn, as they hold
//     references that no list shows.
//
// "Freed" is what the heap can tell: a block returned by object_free or kept
// by a free list carries the freed type poison until it is handed out again
// (heap.hpp); under AddressSanitizer, any freed block. A dangling pointer
// whose block was reused already is beyond this check (ASan's quarantine
// delays reuse, which is one reason the stress run is an ASan build).
#pragma once

#include "runtime/core/type.hpp"

#include <cstdint>
#include <string>

namespace minipy {

bool heap_check_enabled();
void heap_check_set_enabled(bool on);

// Runs the checks when enabled; on a violation prints
// "minipy: heap check failed <when>: <what>" to stderr and aborts.
void heap_check(const char* when);

// Runs the checks (enabled or not) and returns the first violation found,
// described as in heap_check's message, or "" for a sound heap.
std::string heap_check_find_violation();

// How many objects (tracked, and untracked ones followed) the last check went
// through: what one check costs. GC stress paces its collections by it, as
// each of them is followed by a check.
std::int64_t heap_check_objects_seen();

// The interpreter's roots: calls visit(obj, frame, arg) for every reference
// a running frame holds (its slots, code, function, namespaces), `frame`
// naming the frame for messages. The runtime cannot see frames; the
// interpreter installs this at start-up.
using FrameRefFn = void (*)(Object* referent, const std::string& frame, void* arg);
using HeapRootsFn = void (*)(FrameRefFn visit, void* arg);
extern HeapRootsFn heap_check_frame_roots;

}  // namespace minipy
