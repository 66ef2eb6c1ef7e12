// The collector's view of the heap for memviz (heap_state.hpp); the
// reachability phases follow CPython 3.11's Modules/gcmodule.c.
#include "interpreter/memviz/heap_state.hpp"

#include "runtime/core/gc.hpp"
#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

#include <algorithm>
#include <cstdint>
#include <functional>

namespace minipy::interp::memviz {

std::ptrdiff_t HeapState::index_of(const Object* o) const {
    auto it = std::lower_bound(objects.begin(), objects.end(), o, std::less<const Object*>());
    return it != objects.end() && *it == o ? it - objects.begin() : -1;
}

int HeapState::generation_of(const Object* o) const {
    std::ptrdiff_t i = index_of(o);
    return i < 0 ? -1 : generations[static_cast<std::size_t>(i)];
}

bool HeapState::is_garbage(const Object* o) const {
    std::ptrdiff_t i = index_of(o);
    return i >= 0 && garbage_flags[static_cast<std::size_t>(i)];
}

namespace {

void traverse(const Object* o, VisitFn visit, void* arg) {
    Object* object = const_cast<Object*>(o);
    if (object->type->traverse) object->type->traverse(object, visit, arg);
}

// update_refs + subtract_refs: what is left of each count once the
// references from other tracked objects are taken away is the number of
// references from outside (frames, the interpreter's own roots).
std::vector<std::int64_t> external_refs(const HeapState& state) {
    std::vector<std::int64_t> refs(state.objects.size());
    for (std::size_t i = 0; i < refs.size(); ++i) refs[i] = state.objects[i]->refcount;
    struct Subtract {
        const HeapState* state;
        std::vector<std::int64_t>* refs;
    } subtract{&state, &refs};
    for (const Object* o : state.objects)
        traverse(
            o,
            [](Object* child, void* arg) {
                auto& s = *static_cast<Subtract*>(arg);
                if (std::ptrdiff_t i = s.state->index_of(child); i >= 0) --(*s.refs)[static_cast<std::size_t>(i)];
            },
            &subtract);
    return refs;
}

// move_unreachable: everything a referenced-from-outside object reaches is
// reachable too; what is left is garbage.
std::vector<char> reachable_from_outside(const HeapState& state, const std::vector<std::int64_t>& refs) {
    std::vector<char> reached(state.objects.size(), 0);
    std::vector<std::size_t> work;
    for (std::size_t i = 0; i < refs.size(); ++i)
        if (refs[i] > 0) {
            reached[i] = 1;
            work.push_back(i);
        }
    struct Walk {
        const HeapState* state;
        std::vector<char>* reached;
        std::vector<std::size_t>* work;
    } walk{&state, &reached, &work};
    while (!work.empty()) {
        const Object* o = state.objects[work.back()];
        work.pop_back();
        traverse(
            o,
            [](Object* child, void* arg) {
                auto& w = *static_cast<Walk*>(arg);
                std::ptrdiff_t i = w.state->index_of(child);
                if (i < 0 || (*w.reached)[static_cast<std::size_t>(i)]) return;
                (*w.reached)[static_cast<std::size_t>(i)] = 1;
                w.work->push_back(static_cast<std::size_t>(i));
            },
            &walk);
    }
    return reached;
}

}  // namespace

HeapState read_heap_state() {
    HeapState state;
    if (gc_is_collecting()) return state;
    std::vector<std::pair<const Object*, signed char>> tracked;  // in list order
    for (int g = 0; g < kGenerations; ++g)
        gc_for_each(g, [&](Object* o) { tracked.push_back({o, static_cast<signed char>(g)}); });
    std::vector<std::pair<const Object*, signed char>> sorted = tracked;
    std::sort(sorted.begin(), sorted.end(),
              [](const auto& a, const auto& b) { return std::less<const Object*>()(a.first, b.first); });
    state.objects.reserve(sorted.size());
    state.generations.reserve(sorted.size());
    for (const auto& [o, g] : sorted) {
        state.objects.push_back(o);
        state.generations.push_back(g);
    }
    const std::vector<char> reached = reachable_from_outside(state, external_refs(state));
    state.garbage_flags.assign(state.objects.size(), 0);
    for (std::size_t i = 0; i < reached.size(); ++i) state.garbage_flags[i] = !reached[i];
    for (const auto& [o, g] : tracked)
        if (state.is_garbage(o)) state.garbage_order.push_back(const_cast<Object*>(o));
    return state;
}

}  // namespace minipy::interp::memviz
