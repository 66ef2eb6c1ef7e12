// Fast paths for arithmetic on the commonest operands, as CPython 3.11's
// specialized BINARY_OP: two exact ints that fit a machine word, two exact
// floats, or a float and such an int. Each declines (false, or null) when
// the operands, an overflow or a division by zero need the general
// protocol, which then also produces the errors. (Comparisons:
// runtime/core/scalar_compare.hpp.)
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

// A number passed between nodes without an object: the value of an exact
// int that fits a machine word, or of an exact float. Nested arithmetic
// (`a * b + c`, `(acc * 31 + k) % m`) hands its intermediate results on
// unboxed, so only the outermost result becomes an object; CPython's stack
// machine makes and frees one object per operator. The objects skipped are
// temporaries no name can reach (only the addresses later objects take can
// differ: tests/golden/DEVIATIONS.md); tracemalloc would see them, so the
// evaluator boxes every result while it traces. Left uninitialised until a producer
// sets it (unbox, unboxed_binary): zeroing every temporary costs more than
// the arithmetic.
struct Unboxed {
    bool is_float;
    union {
        std::int64_t i;
        double f;
    };
};

inline bool unbox(const Object* o, Unboxed& out) {
    if (is_machine_int(o)) {
        out.is_float = false;
        out.i = static_cast<const Int*>(o)->small;
        return true;
    }
    if (o->type == &FloatType) {
        out.is_float = true;
        out.f = static_cast<const Float*>(o)->value;
        return true;
    }
    return false;
}

inline Ref<> box(const Unboxed& u) {
    if (u.is_float) return float_from(u.f);
    return int_from(u.i);
}

// a OP b on machine ints; false on overflow, a zero divisor or an operator
// left to the general protocol (true division, powers).
inline bool int_binary_unboxed(std::int64_t a, std::int64_t b, BinaryOp op, std::int64_t& r) {
    switch (op) {
        case BinaryOp::Add: return !__builtin_add_overflow(a, b, &r);
        case BinaryOp::Sub: return !__builtin_sub_overflow(a, b, &r);
        case BinaryOp::Mul: return !__builtin_mul_overflow(a, b, &r);
        case BinaryOp::FloorDiv:
            if (b == 0 || (a == INT64_MIN && b == -1)) return false;
            r = floor_div(a, b);
            return true;
        case BinaryOp::Mod:
            if (b == 0 || (a == INT64_MIN && b == -1)) return false;
            r = floor_mod(a, b);
            return true;
        case BinaryOp::LShift:
            // Only shifts whose result fits: the bits shifted out must be
            // copies of the sign.
            if (b < 0 || b > 62 || ((a << b) >> b) != a) return false;
            r = a << b;
            return true;
        case BinaryOp::RShift:
            if (b < 0) return false;
            r = a >> (b > 63 ? 63 : b);
            return true;
        case BinaryOp::And: r = a & b; return true;
        case BinaryOp::Or: r = a | b; return true;
        case BinaryOp::Xor: r = a ^ b; return true;
        default: return false;
    }
}

inline bool float_binary_unboxed(double a, double b, BinaryOp op, double& r) {
    switch (op) {
        case BinaryOp::Add: r = a + b; return true;
        case BinaryOp::Sub: r = a - b; return true;
        case BinaryOp::Mul: r = a * b; return true;
        case BinaryOp::TrueDiv:
            if (b == 0.0) return false;
            r = a / b;
            return true;
        default: return false;
    }
}

// a OP b for two unboxed numbers: two ints give an int, a float with a
// float or an int gives a float (the int converted as float(int) does).
inline bool unboxed_binary(const Unboxed& a, const Unboxed& b, BinaryOp op, Unboxed& out) {
    if (a.is_float && b.is_float) {
        out.is_float = true;
        return float_binary_unboxed(a.f, b.f, op, out.f);
    }
    if (!a.is_float && !b.is_float) {
        out.is_float = false;
        return int_binary_unboxed(a.i, b.i, op, out.i);
    }
    const double x = a.is_float ? a.f : static_cast<double>(a.i);
    const double y = b.is_float ? b.f : static_cast<double>(b.i);
    out.is_float = true;
    return float_binary_unboxed(x, y, op, out.f);
}

// a OP b for two unboxed numbers: 1 or 0; -1 when the general comparison
// must decide (an int and a float, where the int may not convert exactly).
inline int unboxed_compare(const Unboxed& a, const Unboxed& b, CompareOp op) {
    if (a.is_float != b.is_float) return -1;
    return a.is_float ? compare_values(a.f, b.f, op) : compare_values(a.i, b.i, op);
}

// l OP r for two objects of the kinds above, as a new object; null when
// the general protocol must decide.
inline Ref<> fast_binary(Object* l, Object* r, BinaryOp op) {
    Unboxed a, b, result;
    if (!unbox(l, a) || !unbox(r, b) || !unboxed_binary(a, b, op, result)) return nullptr;
    return box(result);
}

}  // namespace minipy::interp
