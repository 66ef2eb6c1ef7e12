// What the collector knows about the heap, read without changing it: each
// tracked object's generation, and which tracked objects are garbage —
// unreachable, kept alive only by a cycle until the collector runs. The
// reachability test is the collector's own (CPython's update_refs,
// subtract_refs and move_unreachable, Modules/gcmodule.c), done on a side
// table so that the objects' collector headers are never touched.
#pragma once

#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace minipy {
struct Object;
}

namespace minipy::interp::memviz {

struct HeapState {
    std::unordered_map<const Object*, int> generation;  // tracked objects only
    std::unordered_set<const Object*> garbage;
    std::vector<Object*> garbage_order;  // the garbage in the collector's list order
};

// Reads the three generations. While a collection runs (a finalizer that
// takes a step), the lists are in flux: nothing is reported then.
HeapState read_heap_state();

}  // namespace minipy::interp::memviz
