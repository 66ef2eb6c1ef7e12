// The collector's view of the heap for memviz (heap_state.hpp); the
// reachability phases follow CPython 3.11's Modules/gcmodule.c.
#include "interpreter/memviz/heap_state.hpp"

#include "runtime/core/gc.hpp"
#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

namespace minipy::interp::memviz {

namespace {

using RefTable = std::unordered_map<const Object*, std::int64_t>;

void traverse(Object* o, VisitFn visit, void* arg) {
    if (o->type->traverse) o->type->traverse(o, visit, arg);
}

// update_refs + subtract_refs: what is left of each count once the
// references from other tracked objects are taken away is the number of
// references from outside (frames, the interpreter's own roots).
RefTable external_refs(const std::vector<Object*>& tracked) {
    RefTable refs;
    refs.reserve(tracked.size());
    for (Object* o : tracked) refs[o] = o->refcount;
    for (Object* o : tracked)
        traverse(
            o,
            [](Object* child, void* arg) {
                auto& table = *static_cast<RefTable*>(arg);
                auto it = table.find(child);
                if (it != table.end()) --it->second;
            },
            &refs);
    return refs;
}

// move_unreachable: everything a referenced-from-outside object reaches is
// reachable too; what is left is garbage.
std::unordered_set<const Object*> reachable_from_outside(const std::vector<Object*>& tracked, const RefTable& refs) {
    std::unordered_set<const Object*> reached;
    std::vector<Object*> work;
    for (Object* o : tracked)
        if (refs.at(o) > 0 && reached.insert(o).second) work.push_back(o);
    struct Walk {
        const RefTable* refs;
        std::unordered_set<const Object*>* reached;
        std::vector<Object*>* work;
    } walk{&refs, &reached, &work};
    while (!work.empty()) {
        Object* o = work.back();
        work.pop_back();
        traverse(
            o,
            [](Object* child, void* arg) {
                auto& w = *static_cast<Walk*>(arg);
                if (w.refs->count(child) && w.reached->insert(child).second) w.work->push_back(child);
            },
            &walk);
    }
    return reached;
}

}  // namespace

HeapState read_heap_state() {
    HeapState state;
    if (gc_is_collecting()) return state;
    std::vector<Object*> tracked;
    for (int g = 0; g < kGenerations; ++g)
        gc_for_each(g, [&](Object* o) {
            state.generation[o] = g;
            tracked.push_back(o);
        });
    RefTable refs = external_refs(tracked);
    std::unordered_set<const Object*> reached = reachable_from_outside(tracked, refs);
    for (Object* o : tracked)
        if (!reached.count(o)) {
            state.garbage.insert(o);
            state.garbage_order.push_back(o);
        }
    return state;
}

}  // namespace minipy::interp::memviz
