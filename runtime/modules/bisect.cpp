// The _bisect module: binary search and sorted insertion for lib/bisect.py
// in C++ (CPython's Modules/_bisectmodule.c), which bisect imports over its
// Python versions.
//
// Items are read with a[i] and compared with `<` only; `key`, when given,
// is applied to the items (and by the insort functions to the new item),
// never to the x searched for.
#include "runtime/modules/modules.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/singletons.hpp"

#include <cstdint>
#include <string_view>

namespace minipy {

namespace {

struct Bounds {
    Object* a;
    Object* x;
    std::int64_t lo = 0;
    std::int64_t hi = -1;  // -1: len(a), as CPython's C version reads it
    Object* key = nullptr;
};

// f(a, x, lo=0, hi=None, *, key=None), with Argument Clinic's conversions:
// lo must be an integer, hi an integer or None.
bool parse_bounds(std::string_view function, const Args& args, Bounds& out) {
    const ArgSpec spec{function, {"a", "x", "lo", "hi", "key"}, 2, 0, 4};
    Object* a[5];
    if (!parse_args(args, spec, a)) return false;
    out.a = a[0];
    out.x = a[1];
    if (a[2] && !index_to_i64(a[2], out.lo)) return false;
    if (a[3] && a[3] != None) {
        if (!is_int(a[3]) && !a[3]->type->to_index) {
            raisef(exc::TypeError, "argument should be integer or None, not '{}'", type_name(a[3]));
            return false;
        }
        if (!index_to_i64(a[3], out.hi)) return false;
    }
    out.key = a[4] && a[4] != None ? a[4] : nullptr;
    return true;
}

// The insertion point of `item` in a[lo:hi]: after equal items when `right`.
// -1 on error.
std::int64_t search(Object* a, Object* item, std::int64_t lo, std::int64_t hi, Object* key, bool right) {
    if (lo < 0) {
        raise(exc::ValueError, "lo must be non-negative");
        return -1;
    }
    if (hi == -1) {
        hi = length(a);
        if (hi < 0) return -1;
    }
    while (lo < hi) {
        auto mid = static_cast<std::int64_t>((static_cast<std::uint64_t>(lo) + static_cast<std::uint64_t>(hi)) / 2);
        Ref<> index = int_from(mid);
        Ref<> probe = getitem(a, index.get());
        if (!probe) return -1;
        if (key) {
            probe = call(key, {probe.get()});
            if (!probe) return -1;
        }
        // bisect_right goes left when x < a[mid]; bisect_left goes right
        // when a[mid] < x.
        int cmp = right ? compare_bool(item, probe.get(), CompareOp::Lt)
                        : compare_bool(probe.get(), item, CompareOp::Lt);
        if (cmp < 0) return -1;
        bool go_left = right ? cmp == 1 : cmp == 0;
        if (go_left) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}

Ref<> bisect(std::string_view function, const Args& args, bool right) {
    Bounds b;
    if (!parse_bounds(function, args, b)) return nullptr;
    std::int64_t where = search(b.a, b.x, b.lo, b.hi, b.key, right);
    if (where < 0) return nullptr;
    return int_from(where);
}

Ref<> insort(std::string_view function, const Args& args, bool right) {
    Bounds b;
    if (!parse_bounds(function, args, b)) return nullptr;
    Ref<> searched = share(b.x);
    if (b.key) {
        searched = call(b.key, {b.x});
        if (!searched) return nullptr;
    }
    std::int64_t where = search(b.a, searched.get(), b.lo, b.hi, b.key, right);
    if (where < 0) return nullptr;
    if (b.a->type == &ListType) {
        if (!list_insert(cast<List>(b.a), where, b.x)) return nullptr;
        return none();
    }
    Ref<> index = int_from(where);
    if (!call_method(b.a, "insert", {index.get(), b.x})) return nullptr;
    return none();
}

Ref<> bisect_right(Object*, const Args& args) { return bisect("bisect_right", args, true); }
Ref<> bisect_left(Object*, const Args& args) { return bisect("bisect_left", args, false); }
Ref<> insort_right(Object*, const Args& args) { return insort("insort_right", args, true); }
Ref<> insort_left(Object*, const Args& args) { return insort("insort_left", args, false); }

}  // namespace

Ref<Module> make_bisect_module() {
    Ref<Module> m = module_new("_bisect", ModuleOrigin::BuiltIn);
    add_module_functions(m.get(), {
                                      {"bisect_right", bisect_right},
                                      {"bisect_left", bisect_left},
                                      {"insort_right", insort_right},
                                      {"insort_left", insort_left},
                                  });
    return m;
}

}  // namespace minipy
