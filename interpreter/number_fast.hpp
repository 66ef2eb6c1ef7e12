// Fast paths for arithmetic on the commonest operands, as CPython 3.11's
// specialized BINARY_OP: two exact ints that fit a machine word, two exact
// floats, or a float and such an int. Each returns null when the operands
// (or an overflow, a division by zero) need the general protocol, which then
// also produces the errors. (Comparisons: runtime/core/scalar_compare.hpp.)
#pragma once

#include "runtime/core/operators.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/singletons.hpp"

#include <cmath>
#include <cstdint>

namespace minipy::interp {

// Python's floor division and modulo on machine ints (b != 0, no overflow).
inline std::int64_t floor_div(std::int64_t a, std::int64_t b) {
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
    return q;
}
inline std::int64_t floor_mod(std::int64_t a, std::int64_t b) {
    std::int64_t m = a % b;
    if (m != 0 && ((m < 0) != (b < 0))) m += b;
    return m;
}

inline Ref<> int_fast_binary(std::int64_t a, std::int64_t b, BinaryOp op) {
    std::int64_t r;
    switch (op) {
        case BinaryOp::Add:
            if (__builtin_add_overflow(a, b, &r)) return nullptr;
            return int_from(r);
        case BinaryOp::Sub:
            if (__builtin_sub_overflow(a, b, &r)) return nullptr;
            return int_from(r);
        case BinaryOp::Mul:
            if (__builtin_mul_overflow(a, b, &r)) return nullptr;
            return int_from(r);
        case BinaryOp::FloorDiv:
            if (b == 0 || (a == INT64_MIN && b == -1)) return nullptr;
            return int_from(floor_div(a, b));
        case BinaryOp::Mod:
            if (b == 0 || (a == INT64_MIN && b == -1)) return nullptr;
            return int_from(floor_mod(a, b));
        case BinaryOp::And: return int_from(a & b);
        case BinaryOp::Or: return int_from(a | b);
        case BinaryOp::Xor: return int_from(a ^ b);
        default: return nullptr;
    }
}

inline Ref<> float_fast_binary(double a, double b, BinaryOp op) {
    switch (op) {
        case BinaryOp::Add: return float_from(a + b);
        case BinaryOp::Sub: return float_from(a - b);
        case BinaryOp::Mul: return float_from(a * b);
        case BinaryOp::TrueDiv:
            if (b == 0.0) return nullptr;
            return float_from(a / b);
        default: return nullptr;
    }
}

inline Ref<> fast_binary(Object* l, Object* r, BinaryOp op) {
    const bool li = is_machine_int(l), ri = is_machine_int(r);
    if (li && ri) return int_fast_binary(static_cast<Int*>(l)->small, static_cast<Int*>(r)->small, op);
    const bool lf = l->type == &FloatType, rf = r->type == &FloatType;
    if ((lf || li) && (rf || ri) && (lf || rf)) {
        double a = lf ? static_cast<Float*>(l)->value : static_cast<double>(static_cast<Int*>(l)->small);
        double b = rf ? static_cast<Float*>(r)->value : static_cast<double>(static_cast<Int*>(r)->small);
        return float_fast_binary(a, b, op);
    }
    return nullptr;
}

}  // namespace minipy::interp
