// The operators of float, with CPython 3.11's results and messages
// (Objects/floatobject.c). Mixed int/float operands are converted with
// PyLong_AsDouble's correct rounding; comparisons with ints are exact.
#include "runtime/core/errors.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/number_internal.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <cerrno>
#include <cmath>
#include <cstring>

namespace minipy {

namespace {

double value_of(Object* o) { return cast<Float>(o)->value; }

enum class Converted { Ok, NotImplemented, Error };

// CONVERT_TO_DOUBLE for both operands: floats and ints take part, anything
// else makes the operator return NotImplemented.
Converted convert(Object* o, double& out) {
    if (is_float(o)) {
        out = value_of(o);
        return Converted::Ok;
    }
    if (is_int(o)) {
        bool overflow;
        out = int_to_double(as_int(o), overflow);
        if (overflow) {
            raise(exc::OverflowError, "int too large to convert to float");
            return Converted::Error;
        }
        return Converted::Ok;
    }
    return Converted::NotImplemented;
}

// Runs `op(x, y)` when both operands convert; the usual prologue of a slot.
template <class Op>
Ref<> with_doubles(Object* a, Object* b, Op op) {
    double x, y;
    Converted ca = convert(a, x);
    if (ca == Converted::Error) return nullptr;
    if (ca == Converted::NotImplemented) return not_implemented();
    Converted cb = convert(b, y);
    if (cb == Converted::Error) return nullptr;
    if (cb == Converted::NotImplemented) return not_implemented();
    return op(x, y);
}

bool is_odd_integer(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }

// OverflowError(34, 'Numerical result out of range'), as PyErr_SetFromErrno.
std::nullptr_t raise_from_errno(Type* type, int err) {
    Ref<> code = int_from(err);
    Ref<> message = str_from(std::strerror(err));
    Object* values[2] = {code.get(), message.get()};
    Ref<> e = exception_new(type, Args{values, 2});
    if (e) raise_chained(std::move(e));
    return nullptr;
}

// _float_div_mod: the floor quotient and remainder of vx / wx (wx != 0),
// with the remainder taking the divisor's sign.
void float_div_mod(double vx, double wx, double& floordiv, double& mod) {
    mod = std::fmod(vx, wx);
    // fmod is exact, so vx - mod is a multiple of wx up to rounding.
    double div = (vx - mod) / wx;
    if (mod != 0.0) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1.0;
        }
    } else {
        mod = std::copysign(0.0, wx);
    }
    if (div != 0.0) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;  // snap to the nearest integral value
    } else {
        floordiv = std::copysign(0.0, vx / wx);
    }
}

Ref<> float_add(Object* a, Object* b) {
    return with_doubles(a, b, [](double x, double y) -> Ref<> { return float_from(x + y); });
}

Ref<> float_sub(Object* a, Object* b) {
    return with_doubles(a, b, [](double x, double y) -> Ref<> { return float_from(x - y); });
}

Ref<> float_mul(Object* a, Object* b) {
    return with_doubles(a, b, [](double x, double y) -> Ref<> { return float_from(x * y); });
}

Ref<> float_true_divide(Object* a, Object* b) {
    return with_doubles(a, b, [](double x, double y) -> Ref<> {
        if (y == 0.0) return raise(exc::ZeroDivisionError, "float division by zero");
        return float_from(x / y);
    });
}

Ref<> float_floor_divide(Object* a, Object* b) {
    return with_doubles(a, b, [](double x, double y) -> Ref<> {
        if (y == 0.0) return raise(exc::ZeroDivisionError, "float floor division by zero");
        double q, r;
        float_div_mod(x, y, q, r);
        return float_from(q);
    });
}

Ref<> float_mod(Object* a, Object* b) {
    return with_doubles(a, b, [](double x, double y) -> Ref<> {
        if (y == 0.0) return raise(exc::ZeroDivisionError, "float modulo");
        double mod = std::fmod(x, y);
        if (mod != 0.0) {
            if ((y < 0) != (mod < 0)) mod += y;
        } else {
            mod = std::copysign(0.0, y);  // fmod's zero sign varies by platform
        }
        return float_from(mod);
    });
}

Ref<> float_pow(Object* a, Object* b) {
    return with_doubles(a, b, [](double x, double y) { return float_pow_values(x, y); });
}

Ref<> float_power3(Object* a, Object* b, Object* c) {
    if (c != None) return raise(exc::TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    return float_pow(a, b);
}

Ref<> float_neg(Object* a) { return float_from(-value_of(a)); }
Ref<> float_pos(Object* a) {
    if (a->type == &FloatType) return share(a);
    return float_from(value_of(a));
}
Ref<> float_abs(Object* a) { return float_from(std::fabs(value_of(a))); }

// sign(x - i) for a finite or infinite x, exactly (float_richcompare).
int compare_double_int(double x, const Int* i) {
    if (std::isinf(x)) return x > 0 ? 1 : -1;
    constexpr std::int64_t kExact = std::int64_t{1} << 53;
    if (!i->is_big() && i->small >= -kExact && i->small <= kExact) {
        auto y = static_cast<double>(i->small);
        return (x > y) - (x < y);
    }
    double whole = std::trunc(x);
    Mpz w;
    mpz_set_d(w, whole);
    int c = mpz_cmp(w, MpzView(i));
    if (c != 0) return c > 0 ? 1 : -1;
    double fraction = x - whole;
    return (fraction > 0) - (fraction < 0);
}

Ref<> float_compare(Object* a, Object* b, CompareOp op) {
    if (!is_float(a)) {  // called with the float on the right: swap the question
        if (!is_float(b)) return not_implemented();
        std::swap(a, b);
        op = names_of(op).reflected;
    }
    double x = value_of(a);
    int c;
    if (is_float(b)) {
        double y = value_of(b);
        if (std::isnan(x) || std::isnan(y)) return bool_from(op == CompareOp::Ne);
        c = (x > y) - (x < y);
    } else if (is_int(b)) {
        if (std::isnan(x)) return bool_from(op == CompareOp::Ne);
        c = compare_double_int(x, as_int(b));
    } else {
        return not_implemented();
    }
    return bool_from(three_way_holds(c, op));
}

}  // namespace

// CPython's float_pow after operand conversion.
Ref<> float_pow_values(double iv, double iw) {
    if (iw == 0.0) return float_from(1.0);  // v**0 is 1, even 0**0 and nan**0
    if (std::isnan(iv)) return float_from(iv);
    if (std::isnan(iw)) return float_from(iv == 1.0 ? 1.0 : iw);
    if (std::isinf(iw)) {
        // v**inf is 0 for |v| < 1, 1 for |v| == 1, inf for |v| > 1; v**-inf the reverse.
        iv = std::fabs(iv);
        if (iv == 1.0) return float_from(1.0);
        if ((iw > 0.0) == (iv > 1.0)) return float_from(std::fabs(iw));
        return float_from(0.0);
    }
    if (std::isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0.0) return float_from(odd ? iv : std::fabs(iv));
        return float_from(odd ? std::copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        bool odd = is_odd_integer(iw);
        if (iw < 0.0) return raise(exc::ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return float_from(odd ? iv : 0.0);
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != std::floor(iw)) {
            // CPython returns a complex number here; minipy has no complex type.
            return raise(exc::ValueError, "negative number cannot be raised to a fractional power");
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) return float_from(negate ? -1.0 : 1.0);  // (-1)**large_int, robustly
    errno = 0;
    double ix = std::pow(iv, iw);
    // _Py_ADJUST_ERANGE1: overflow is an error, underflow is not.
    if (errno == 0) {
        if (std::isinf(ix)) errno = ERANGE;
    } else if (errno == ERANGE && ix == 0.0) {
        errno = 0;
    }
    if (negate) ix = -ix;
    if (errno != 0) return raise_from_errno(errno == ERANGE ? exc::OverflowError : exc::ValueError, errno);
    return float_from(ix);
}

Ref<> float_divmod(Object* a, Object* b) {
    return with_doubles(a, b, [](double x, double y) -> Ref<> {
        if (y == 0.0) return raise(exc::ZeroDivisionError, "float divmod()");
        double q, r;
        float_div_mod(x, y, q, r);
        Ref<> qf = float_from(q), rf = float_from(r);
        return tuple_from({qf.get(), rf.get()});
    });
}

void float_install_number_slots(Type& type) {
    auto set = [&](BinaryOp op, BinaryFn fn) { type.binary[static_cast<int>(op)] = fn; };
    set(BinaryOp::Add, float_add);
    set(BinaryOp::Sub, float_sub);
    set(BinaryOp::Mul, float_mul);
    set(BinaryOp::TrueDiv, float_true_divide);
    set(BinaryOp::FloorDiv, float_floor_divide);
    set(BinaryOp::Mod, float_mod);
    set(BinaryOp::Pow, float_pow);
    type.power = float_power3;
    type.unary[static_cast<int>(UnaryOp::Neg)] = float_neg;
    type.unary[static_cast<int>(UnaryOp::Pos)] = float_pos;
    type.unary[static_cast<int>(UnaryOp::Abs)] = float_abs;
    type.compare = float_compare;
}

}  // namespace minipy
