// Comparing two ints that fit a machine word, two floats or two strs
// (exact types) directly: no bool object, no recursion check, since nothing
// in them can call back into Python. The runtime's compare() and the
// evaluator's comparisons both start here (CPython 3.11's COMPARE_OP
// specialisations and its sort's unsafe_*_compare do the same).
#pragma once

#include "runtime/core/operators.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/text/str.hpp"

namespace minipy {

// Two strs compared for order: out of line, so that the callers' common
// paths (numbers, str equality) save no registers for a memcmp.
[[gnu::noinline]] inline int compare_str_order(const Str* a, const Str* b, CompareOp op) {
    return compare_values(str_compare_text(a, b), 0, op);
}

// a OP b: 1 or 0; -1 when the pair is of another kind.
inline int compare_scalars(Object* a, Object* b, CompareOp op) {
    if (a->type != b->type) return -1;
    if (is_machine_int(a) && is_machine_int(b))
        return compare_values(static_cast<Int*>(a)->small, static_cast<Int*>(b)->small, op);
    if (a->type == &FloatType) return compare_values(static_cast<Float*>(a)->value, static_cast<Float*>(b)->value, op);
    if (a->type == &StrType) {
        auto* x = static_cast<Str*>(a);
        auto* y = static_cast<Str*>(b);
        if (op == CompareOp::Eq) return str_equal(x, y);
        if (op == CompareOp::Ne) return !str_equal(x, y);
        return compare_str_order(x, y, op);
    }
    return -1;
}

}  // namespace minipy
