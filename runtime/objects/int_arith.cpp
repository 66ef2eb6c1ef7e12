// The operators of int: arithmetic, bitwise, shifts, powers, comparisons.
//
// Every slot receives (a, b) where either operand may be the int (the other
// operand's type may have sent us here through reflection), so each starts by
// returning NotImplemented unless both are ints; `int + float` thereby ends
// up in float's slot, as in CPython. Results are always exact ints (never
// bool or a subclass). Machine-sized operands take a fast path with overflow
// checks and fall back to GMP; GMP results are normalised back to the fast
// form by Mpz::take().
#include "runtime/core/errors.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/number_internal.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"

#include <cmath>
#include <limits>

namespace minipy {

namespace {

constexpr std::int64_t kInt64Min = std::numeric_limits<std::int64_t>::min();

bool both_ints(Object* a, Object* b) { return is_int(a) && is_int(b); }
bool both_small(const Int* x, const Int* y) { return !x->is_big() && !y->is_big(); }

Ref<> int_result(Mpz& m) { return m.take(); }

// ------------------------------------------------------------- arithmetic

Ref<> int_add(Object* a, Object* b) {
    if (!both_ints(a, b)) return not_implemented();
    Int *x = as_int(a), *y = as_int(b);
    std::int64_t r;
    if (both_small(x, y) && !__builtin_add_overflow(x->small, y->small, &r)) return int_from(r);
    Mpz m;
    mpz_add(m, MpzView(x), MpzView(y));
    return int_result(m);
}

Ref<> int_sub(Object* a, Object* b) {
    if (!both_ints(a, b)) return not_implemented();
    Int *x = as_int(a), *y = as_int(b);
    std::int64_t r;
    if (both_small(x, y) && !__builtin_sub_overflow(x->small, y->small, &r)) return int_from(r);
    Mpz m;
    mpz_sub(m, MpzView(x), MpzView(y));
    return int_result(m);
}

Ref<> int_mul(Object* a, Object* b) {
    if (!both_ints(a, b)) return not_implemented();
    Int *x = as_int(a), *y = as_int(b);
    std::int64_t r;
    if (both_small(x, y) && !__builtin_mul_overflow(x->small, y->small, &r)) return int_from(r);
    Mpz m;
    mpz_mul(m, MpzView(x), MpzView(y));
    return int_result(m);
}

// int / int is correctly rounded, as CPython's long_true_divide.
Ref<> int_true_divide(Object* a, Object* b) {
    if (!both_ints(a, b)) return not_implemented();
    Int *x = as_int(a), *y = as_int(b);
    if (int_sign(y) == 0) return raise(exc::ZeroDivisionError, "division by zero");
    constexpr std::int64_t kExact = std::int64_t{1} << 53;  // both exactly representable: one rounding
    if (both_small(x, y) && x->small >= -kExact && x->small <= kExact && y->small >= -kExact && y->small <= kExact)
        return float_from(static_cast<double>(x->small) / static_cast<double>(y->small));
    bool overflow;
    double d = mpz_ratio_to_double(MpzView(x), MpzView(y), overflow);
    if (overflow) return raise(exc::OverflowError, "integer division result too large for a float");
    return float_from(d);
}

// Floor division and modulo follow the divisor's sign (Python's rule);
// GMP's fdiv_* functions implement exactly that.
bool floor_divmod_small(std::int64_t a, std::int64_t b, std::int64_t& q, std::int64_t& r) {
    if (a == kInt64Min && b == -1) return false;  // the quotient overflows
    q = a / b;
    r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) {
        r += b;
        --q;
    }
    return true;
}

Ref<> int_floor_divide(Object* a, Object* b) {
    if (!both_ints(a, b)) return not_implemented();
    Int *x = as_int(a), *y = as_int(b);
    if (int_sign(y) == 0) return raise(exc::ZeroDivisionError, "integer division or modulo by zero");
    std::int64_t q, r;
    if (both_small(x, y) && floor_divmod_small(x->small, y->small, q, r)) return int_from(q);
    Mpz m;
    mpz_fdiv_q(m, MpzView(x), MpzView(y));
    return int_result(m);
}

Ref<> int_mod(Object* a, Object* b) {
    if (!both_ints(a, b)) return not_implemented();
    Int *x = as_int(a), *y = as_int(b);
    if (int_sign(y) == 0) return raise(exc::ZeroDivisionError, "integer modulo by zero");
    std::int64_t q, r;
    if (both_small(x, y)) {
        if (!floor_divmod_small(x->small, y->small, q, r)) return int_from(0);  // INT64_MIN % -1
        return int_from(r);
    }
    Mpz m;
    mpz_fdiv_r(m, MpzView(x), MpzView(y));
    return int_result(m);
}

// --------------------------------------------------------------- powers

// Exponent >= 0, no modulus.
Ref<> int_pow_nonnegative(Int* x, Int* y) {
    if (!y->is_big() && !x->is_big()) {
        // Square-and-multiply while the result fits.
        std::int64_t base = x->small, result = 1;
        std::uint64_t e = static_cast<std::uint64_t>(y->small);
        bool overflow = false;
        while (e != 0) {
            if ((e & 1) && __builtin_mul_overflow(result, base, &result)) {
                overflow = true;
                break;
            }
            e >>= 1;
            if (e != 0 && __builtin_mul_overflow(base, base, &base)) {
                overflow = true;
                break;
            }
        }
        if (!overflow) return int_from(result);
    }
    MpzView base(x);
    // |base| <= 1 gives 0, 1 or -1 for any exponent; others must fit in memory.
    if (mpz_cmpabs_ui(base, 1) <= 0) {
        if (mpz_sgn(base) == 0) return int_from(int_sign(y) == 0 ? 1 : 0);
        if (mpz_sgn(base) > 0) return int_from(1);
        bool odd = y->is_big() ? mpz_odd_p(MpzView(y).get()) : (y->small & 1);
        return int_from(odd ? -1 : 1);
    }
    if (y->is_big()) return raise_memory_error();
    auto e = static_cast<std::uint64_t>(y->small);
    if (e > kMaxIntBits || (mpz_sizeinbase(base, 2) - 1) * e > kMaxIntBits) return raise_memory_error();
    Mpz m;
    mpz_pow_ui(m, base, e);
    return int_result(m);
}

Ref<> int_pow(Object* a, Object* b) {
    if (!both_ints(a, b)) return not_implemented();
    Int *x = as_int(a), *y = as_int(b);
    if (int_sign(y) < 0) {
        // A negative exponent gives a float (CPython hands over to float_pow).
        bool overflow_x, overflow_y;
        double dx = int_to_double(x, overflow_x), dy = int_to_double(y, overflow_y);
        if (overflow_x || overflow_y) return raise(exc::OverflowError, "int too large to convert to float");
        return float_pow_values(dx, dy);
    }
    return int_pow_nonnegative(x, y);
}

// pow(a, b, m): modular exponentiation; a negative exponent uses the modular
// inverse (Python 3.8+). The result has the sign of the modulus.
Ref<> int_power3(Object* a, Object* b, Object* c) {
    if (c == None) return int_pow(a, b);
    if (!both_ints(a, b) || !is_int(c)) return not_implemented();
    Int *x = as_int(a), *y = as_int(b), *z = as_int(c);
    if (int_sign(z) == 0) return raise(exc::ValueError, "pow() 3rd argument cannot be 0");
    Mpz modulus, base, exponent, r;
    mpz_abs(modulus, MpzView(z));
    if (mpz_cmp_ui(modulus, 1) == 0) return int_from(0);
    mpz_mod(base, MpzView(x), modulus);
    mpz_set(exponent, MpzView(y));
    if (mpz_sgn(exponent) < 0) {
        if (mpz_invert(base, base, modulus) == 0)
            return raise(exc::ValueError, "base is not invertible for the given modulus");
        mpz_neg(exponent, exponent);
    }
    mpz_powm(r, base, exponent, modulus);
    if (int_sign(z) < 0 && mpz_sgn(r) != 0) mpz_sub(r, r, modulus);
    return int_result(r);
}

// --------------------------------------------------------------- shifts

Ref<> int_lshift(Object* a, Object* b) {
    if (!both_ints(a, b)) return not_implemented();
    Int *x = as_int(a), *y = as_int(b);
    if (int_sign(y) < 0) return raise(exc::ValueError, "negative shift count");
    if (int_sign(x) == 0) return int_from(0);
    if (y->is_big()) return raise_memory_error();
    std::int64_t r;
    if (!x->is_big() && y->small < 63 && !__builtin_mul_overflow(x->small, std::int64_t{1} << y->small, &r))
        return int_from(r);
    if (static_cast<std::uint64_t>(y->small) > kMaxIntBits) return raise_memory_error();
    Mpz m;
    mpz_mul_2exp(m, MpzView(x), static_cast<mp_bitcnt_t>(y->small));
    return int_result(m);
}

Ref<> int_rshift(Object* a, Object* b) {
    if (!both_ints(a, b)) return not_implemented();
    Int *x = as_int(a), *y = as_int(b);
    if (int_sign(y) < 0) return raise(exc::ValueError, "negative shift count");
    // Shifting right floors, so everything negative ends at -1.
    if (y->is_big() || (!x->is_big() && y->small >= 64)) return int_from(int_sign(x) < 0 ? -1 : 0);
    if (!x->is_big()) return int_from(x->small >> y->small);
    Mpz m;
    mpz_fdiv_q_2exp(m, MpzView(x), static_cast<mp_bitcnt_t>(y->small));
    return int_result(m);
}

// ---------------------------------------------------------------- bitwise
// GMP's logical operations use two's complement semantics for negative
// values, which is Python's definition.

Ref<> int_and(Object* a, Object* b) {
    if (!both_ints(a, b)) return not_implemented();
    Int *x = as_int(a), *y = as_int(b);
    if (both_small(x, y)) return int_from(x->small & y->small);
    Mpz m;
    mpz_and(m, MpzView(x), MpzView(y));
    return int_result(m);
}

Ref<> int_or(Object* a, Object* b) {
    if (!both_ints(a, b)) return not_implemented();
    Int *x = as_int(a), *y = as_int(b);
    if (both_small(x, y)) return int_from(x->small | y->small);
    Mpz m;
    mpz_ior(m, MpzView(x), MpzView(y));
    return int_result(m);
}

Ref<> int_xor(Object* a, Object* b) {
    if (!both_ints(a, b)) return not_implemented();
    Int *x = as_int(a), *y = as_int(b);
    if (both_small(x, y)) return int_from(x->small ^ y->small);
    Mpz m;
    mpz_xor(m, MpzView(x), MpzView(y));
    return int_result(m);
}

// ------------------------------------------------------------------ unary

Ref<> int_neg(Object* a) {
    Int* x = as_int(a);
    if (!x->is_big() && x->small != kInt64Min) return int_from(-x->small);
    Mpz m;
    mpz_neg(m, MpzView(x));
    return int_result(m);
}

Ref<> int_pos(Object* a) {
    if (is_exact_int(a)) return share(a);
    Int* x = as_int(a);
    if (!x->is_big()) return int_from(x->small);
    return int_from_mpz(MpzView(x));
}

Ref<> int_invert(Object* a) {
    Int* x = as_int(a);
    if (!x->is_big()) return int_from(~x->small);
    Mpz m;
    mpz_com(m, MpzView(x));
    return int_result(m);
}

Ref<> int_abs(Object* a) {
    Int* x = as_int(a);
    if (int_sign(x) < 0) return int_neg(a);
    return int_pos(a);
}

// ------------------------------------------------------------- comparison

int int_cmp(const Int* x, const Int* y) {
    if (both_small(x, y)) return (x->small > y->small) - (x->small < y->small);
    int c = mpz_cmp(MpzView(x), MpzView(y));
    return (c > 0) - (c < 0);
}

Ref<> int_compare(Object* a, Object* b, CompareOp op) {
    // int vs float is decided exactly by float's slot (the reflected call).
    if (!both_ints(a, b)) return not_implemented();
    int c = int_cmp(as_int(a), as_int(b));
    return bool_from(three_way_holds(c, op));
}

}  // namespace


Ref<> int_divmod(Object* a, Object* b) {
    if (!both_ints(a, b)) return not_implemented();
    Int *x = as_int(a), *y = as_int(b);
    if (int_sign(y) == 0) return raise(exc::ZeroDivisionError, "integer division or modulo by zero");
    std::int64_t q, r;
    if (both_small(x, y) && floor_divmod_small(x->small, y->small, q, r)) {
        Ref<> qi = int_from(q), ri = int_from(r);
        return tuple_from({qi.get(), ri.get()});
    }
    Mpz mq, mr;
    mpz_fdiv_qr(mq, mr, MpzView(x), MpzView(y));
    Ref<> qi = mq.take(), ri = mr.take();
    return tuple_from({qi.get(), ri.get()});
}

void int_install_number_slots(Type& type) {
    auto set = [&](BinaryOp op, BinaryFn fn) { type.binary[static_cast<int>(op)] = fn; };
    set(BinaryOp::Add, int_add);
    set(BinaryOp::Sub, int_sub);
    set(BinaryOp::Mul, int_mul);
    set(BinaryOp::TrueDiv, int_true_divide);
    set(BinaryOp::FloorDiv, int_floor_divide);
    set(BinaryOp::Mod, int_mod);
    set(BinaryOp::Pow, int_pow);
    set(BinaryOp::LShift, int_lshift);
    set(BinaryOp::RShift, int_rshift);
    set(BinaryOp::And, int_and);
    set(BinaryOp::Xor, int_xor);
    set(BinaryOp::Or, int_or);
    type.power = int_power3;
    type.unary[static_cast<int>(UnaryOp::Neg)] = int_neg;
    type.unary[static_cast<int>(UnaryOp::Pos)] = int_pos;
    type.unary[static_cast<int>(UnaryOp::Invert)] = int_invert;
    type.unary[static_cast<int>(UnaryOp::Abs)] = int_abs;
    type.compare = int_compare;
}

}  // namespace minipy
