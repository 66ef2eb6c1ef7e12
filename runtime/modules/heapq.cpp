// The _heapq module: the heap operations of lib/heapq.py in C++ (CPython's
// Modules/_heapqmodule.c), which heapq imports over its Python versions.
//
// A heap is a list with heap[k] <= heap[2k+1] and heap[k] <= heap[2k+2];
// the _max variants keep the opposite order for heapq.merge(reverse=True)
// and nlargest. Only `<` compares. Comparisons run Python code that may
// change the list: after each one the list's size is checked (RuntimeError,
// as in CPython) and the items array is read again.
#include "runtime/modules/modules.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/singletons.hpp"

#include <fmt/format.h>

#include <cstdint>
#include <string_view>

namespace minipy {

namespace {

// a < b, or b < a for the max-heaps: 1, 0, or -1 on error. Both operands
// are held for the comparison, which may drop the list's references.
int before(Object* a, Object* b, bool max_heap) {
    Ref<> hold_a = share(a), hold_b = share(b);
    return max_heap ? compare_bool(b, a, CompareOp::Lt) : compare_bool(a, b, CompareOp::Lt);
}

bool check_size(List* heap, std::int64_t size) {
    if (heap->size == size) return true;
    raise(exc::RuntimeError, "list changed size during iteration");
    return false;
}

// Moves the item at pos toward the root past the parents it comes before
// (Python's _siftdown(heap, startpos, pos)).
bool sift_toward_root(List* heap, std::int64_t top, std::int64_t pos, bool max_heap) {
    const std::int64_t size = heap->size;
    if (pos >= size) {
        raise(exc::IndexError, "index out of range");
        return false;
    }
    while (pos > top) {
        std::int64_t parent = (pos - 1) >> 1;
        int cmp = before(heap->items[pos], heap->items[parent], max_heap);
        if (cmp < 0 || !check_size(heap, size)) return false;
        if (cmp == 0) break;
        std::swap(heap->items[pos], heap->items[parent]);
        pos = parent;
    }
    return true;
}

// Walks the item at pos down to a leaf along the children that come first,
// then lets it rise to its place (Python's _siftup(heap, pos)): fewer
// comparisons than stopping early, since most items belong low.
bool sift_toward_leaves(List* heap, std::int64_t pos, bool max_heap) {
    const std::int64_t end = heap->size;
    const std::int64_t top = pos;
    if (pos >= end) {
        raise(exc::IndexError, "index out of range");
        return false;
    }
    const std::int64_t limit = end >> 1;  // the first position without children
    while (pos < limit) {
        std::int64_t child = 2 * pos + 1;
        if (child + 1 < end) {
            int cmp = before(heap->items[child], heap->items[child + 1], max_heap);
            if (cmp < 0 || !check_size(heap, end)) return false;
            if (cmp == 0) ++child;
        }
        std::swap(heap->items[child], heap->items[pos]);
        pos = child;
    }
    return sift_toward_root(heap, top, pos, max_heap);
}

// "heappush() argument 1 must be list, not int" (Argument Clinic's wording;
// `which` is empty for one-argument functions).
List* heap_argument(Object* o, std::string_view function, std::string_view which) {
    if (is_list(o)) return cast<List>(o);
    raisef(exc::TypeError, "{}() argument{} must be list, not {}", function, which,
           o == None ? "None" : type_name(o));
    return nullptr;
}

// The messages name the module for the checks CPython's method machinery
// makes ("_heapq.heappop() takes exactly one argument"), not for those of
// Argument Clinic ("heappush expected 2 arguments").
bool two_args(std::string_view function, const Args& args) {
    return check_no_keywords(fmt::format("_heapq.{}", function), args) && check_arg_range(function, args, 2, 2);
}

bool one_arg(std::string_view function, const Args& args) {
    return check_one_arg(fmt::format("_heapq.{}", function), args);
}

Ref<> heappush(Object*, const Args& args) {
    if (!two_args("heappush", args)) return nullptr;
    List* heap = heap_argument(args[0], "heappush", " 1");
    if (!heap || !list_append(heap, args[1])) return nullptr;
    if (!sift_toward_root(heap, 0, heap->size - 1, false)) return nullptr;
    return none();
}

Ref<> pop_top(Object* const o, std::string_view function, bool max_heap) {
    List* heap = heap_argument(o, function, "");
    if (!heap) return nullptr;
    if (heap->size == 0) return raise(exc::IndexError, "index out of range");
    Ref<> last = list_pop_last(heap);
    if (!last || heap->size == 0) return last;
    Ref<> top = share(heap->items[0]);
    set_slot(heap->items[0], last.get());
    if (!sift_toward_leaves(heap, 0, max_heap)) return nullptr;
    return top;
}

Ref<> heappop(Object*, const Args& args) {
    if (!one_arg("heappop", args)) return nullptr;
    return pop_top(args[0], "heappop", false);
}

Ref<> heappop_max(Object*, const Args& args) {
    if (!one_arg("_heappop_max", args)) return nullptr;
    return pop_top(args[0], "_heappop_max", true);
}

Ref<> replace_top(const Args& args, std::string_view function, bool max_heap) {
    if (!two_args(function, args)) return nullptr;
    List* heap = heap_argument(args[0], function, " 1");
    if (!heap) return nullptr;
    if (heap->size == 0) return raise(exc::IndexError, "index out of range");
    Ref<> top = share(heap->items[0]);
    set_slot(heap->items[0], args[1]);
    if (!sift_toward_leaves(heap, 0, max_heap)) return nullptr;
    return top;
}

Ref<> heapreplace(Object*, const Args& args) { return replace_top(args, "heapreplace", false); }
Ref<> heapreplace_max(Object*, const Args& args) { return replace_top(args, "_heapreplace_max", true); }

// Pushes then pops: the item itself comes back when it comes before the top.
Ref<> heappushpop(Object*, const Args& args) {
    if (!two_args("heappushpop", args)) return nullptr;
    List* heap = heap_argument(args[0], "heappushpop", " 1");
    if (!heap) return nullptr;
    if (heap->size == 0) return share(args[1]);
    int cmp = before(heap->items[0], args[1], false);
    if (cmp < 0) return nullptr;
    if (cmp == 0) return share(args[1]);
    if (heap->size == 0) return raise(exc::IndexError, "index out of range");
    Ref<> top = share(heap->items[0]);
    set_slot(heap->items[0], args[1]);
    if (!sift_toward_leaves(heap, 0, false)) return nullptr;
    return top;
}

// Every position with children, bottom up: linear time. (CPython visits
// big heaps in a cache-friendlier order; each subtree is still finished
// before its parent, so the resulting list is the same.)
Ref<> make_heap(Object* const o, std::string_view function, bool max_heap) {
    List* heap = heap_argument(o, function, "");
    if (!heap) return nullptr;
    for (std::int64_t pos = (heap->size >> 1) - 1; pos >= 0; --pos)
        if (!sift_toward_leaves(heap, pos, max_heap)) return nullptr;
    return none();
}

Ref<> heapify(Object*, const Args& args) {
    if (!one_arg("heapify", args)) return nullptr;
    return make_heap(args[0], "heapify", false);
}

Ref<> heapify_max(Object*, const Args& args) {
    if (!one_arg("_heapify_max", args)) return nullptr;
    return make_heap(args[0], "_heapify_max", true);
}

}  // namespace

Ref<Module> make_heapq_module() {
    Ref<Module> m = module_new("_heapq", ModuleOrigin::BuiltIn);
    add_module_functions(m.get(), {
                                      {"heappush", heappush},
                                      {"heappop", heappop},
                                      {"heapreplace", heapreplace},
                                      {"heappushpop", heappushpop},
                                      {"heapify", heapify},
                                      {"_heappop_max", heappop_max},
                                      {"_heapreplace_max", heapreplace_max},
                                      {"_heapify_max", heapify_max},
                                  });
    return m;
}

}  // namespace minipy
