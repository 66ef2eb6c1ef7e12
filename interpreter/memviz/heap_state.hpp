// What the collector knows about the heap, read without changing it: each
// tracked object's generation, and which tracked objects are garbage —
// unreachable, kept alive only by a cycle until the collector runs. The
// reachability test is the collector's own (CPython's update_refs,
// subtract_refs and move_unreachable, Modules/gcmodule.c), done on a side
// table so that the objects' collector headers are never touched.
#pragma once

#include <cstddef>
#include <vector>

namespace minipy {
struct Object;
}

namespace minipy::interp::memviz {

// The tracked objects sorted by address, with what is known of each: a
// lookup is a binary search (the heap of a program with a 100,000-deep
// structure holds hundreds of thousands of tracked objects, and a step is
// taken at every statement).
struct HeapState {
    std::vector<const Object*> objects;         // sorted by address
    std::vector<signed char> generations;      // per object: 0, 1, 2
    std::vector<char> garbage_flags;           // per object
    std::vector<Object*> garbage_order;        // the garbage in the collector's list order

    // The generation of a tracked object; -1 for one that is not tracked.
    int generation_of(const Object* o) const;
    bool is_garbage(const Object* o) const;
    // The index of `o` in `objects`, or -1.
    std::ptrdiff_t index_of(const Object* o) const;
};

// Reads the three generations. While a collection runs (a finalizer that
// takes a step), the lists are in flux: nothing is reported then.
HeapState read_heap_state();

}  // namespace minipy::interp::memviz
