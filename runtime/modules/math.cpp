// The `math` module: floating-point functions with CPython 3.11's special
// cases and errors (Modules/mathmodule.c). The rule CPython follows, and so
// do we: a NaN result from a non-NaN argument is ValueError("math domain
// error"); an infinite result from a finite argument is OverflowError("math
// range error") for functions that can overflow and ValueError for poles.
// The integer functions are in math_integer.cpp.
#include "runtime/modules/math.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/modules/math_internal.hpp"
#include "runtime/objects/builtin_function.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/number_internal.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"

#include <cerrno>
#include <cfloat>
#include <climits>
#include <cmath>
#include <numbers>
#include <vector>

namespace minipy::math_module {

namespace {

std::nullptr_t domain_error() { return raise(exc::ValueError, "math domain error"); }
std::nullptr_t range_error() { return raise(exc::OverflowError, "math range error"); }

// is_error: turns errno into the Python exception, ignoring underflow.
// Returns true when an exception was set.
bool is_error(double r, int err) {
    if (err == EDOM) return domain_error(), true;
    if (err == ERANGE) {
        // Underflow (a result near zero) is not an error.
        if (std::fabs(r) >= 1.5) return range_error(), true;
        return false;
    }
    raise(exc::ValueError, "math domain error");
    return true;
}

// math_1: a float function of one float argument.
Ref<> math_1(Object* arg, double (*func)(double), bool can_overflow) {
    double x;
    if (!to_double(arg, x)) return nullptr;
    errno = 0;
    double r = func(x);
    int err = errno;
    if (std::isnan(r) && !std::isnan(x)) return domain_error();  // invalid argument
    if (std::isinf(r) && std::isfinite(x)) return can_overflow ? range_error() : domain_error();  // overflow or pole
    if (std::isfinite(r) && err && is_error(r, err)) return nullptr;
    return float_from(r);
}

// math_1a: for functions that set errno themselves (gamma, lgamma, erf).
Ref<> math_1a(Object* arg, double (*func)(double)) {
    double x;
    if (!to_double(arg, x)) return nullptr;
    errno = 0;
    double r = func(x);
    if (errno && is_error(r, errno)) return nullptr;
    return float_from(r);
}

// math_2: a float function of two float arguments.
Ref<> math_2(const Args& args, std::string_view name, std::string_view qualified, double (*func)(double, double)) {
    if (!check_no_keywords(qualified, args)) return nullptr;
    if (!check_arg_range(name, args, 2, 2)) return nullptr;
    double x, y;
    if (!to_double(args[0], x) || !to_double(args[1], y)) return nullptr;
    double r = func(x, y);
    int err = 0;
    if (std::isnan(r)) {
        if (!std::isnan(x) && !std::isnan(y)) err = EDOM;
    } else if (std::isinf(r)) {
        if (std::isfinite(x) && std::isfinite(y)) err = ERANGE;
    }
    if (err && is_error(r, err)) return nullptr;
    return float_from(r);
}

// m_log, m_log2, m_log10: errors by value, never by errno.
template <double (*F)(double)>
double m_log_any(double x) {
    if (std::isfinite(x)) {
        if (x > 0.0) return F(x);
        return x == 0.0 ? -HUGE_VAL : NAN;  // math_1 reports both as a domain error
    }
    if (std::isnan(x) || x > 0.0) return x;
    return NAN;
}
double c_log(double x) { return std::log(x); }
double c_log2(double x) { return std::log2(x); }
double c_log10(double x) { return std::log10(x); }

// loghelper: logs of ints of any size (beyond the double range too).
Ref<> loghelper(Object* arg, double (*func)(double)) {
    if (is_int(arg)) {
        Int* i = as_int(arg);
        if (int_sign(i) <= 0) return domain_error();
        bool overflow;
        double x = int_to_double(i, overflow);
        if (!overflow) return float_from(func(x));
        // arg = x * 2**e with x in [0.5, 1): log(arg) = log(x) + e * log(2).
        MpzView v(i);
        auto e = static_cast<long>(mpz_sizeinbase(v, 2));
        Mpz scale(1);
        mpz_mul_2exp(scale, scale, static_cast<mp_bitcnt_t>(e));
        x = mpz_ratio_to_double(v, scale, overflow);
        if (x == 1.0) {
            x = 0.5;
            ++e;
        }
        return float_from(func(x) + func(2.0) * static_cast<double>(e));
    }
    return math_1(arg, func, false);
}

#define MATH_FUNC1(name, expr, can_overflow)                                    \
    Ref<> math_##name(Object*, const Args& args) {                                     \
        if (!check_one_arg("math." #name, args)) return nullptr;                \
        return math_1(args[0], [](double x) -> double { return expr; }, can_overflow); \
    }

MATH_FUNC1(acos, std::acos(x), false)
MATH_FUNC1(acosh, std::acosh(x), false)
MATH_FUNC1(asin, std::asin(x), false)
MATH_FUNC1(asinh, std::asinh(x), false)
MATH_FUNC1(atan, std::atan(x), false)
MATH_FUNC1(atanh, std::atanh(x), false)
MATH_FUNC1(cbrt, std::cbrt(x), false)
MATH_FUNC1(cos, std::cos(x), false)
MATH_FUNC1(cosh, std::cosh(x), true)
MATH_FUNC1(exp, std::exp(x), true)
MATH_FUNC1(exp2, std::exp2(x), true)
MATH_FUNC1(expm1, std::expm1(x), true)
MATH_FUNC1(fabs, std::fabs(x), false)
MATH_FUNC1(log1p, std::log1p(x), false)
MATH_FUNC1(sin, std::sin(x), false)
MATH_FUNC1(sinh, std::sinh(x), true)
MATH_FUNC1(sqrt, std::sqrt(x), false)
MATH_FUNC1(tan, std::tan(x), false)
MATH_FUNC1(tanh, std::tanh(x), false)
#undef MATH_FUNC1

Ref<> math_erf(Object*, const Args& args) {
    if (!check_one_arg("math.erf", args)) return nullptr;
    return math_1a(args[0], [](double x) { return std::erf(x); });
}

Ref<> math_erfc(Object*, const Args& args) {
    if (!check_one_arg("math.erfc", args)) return nullptr;
    return math_1a(args[0], [](double x) { return std::erfc(x); });
}

Ref<> math_gamma(Object*, const Args& args) {
    if (!check_one_arg("math.gamma", args)) return nullptr;
    return math_1a(args[0], m_tgamma);
}

Ref<> math_lgamma(Object*, const Args& args) {
    if (!check_one_arg("math.lgamma", args)) return nullptr;
    return math_1a(args[0], m_lgamma);
}

// math.log(x[, base])
Ref<> math_log(Object*, const Args& args) {
    if (!check_no_keywords("math.log", args)) return nullptr;
    if (args.size() < 1 || args.size() > 2) return raise(exc::TypeError, "math.log requires 1 to 2 arguments");
    Ref<> num = loghelper(args[0], m_log_any<c_log>);
    if (!num || args.size() == 1) return num;
    Ref<> den = loghelper(args[1], m_log_any<c_log>);
    if (!den) return nullptr;
    return binary_op(num.get(), den.get(), BinaryOp::TrueDiv);  // "float division by zero" for base 1
}

Ref<> math_log2(Object*, const Args& args) {
    if (!check_one_arg("math.log2", args)) return nullptr;
    return loghelper(args[0], m_log_any<c_log2>);
}

Ref<> math_log10(Object*, const Args& args) {
    if (!check_one_arg("math.log10", args)) return nullptr;
    return loghelper(args[0], m_log_any<c_log10>);
}

Ref<> math_atan2(Object*, const Args& args) {
    return math_2(args, "atan2", "math.atan2", [](double y, double x) { return std::atan2(y, x); });
}

Ref<> math_copysign(Object*, const Args& args) {
    return math_2(args, "copysign", "math.copysign", [](double x, double y) { return std::copysign(x, y); });
}

Ref<> math_remainder(Object*, const Args& args) {
    return math_2(args, "remainder", "math.remainder", [](double x, double y) {
        // IEEE 754 remainder; CPython's m_remainder special cases agree with C99's.
        if (std::isfinite(x) && std::isinf(y)) return x;
        return std::remainder(x, y);
    });
}

Ref<> math_fmod(Object*, const Args& args) {
    if (!check_no_keywords("math.fmod", args)) return nullptr;
    if (!check_arg_range("fmod", args, 2, 2)) return nullptr;
    double x, y;
    if (!to_double(args[0], x) || !to_double(args[1], y)) return nullptr;
    if (std::isinf(y) && std::isfinite(x)) return float_from(x);  // fmod(x, +-inf) == x
    double r = std::fmod(x, y);
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error();
    return float_from(r);
}

// math.pow: IEEE specials handled directly; errors instead of complex results.
Ref<> math_pow(Object*, const Args& args) {
    if (!check_no_keywords("math.pow", args)) return nullptr;
    if (!check_arg_range("pow", args, 2, 2)) return nullptr;
    double x, y;
    if (!to_double(args[0], x) || !to_double(args[1], y)) return nullptr;
    double r = 0.0;
    int err = 0;
    if (!std::isfinite(x) || !std::isfinite(y)) {
        if (std::isnan(x)) {
            r = y == 0.0 ? 1.0 : x;  // nan**0 == 1
        } else if (std::isnan(y)) {
            r = x == 1.0 ? 1.0 : y;  // 1**nan == 1
        } else if (std::isinf(x)) {
            bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
            if (y > 0.0)
                r = odd_y ? x : std::fabs(x);
            else if (y == 0.0)
                r = 1.0;
            else
                r = odd_y ? std::copysign(0.0, x) : 0.0;
        } else {  // y is infinite
            if (std::fabs(x) == 1.0)
                r = 1.0;
            else if (y > 0.0 && std::fabs(x) > 1.0)
                r = y;
            else if (y < 0.0 && std::fabs(x) < 1.0)
                r = -y;  // +inf
            else
                r = 0.0;
        }
    } else {
        r = std::pow(x, y);
        if (std::isnan(r))
            err = EDOM;  // (-ve) ** (finite non-integer)
        else if (std::isinf(r))
            err = x == 0.0 ? EDOM : ERANGE;  // 0 ** negative, or overflow
    }
    if (err && is_error(r, err)) return nullptr;
    return float_from(r);
}

// math.floor / math.ceil: exact floats directly, else __floor__/__ceil__,
// else through float.
Ref<> rounding(Object* arg, const char* method, double (*op)(double)) {
    if (arg->type == &FloatType) return int_from_double(op(cast<Float>(arg)->value));
    if (type_lookup(arg->type, method)) return call_method(arg, method, {});
    if (error_pending()) return nullptr;
    double x;
    if (!to_double(arg, x)) return nullptr;
    return int_from_double(op(x));
}

Ref<> math_floor(Object*, const Args& args) {
    if (!check_one_arg("math.floor", args)) return nullptr;
    return rounding(args[0], "__floor__", [](double x) { return std::floor(x); });
}

Ref<> math_ceil(Object*, const Args& args) {
    if (!check_one_arg("math.ceil", args)) return nullptr;
    return rounding(args[0], "__ceil__", [](double x) { return std::ceil(x); });
}

Ref<> math_trunc(Object*, const Args& args) {
    if (!check_one_arg("math.trunc", args)) return nullptr;
    Object* x = args[0];
    if (x->type == &FloatType) return int_from_double(cast<Float>(x)->value);
    if (!type_lookup(x->type, "__trunc__")) {
        if (error_pending()) return nullptr;
        return raisef(exc::TypeError, "type {} doesn't define __trunc__ method", type_name(x));
    }
    return call_method(x, "__trunc__", {});
}

Ref<> math_degrees(Object*, const Args& args) {
    if (!check_one_arg("math.degrees", args)) return nullptr;
    double x;
    if (!to_double(args[0], x)) return nullptr;
    return float_from(x * (180.0 / std::numbers::pi));
}

Ref<> math_radians(Object*, const Args& args) {
    if (!check_one_arg("math.radians", args)) return nullptr;
    double x;
    if (!to_double(args[0], x)) return nullptr;
    return float_from(x * (std::numbers::pi / 180.0));
}

Ref<> math_isfinite(Object*, const Args& args) {
    if (!check_one_arg("math.isfinite", args)) return nullptr;
    double x;
    if (!to_double(args[0], x)) return nullptr;
    return bool_from(std::isfinite(x));
}

Ref<> math_isinf(Object*, const Args& args) {
    if (!check_one_arg("math.isinf", args)) return nullptr;
    double x;
    if (!to_double(args[0], x)) return nullptr;
    return bool_from(std::isinf(x));
}

Ref<> math_isnan(Object*, const Args& args) {
    if (!check_one_arg("math.isnan", args)) return nullptr;
    double x;
    if (!to_double(args[0], x)) return nullptr;
    return bool_from(std::isnan(x));
}

// math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)
Ref<> math_isclose(Object*, const Args& args) {
    static const ArgSpec spec{"isclose", {"a", "b", "rel_tol", "abs_tol"}, 2, 0, 2};
    Object* p[4];
    if (!parse_args(args, spec, p)) return nullptr;
    double a, b, rel_tol = 1e-09, abs_tol = 0.0;
    if (!to_double(p[0], a) || !to_double(p[1], b)) return nullptr;
    if (p[2] && !to_double(p[2], rel_tol)) return nullptr;
    if (p[3] && !to_double(p[3], abs_tol)) return nullptr;
    if (rel_tol < 0.0 || abs_tol < 0.0) return raise(exc::ValueError, "tolerances must be non-negative");
    if (a == b) return bool_from(true);  // also equal infinities
    if (std::isinf(a) || std::isinf(b)) return bool_from(false);
    double diff = std::fabs(b - a);
    return bool_from(diff <= std::fabs(rel_tol * b) || diff <= std::fabs(rel_tol * a) || diff <= abs_tol);
}

Ref<> math_modf(Object*, const Args& args) {
    if (!check_one_arg("math.modf", args)) return nullptr;
    double x;
    if (!to_double(args[0], x)) return nullptr;
    double fraction, whole;
    if (std::isinf(x)) {
        fraction = std::copysign(0.0, x);
        whole = x;
    } else if (std::isnan(x)) {
        fraction = whole = x;
    } else {
        fraction = std::modf(x, &whole);
    }
    Ref<> f = float_from(fraction), w = float_from(whole);
    return tuple_from({f.get(), w.get()});
}

Ref<> math_frexp(Object*, const Args& args) {
    if (!check_one_arg("math.frexp", args)) return nullptr;
    double x;
    if (!to_double(args[0], x)) return nullptr;
    int e = 0;
    if (std::isfinite(x) && x != 0.0) x = std::frexp(x, &e);  // nan, inf and 0 are returned with e = 0
    Ref<> m = float_from(x), exp = int_from(e);
    return tuple_from({m.get(), exp.get()});
}

Ref<> math_ldexp(Object*, const Args& args) {
    if (!check_no_keywords("math.ldexp", args)) return nullptr;
    if (!check_arg_range("ldexp", args, 2, 2)) return nullptr;
    double x;
    if (!to_double(args[0], x)) return nullptr;
    if (!is_int(args[1])) return raise(exc::TypeError, "Expected an int as second argument to ldexp.");
    // An exponent beyond a C long saturates, as PyLong_AsLongAndOverflow.
    Int* i = as_int(args[1]);
    std::int64_t exp = i->is_big() ? (int_sign(i) < 0 ? LONG_MIN : LONG_MAX) : i->small;
    double r;
    if (x == 0.0 || !std::isfinite(x)) {
        r = x;
    } else if (exp > INT_MAX) {
        return range_error();
    } else if (exp < INT_MIN) {
        r = std::copysign(0.0, x);
    } else {
        r = std::ldexp(x, static_cast<int>(exp));
        if (std::isinf(r)) return range_error();
    }
    return float_from(r);
}

Ref<> math_nextafter(Object*, const Args& args) {
    if (!check_no_keywords("math.nextafter", args)) return nullptr;
    if (!check_arg_range("nextafter", args, 2, 2)) return nullptr;
    double x, y;
    if (!to_double(args[0], x) || !to_double(args[1], y)) return nullptr;
    return float_from(std::nextafter(x, y));
}

Ref<> math_ulp(Object*, const Args& args) {
    if (!check_one_arg("math.ulp", args)) return nullptr;
    double x;
    if (!to_double(args[0], x)) return nullptr;
    if (std::isnan(x)) return float_from(x);
    x = std::fabs(x);
    if (std::isinf(x)) return float_from(x);
    double next = std::nextafter(x, HUGE_VAL);
    if (std::isinf(next)) return float_from(x - std::nextafter(x, -HUGE_VAL));  // x is the largest float
    return float_from(next - x);
}

// vector_norm from CPython 3.11: sqrt(sum(x*x)) for the scaled coordinates,
// with compensated (exact-as-possible) summation and a final correction
// step, so that hypot() is correctly rounded in nearly all cases.
double vector_norm(std::vector<double>& vec, double max, bool found_nan) {
    const double T27 = 134217729.0;  // ldexp(1.0, 27) + 1.0
    const auto n = vec.size();
    if (std::isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    int max_e;
    std::frexp(max, &max_e);
    if (max_e < -1023) {
        // ldexp(1.0, -max_e) would overflow: scale subnormals up first.
        for (double& x : vec) x /= DBL_MIN;
        return DBL_MIN * vector_norm(vec, max / DBL_MIN, found_nan);
    }
    double scale = std::ldexp(1.0, -max_e);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
    double x, t, hi, lo, oldcsum;
    for (double v : vec) {
        x = v * scale;
        t = x * T27;
        hi = t - (t - x);
        lo = x - hi;
        x = hi * hi;
        oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
        x = 2.0 * hi * lo;
        oldcsum = csum;
        csum += x;
        frac2 += (oldcsum - csum) + x;
        frac3 += lo * lo;
    }
    double h = std::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    x = h;
    t = x * T27;
    hi = t - (t - x);
    lo = x - hi;
    x = -hi * hi;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
    x = -2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;
    x = -lo * lo;
    oldcsum = csum;
    csum += x;
    frac3 += (oldcsum - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
}

Ref<> math_hypot(Object*, const Args& args) {
    if (!check_no_keywords("math.hypot", args)) return nullptr;
    std::vector<double> coordinates;
    double max = 0.0;
    bool found_nan = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        double x;
        if (!to_double(args[i], x)) return nullptr;
        x = std::fabs(x);
        coordinates.push_back(x);
        found_nan |= std::isnan(x);
        if (x > max) max = x;
    }
    return float_from(vector_norm(coordinates, max, found_nan));
}

// The coordinates of a point for math.dist (any iterable of numbers).
bool point_coordinates(Object* point, std::vector<double>& out) {
    Ref<> it = get_iter(point);
    if (!it) return false;
    while (Ref<> item = iter_next(it.get())) {
        double x;
        if (!to_double(item.get(), x)) return false;
        out.push_back(x);
    }
    return !error_pending();
}

Ref<> math_dist(Object*, const Args& args) {
    if (!check_no_keywords("math.dist", args)) return nullptr;
    if (!check_arg_range("dist", args, 2, 2)) return nullptr;
    std::vector<double> p, q;
    if (!point_coordinates(args[0], p) || !point_coordinates(args[1], q)) return nullptr;
    if (p.size() != q.size()) return raise(exc::ValueError, "both points must have the same number of dimensions");
    double max = 0.0;
    bool found_nan = false;
    for (std::size_t i = 0; i < p.size(); ++i) {
        double x = std::fabs(p[i] - q[i]);
        p[i] = x;
        found_nan |= std::isnan(x);
        if (x > max) max = x;
    }
    return float_from(vector_norm(p, max, found_nan));
}

// math.fsum: Shewchuk's exactly rounded sum, as CPython's math_fsum (with its
// handling of infinities, NaNs, intermediate overflow and half-even rounding
// across partials).
Ref<> math_fsum(Object*, const Args& args) {
    if (!check_one_arg("math.fsum", args)) return nullptr;
    Ref<> it = get_iter(args[0]);
    if (!it) return nullptr;
    std::vector<double> p;  // partials, increasing magnitude, non-overlapping
    double special_sum = 0.0, inf_sum = 0.0;
    double x, y, t, hi, yr, lo = 0.0;
    while (Ref<> item = iter_next(it.get())) {
        if (!to_double(item.get(), x)) return nullptr;
        double xsave = x;
        std::size_t i = 0;
        for (std::size_t j = 0; j < p.size(); ++j) {
            y = p[j];
            if (std::fabs(x) < std::fabs(y)) {
                t = x;
                x = y;
                y = t;
            }
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        p.resize(i);
        if (x != 0.0) {
            if (!std::isfinite(x)) {
                // From a nan or inf summand, or an intermediate overflow.
                if (std::isfinite(xsave)) return raise(exc::OverflowError, "intermediate overflow in fsum");
                if (std::isinf(xsave)) inf_sum += xsave;
                special_sum += xsave;
                p.clear();
            } else {
                p.push_back(x);
            }
        }
    }
    if (error_pending()) return nullptr;
    if (special_sum != 0.0) {
        if (std::isnan(inf_sum)) return raise(exc::ValueError, "-inf + inf in fsum");
        return float_from(special_sum);
    }
    hi = 0.0;
    std::size_t n = p.size();
    if (n > 0) {
        hi = p[--n];
        // Sum from the top, stopping when the sum becomes inexact.
        while (n > 0) {
            x = hi;
            y = p[--n];
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        // Make half-even rounding work across multiple partials: needed so
        // that fsum([1e-16, 1, 1e16]) rounds the last digit up to two.
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            y = lo * 2.0;
            x = hi + y;
            yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    return float_from(hi);
}

const MethodDef kFunctions[] = {
    {"acos", math_acos},         {"acosh", math_acosh},       {"asin", math_asin},
    {"asinh", math_asinh},       {"atan", math_atan},         {"atan2", math_atan2},
    {"atanh", math_atanh},       {"cbrt", math_cbrt},         {"ceil", math_ceil},
    {"comb", comb},              {"copysign", math_copysign}, {"cos", math_cos},
    {"cosh", math_cosh},         {"degrees", math_degrees},   {"dist", math_dist},
    {"erf", math_erf},           {"erfc", math_erfc},         {"exp", math_exp},
    {"exp2", math_exp2},         {"expm1", math_expm1},       {"fabs", math_fabs},
    {"factorial", factorial},    {"floor", math_floor},       {"fmod", math_fmod},
    {"frexp", math_frexp},       {"fsum", math_fsum},         {"gamma", math_gamma},
    {"gcd", gcd},                {"hypot", math_hypot},       {"isclose", math_isclose},
    {"isfinite", math_isfinite}, {"isinf", math_isinf},       {"isnan", math_isnan},
    {"isqrt", isqrt},            {"lcm", lcm},                {"ldexp", math_ldexp},
    {"lgamma", math_lgamma},     {"log", math_log},           {"log10", math_log10},
    {"log1p", math_log1p},       {"log2", math_log2},         {"modf", math_modf},
    {"nextafter", math_nextafter}, {"perm", perm},            {"pow", math_pow},
    {"prod", prod},              {"radians", math_radians},   {"remainder", math_remainder},
    {"sin", math_sin},           {"sinh", math_sinh},         {"sqrt", math_sqrt},
    {"tan", math_tan},           {"tanh", math_tanh},         {"trunc", math_trunc},
    {"ulp", math_ulp},
};

}  // namespace

}  // namespace minipy::math_module

namespace minipy {

Ref<Module> make_math_module() {
    Ref<Module> m = module_new("math", ModuleOrigin::BuiltIn);
    for (const MethodDef& def : math_module::kFunctions) {
        Ref<> f = builtin_function_new(&def, m.get());
        module_add(m.get(), def.name, f.get());
    }
    const std::pair<const char*, double> constants[] = {
        {"pi", std::numbers::pi},
        {"e", std::numbers::e},
        {"tau", 2 * std::numbers::pi},
        {"inf", HUGE_VAL},
        {"nan", NAN},
    };
    for (const auto& [name, value] : constants) module_add(m.get(), name, float_from(value).get());
    return m;
}

}  // namespace minipy
