// float: construction, repr, hashing, conversions, the float() constructor
// and the methods of float. The operators live in float_arith.cpp.
#include "runtime/objects/float.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/buffer.hpp"
#include "runtime/objects/bytes.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/number_internal.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/number_format.hpp"
#include "runtime/text/str.hpp"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace minipy {

Type FloatType;

// Freed floats are kept for reuse, as CPython's float free list: arithmetic
// makes and drops floats at a high rate, and the next float made takes the
// address the last one freed (as in CPython).
static FreeList<Float, 100> free_floats;

void float_free_list_fill(int n) { free_floats.fill(n, &FloatType, sizeof(Float)); }

// Past the free list, a float's block comes from the pool's fast path, as
// CPython's comes from pymalloc once its free list is empty.
static_assert(sizeof(Float) == 24, "CPython's float is 24 bytes, a pool block of its own");

Ref<Float> float_from(double value) {
    Float* f = free_floats.take(&FloatType);
    if (!f) {
        f = static_cast<Float*>(heap_pool_take(sizeof(Float)));
        if (__builtin_expect(f == nullptr, false)) {
            auto r = new_object<Float>(&FloatType);
            r->value = value;
            return r;
        }
        f->refcount = 1;
        f->type = &FloatType;
    }
    f->value = value;
    return adopt(f);
}

static double value_of(Object* o) { return cast<Float>(o)->value; }

// float(x) for a float-like x: the object itself when it is exactly a float.
static Ref<> float_exact(Object* o) {
    if (o->type == &FloatType) return share(o);
    return float_from(value_of(o));
}

std::string float_repr(double value) { return double_to_string(value, 'r', 0, dtsf::kAddDot0); }

// _Py_HashDouble: the hash of the exact rational value, so that
// hash(2.0) == hash(2) and hash(0.5) == hash(Fraction(1, 2)).
std::int64_t float_hash(double v) {
    constexpr int kBits = 61;
    constexpr std::uint64_t kModulus = (std::uint64_t{1} << kBits) - 1;
    if (!std::isfinite(v)) {
        if (std::isinf(v)) return v > 0 ? 314159 : -314159;
        return 0;  // the slot hashes nan by identity, as CPython 3.10+
    }
    int e;
    double m = std::frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    // Process 28 bits at a time; this should work for any 53-bit mantissa.
    std::uint64_t x = 0;
    while (m != 0.0) {
        x = ((x << 28) & kModulus) | x >> (kBits - 28);
        m *= 268435456.0;  // 2**28
        e -= 28;
        auto y = static_cast<std::uint64_t>(m);
        m -= static_cast<double>(y);
        x += y;
        if (x >= kModulus) x -= kModulus;
    }
    // Multiply by 2**e, i.e. rotate by e modulo 61.
    e = e >= 0 ? e % kBits : kBits - 1 - ((-1 - e) % kBits);
    x = ((x << e) & kModulus) | x >> (kBits - e);
    auto h = static_cast<std::int64_t>(x) * sign;
    return h == -1 ? -2 : h;
}

// PyFloat_AsDouble.
bool to_double(Object* o, double& out) {
    if (is_float(o)) {
        out = value_of(o);
        return true;
    }
    if (is_int(o)) {
        bool overflow;
        out = int_to_double(as_int(o), overflow);
        if (overflow) return raise(exc::OverflowError, "int too large to convert to float"), false;
        return true;
    }
    if (o->type->to_float) {
        Ref<> r = o->type->to_float(o);
        if (!r) return false;
        if (!is_float(r.get())) {
            raisef(exc::TypeError, "{}.__float__ returned non-float (type {})", type_name(o), type_name(r.get()));
            return false;
        }
        out = value_of(r.get());
        return true;
    }
    if (o->type->to_index) {
        Ref<> i = number_index(o);
        if (!i) return false;
        return to_double(i.get(), out);
    }
    raisef(exc::TypeError, "must be real number, not {}", type_name(o));
    return false;
}

// ------------------------------------------------------------- float(str)

// Strict decimal syntax of _Py_dg_strtod plus _Py_parse_inf_or_nan:
//   [sign] (digits [. [digits]] | . digits) [(e|E) [sign] digits] | [sign] inf | infinity | nan
static bool parse_decimal_float(std::string_view s, double& out) {
    std::size_t i = 0;
    bool negative = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
    std::string_view word = s.substr(i);
    auto iequals = [](std::string_view a, std::string_view b) {
        if (a.size() != b.size()) return false;
        for (std::size_t k = 0; k < a.size(); ++k)
            if ((a[k] | 0x20) != b[k]) return false;
        return true;
    };
    if (iequals(word, "inf") || iequals(word, "infinity")) {
        out = negative ? -HUGE_VAL : HUGE_VAL;
        return true;
    }
    if (iequals(word, "nan")) {
        out = negative ? -NAN : NAN;
        return true;
    }
    auto digits = [&] {
        std::size_t start = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
        return i - start;
    };
    std::size_t mantissa_digits = digits();
    if (i < s.size() && s[i] == '.') {
        ++i;
        mantissa_digits += digits();
    }
    if (mantissa_digits == 0) return false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
        if (digits() == 0) return false;
    }
    if (i != s.size()) return false;
    // from_chars is correctly rounded (and takes no sign); out of range it
    // leaves the value alone, where glibc's strtod gives inf or 0.0 as
    // CPython does.
    std::string_view number = s.substr(s.size() - word.size());
    double magnitude;
    const auto r = std::from_chars(number.data(), number.data() + number.size(), magnitude);
    if (r.ec == std::errc() && r.ptr == number.data() + number.size()) {
        out = negative ? -magnitude : magnitude;
        return true;
    }
    std::string text(s);
    out = std::strtod(text.c_str(), nullptr);
    return true;
}

// PyFloat_FromString for a str.
static Ref<> float_parse_str(Str* text) {
    auto fail = [&] { return raisef(exc::ValueError, "could not convert string to float: {}", str_repr(text)); };
    auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    if (text->ascii()) {
        // The usual text: ASCII without underscores is parsed where it lies.
        std::string_view s = text->view();
        if (s.find('_') == std::string_view::npos) {
            while (!s.empty() && space(s.front())) s.remove_prefix(1);
            while (!s.empty() && space(s.back())) s.remove_suffix(1);
            double value;
            if (!parse_decimal_float(s, value)) return fail();
            return float_from(value);
        }
    }
    std::string ascii = transform_decimal_and_space(StrUtf8(text).view());
    // PEP 515: an underscore only between two digits.
    std::string cleaned;
    char prev = '\0';
    for (char c : ascii) {
        bool digit = c >= '0' && c <= '9';
        if (c == '_') {
            if (!(prev >= '0' && prev <= '9')) return fail();
        } else {
            if (prev == '_' && !digit) return fail();
            cleaned.push_back(c);
        }
        prev = c;
    }
    if (prev == '_') return fail();
    std::string_view s = cleaned;
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    double value;
    if (!parse_decimal_float(s, value)) return fail();
    return float_from(value);
}

// PyNumber_Float.
Ref<> float_from_object(Object* o) {
    if (o->type == &FloatType) return share(o);
    Type* type = o->type;
    if (type->to_float) {
        Ref<> r = type->to_float(o);
        if (!r || r->type == &FloatType) return r;
        if (!is_float(r.get()))
            return raisef(exc::TypeError, "{}.__float__ returned non-float (type {})", type_name(o), type_name(r.get()));
        return float_from(value_of(r.get()));  // CPython warns (DeprecationWarning) and copies
    }
    if (type->to_index) {
        Ref<> i = number_index(o);
        if (!i) return nullptr;
        double d;
        if (!to_double(i.get(), d)) return nullptr;
        return float_from(d);
    }
    if (is_float(o)) return float_from(value_of(o));
    if (is_str(o)) return float_parse_str(cast<Str>(o));
    std::string holder;
    std::string_view raw;
    const int got = bytes_like(o, holder, raw);
    if (got < 0) return nullptr;
    if (got > 0) {
        // PyFloat_FromString of a bytes-like object: its ASCII text; the error shows the bytes.
        if (std::all_of(raw.begin(), raw.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
            Ref<Str> text = str_from(raw);
            Ref<> value = float_parse_str(text.get());
            if (value || !error_matches(exc::ValueError)) return value;
            clear_error();
        }
        return raisef(exc::ValueError, "could not convert string to float: {}", bytes_repr(raw));
    }
    return raisef(exc::TypeError, "float() argument must be a string or a real number, not '{}'", type_name(o));
}

// float(x=0.0, /)
static Ref<> float_new(Type* type, const Args& args) {
    if (!check_no_keywords("float", args)) return nullptr;
    if (!check_arg_range("float", args, 0, 1)) return nullptr;
    Ref<> value = args.size() == 0 ? float_from(0.0) : float_from_object(args[0]);
    if (!value || type == &FloatType) return value;
    auto r = new_object<Float>(type);
    r->value = value_of(value.get());
    gc_track(r.get());  // as every instance of a class (its dict can close a cycle)
    return r;
}

// ------------------------------------------------------------------ slots

// An instance of a float subclass; out of line, so that float_destroy's
// common path saves no registers.
[[gnu::noinline]] static void float_subclass_destroy(Float* f) { delete_object(f); }

static void float_destroy(Object* o) {
    if (o->type != &FloatType) return float_subclass_destroy(cast<Float>(o));
    if (!free_floats.give(cast<Float>(o))) object_free_pooled(o, sizeof(Float));
}

static Ref<> float_repr_slot(Object* o) { return str_from(float_repr(value_of(o))); }

static std::int64_t float_hash_slot(Object* o) {
    double v = value_of(o);
    if (std::isnan(v)) {
        // _Py_HashPointer: the address rotated by 4 bits (alignment).
        auto y = reinterpret_cast<std::uintptr_t>(o);
        y = (y >> 4) | (y << (8 * sizeof(y) - 4));
        auto h = static_cast<std::int64_t>(y);
        return h == -1 ? -2 : h;
    }
    return float_hash(v);
}

static int float_to_bool(Object* o) { return value_of(o) != 0.0; }

static Ref<> float_to_int(Object* o) { return int_from_double(value_of(o)); }

static Ref<> float_to_float(Object* o) { return float_exact(o); }

// --------------------------------------------------------------- methods

static Ref<> float_is_integer(Object* self, const Args& args) {
    if (!check_no_args("float.is_integer", args)) return nullptr;
    double v = value_of(self);
    return bool_from(std::isfinite(v) && std::floor(v) == v);
}

static Ref<> float_conjugate(Object* self, const Args& args) {
    if (!check_no_args("float.conjugate", args)) return nullptr;
    return float_exact(self);
}

static Ref<> float_trunc(Object* self, const Args& args) {
    if (!check_no_args("float.__trunc__", args)) return nullptr;
    return int_from_double(value_of(self));
}

static Ref<> float_floor(Object* self, const Args& args) {
    if (!check_no_args("float.__floor__", args)) return nullptr;
    return int_from_double(std::floor(value_of(self)));
}

static Ref<> float_ceil(Object* self, const Args& args) {
    if (!check_no_args("float.__ceil__", args)) return nullptr;
    return int_from_double(std::ceil(value_of(self)));
}

static Ref<> float_getnewargs(Object* self, const Args& args) {
    if (!check_no_args("float.__getnewargs__", args)) return nullptr;
    Ref<> v = float_from(value_of(self));
    return tuple_from({v.get()});
}

// The exact value as a fraction in lowest terms.
static Ref<> float_as_integer_ratio(Object* self, const Args& args) {
    if (!check_no_args("float.as_integer_ratio", args)) return nullptr;
    double v = value_of(self);
    if (std::isinf(v)) return raise(exc::OverflowError, "cannot convert Infinity to integer ratio");
    if (std::isnan(v)) return raise(exc::ValueError, "cannot convert NaN to integer ratio");
    int exponent;
    double fraction = std::frexp(v, &exponent);
    for (int i = 0; i < 300 && fraction != std::floor(fraction); ++i) {
        fraction *= 2.0;
        exponent--;
    }
    Mpz numerator, denominator(1);
    mpz_set_d(numerator, fraction);
    if (exponent > 0)
        mpz_mul_2exp(numerator, numerator, static_cast<mp_bitcnt_t>(exponent));
    else
        mpz_mul_2exp(denominator, denominator, static_cast<mp_bitcnt_t>(-exponent));
    Ref<> n = numerator.take(), d = denominator.take();
    return tuple_from({n.get(), d.get()});
}

// round(x, ndigits): the exact value rounded half-even to ndigits decimal
// places, then correctly rounded back to a double. This is what CPython's
// double_round computes through a dtoa string and strtod.
static Ref<> float_round_digits(double x, std::int64_t ndigits) {
    constexpr std::int64_t kMaxDigits = 323;   // (DBL_MANT_DIG - DBL_MIN_EXP) * log10(2)
    constexpr std::int64_t kMinDigits = -308;  // -(DBL_MAX_EXP + 1) * log10(2)
    if (!std::isfinite(x) || ndigits > kMaxDigits) return float_from(x);
    if (ndigits < kMinDigits) return float_from(0.0 * x);
    // |x| = mantissa * 2**exponent exactly.
    int exponent;
    double m = std::frexp(std::fabs(x), &exponent);
    Mpz num, den(1), pow10, q, r, twice;
    mpz_set_d(num, std::ldexp(m, 53));
    exponent -= 53;
    if (exponent > 0)
        mpz_mul_2exp(num, num, static_cast<mp_bitcnt_t>(exponent));
    else
        mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(-exponent));
    mpz_ui_pow_ui(pow10, 10, static_cast<unsigned long>(ndigits >= 0 ? ndigits : -ndigits));
    if (ndigits >= 0)
        mpz_mul(num, num, pow10);
    else
        mpz_mul(den, den, pow10);
    mpz_fdiv_qr(q, r, num, den);
    mpz_mul_2exp(twice, r, 1);
    int c = mpz_cmp(twice, den);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    bool overflow;
    double result;
    if (ndigits >= 0) {
        result = mpz_ratio_to_double(q, pow10, overflow);
    } else {
        mpz_mul(q, q, pow10);
        result = mpz_to_double(q, overflow);
    }
    if (overflow) return raise(exc::OverflowError, "rounded value too large to represent");
    return float_from(std::copysign(result, x));
}

static Ref<> float_round(Object* self, const Args& args) {
    if (!check_no_keywords("float.__round__", args)) return nullptr;
    if (!check_arg_range("__round__", args, 0, 1)) return nullptr;
    double x = value_of(self);
    if (args.size() == 0 || args[0] == None) {
        double rounded = std::round(x);
        if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);  // ties to even
        return int_from_double(rounded);
    }
    // PyNumber_AsSsize_t(ndigits, NULL): clamps instead of overflowing.
    Ref<> nd = number_index(args[0]);
    if (!nd) return nullptr;
    std::int64_t ndigits;
    if (auto v = int_to_i64(as_int(nd.get())))
        ndigits = *v;
    else
        ndigits = int_sign(as_int(nd.get())) < 0 ? INT64_MIN : INT64_MAX;
    return float_round_digits(x, ndigits);
}

static Ref<> float_format_method(Object* self, const Args& args) {
    if (!check_one_arg("float.__format__", args)) return nullptr;
    if (!is_str(args[0]))
        return raisef(exc::TypeError, "__format__() argument must be str, not {}", type_name(args[0]));
    return format_float(self, StrUtf8(cast<Str>(args[0])).view());
}

// float.hex(): "0x1.8000000000000p+0" (CPython's float_hex).
static Ref<> float_hex(Object* self, const Args& args) {
    if (!check_no_args("float.hex", args)) return nullptr;
    double x = value_of(self);
    if (std::isnan(x) || std::isinf(x)) return str_from(float_repr(x));
    if (x == 0.0) return str_from(std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    int e;
    double m = std::frexp(std::fabs(x), &e);
    int shift = 1 - std::max(-1021 - e, 0);  // DBL_MIN_EXP: subnormals keep a leading 0
    m = std::ldexp(m, shift);
    e -= shift;
    static const char kHex[] = "0123456789abcdef";
    std::string s;
    s.push_back(kHex[static_cast<int>(m)]);
    m -= static_cast<int>(m);
    s.push_back('.');
    for (int i = 0; i < 13; ++i) {  // (DBL_MANT_DIG - 1) / 4
        m *= 16.0;
        s.push_back(kHex[static_cast<int>(m)]);
        m -= static_cast<int>(m);
    }
    return str_from(fmt::format("{}0x{}p{}{}", x < 0 ? "-" : "", s, e < 0 ? '-' : '+', e < 0 ? -e : e));
}

// float.fromhex(s): [sign] ['0x'] hexdigits ['.' hexdigits] ['p' exponent], or inf/nan.
static bool parse_hex_float(std::string_view s, double& out, bool& overflow) {
    overflow = false;
    auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    bool negative = false;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        negative = s[0] == '-';
        s.remove_prefix(1);
    }
    std::string lower;
    for (char c : s) lower.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    if (lower == "inf" || lower == "infinity" || lower == "nan") {
        out = lower == "nan" ? NAN : HUGE_VAL;
        if (negative) out = -out;
        return true;
    }
    std::string_view t = lower;
    if (t.size() >= 2 && t[0] == '0' && t[1] == 'x') t.remove_prefix(2);
    auto hexval = [](char c) { return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1; };
    std::string digits;
    std::int64_t frac_digits = 0;
    std::size_t i = 0;
    while (i < t.size() && hexval(t[i]) >= 0) digits.push_back(t[i++]);
    if (i < t.size() && t[i] == '.') {
        ++i;
        while (i < t.size() && hexval(t[i]) >= 0) {
            digits.push_back(t[i++]);
            ++frac_digits;
        }
    }
    if (digits.empty()) return false;
    std::int64_t exp = 0;
    if (i < t.size() && t[i] == 'p') {
        ++i;
        bool exp_negative = false;
        if (i < t.size() && (t[i] == '+' || t[i] == '-')) exp_negative = t[i++] == '-';
        std::size_t start = i;
        while (i < t.size() && t[i] >= '0' && t[i] <= '9') {
            if (exp < 1'000'000'000) exp = exp * 10 + (t[i] - '0');
            ++i;
        }
        if (i == start) return false;
        if (exp_negative) exp = -exp;
    }
    if (i != t.size()) return false;
    Mpz mantissa, scale(1);
    mpz_set_str(mantissa, digits.c_str(), 16);
    exp -= 4 * frac_digits;
    double value = 0.0;
    if (mpz_sgn(mantissa) != 0) {
        auto bits = static_cast<std::int64_t>(mpz_sizeinbase(mantissa, 2));
        if (bits + exp > 1025) {
            overflow = true;
            return true;
        }
        if (bits + exp < -1080) {
            value = 0.0;  // below half the smallest subnormal
        } else {
            if (exp > 0)
                mpz_mul_2exp(mantissa, mantissa, static_cast<mp_bitcnt_t>(exp));
            else
                mpz_mul_2exp(scale, scale, static_cast<mp_bitcnt_t>(-exp));
            value = mpz_ratio_to_double(mantissa, scale, overflow);
            if (overflow) return true;
        }
    }
    out = negative ? -value : value;
    return true;
}

static Ref<> float_fromhex(Object* cls, const Args& args) {
    if (!check_one_arg("fromhex", args)) return nullptr;
    if (!is_str(args[0]))
        return raisef(exc::TypeError, "fromhex() argument must be str, not {}", type_name(args[0]));
    double value = 0.0;
    bool overflow;
    if (!parse_hex_float(cast<Str>(args[0])->view(), value, overflow))
        return raise(exc::ValueError, "invalid hexadecimal floating-point string");
    if (overflow) return raise(exc::OverflowError, "hexadecimal value too large to represent as a float");
    Ref<> result = float_from(value);
    if (cls == &FloatType) return result;
    return call(cls, {result.get()});  // a subclass gets cls(result), as CPython
}

static Ref<> float_divmod_method(Object* self, const Args& args) {
    if (!check_one_arg("float.__divmod__", args)) return nullptr;
    return float_divmod(self, args[0]);
}

static Ref<> float_rdivmod_method(Object* self, const Args& args) {
    if (!check_one_arg("float.__rdivmod__", args)) return nullptr;
    return float_divmod(args[0], self);
}

static Ref<> float_get_real(Object* self) { return float_exact(self); }
static Ref<> float_get_imag(Object*) { return float_from(0.0); }

void float_type_init() {
    type_init_builtin(FloatType, "float", &ObjectType, sizeof(Float), type_flags::kBaseType);
    FloatType.destroy = float_destroy;
    FloatType.repr = float_repr_slot;
    FloatType.hash = float_hash_slot;
    FloatType.new_instance = float_new;
    FloatType.to_bool = float_to_bool;
    FloatType.to_int = float_to_int;
    FloatType.to_float = float_to_float;
    float_install_number_slots(FloatType);

    static const MethodDef methods[] = {
        {"is_integer", float_is_integer},
        {"conjugate", float_conjugate},
        {"as_integer_ratio", float_as_integer_ratio},
        {"hex", float_hex},
        {"fromhex", float_fromhex, MethodKind::Class},
        {"__trunc__", float_trunc},
        {"__floor__", float_floor},
        {"__ceil__", float_ceil},
        {"__round__", float_round},
        {"__format__", float_format_method},
        {"__divmod__", float_divmod_method},
        {"__rdivmod__", float_rdivmod_method},
        {"__getnewargs__", float_getnewargs},
    };
    add_methods(FloatType, methods, std::size(methods));
    add_getsets(FloatType, {
        {"real", float_get_real},
        {"imag", float_get_imag},
    });
    type_ready(FloatType);
}

}  // namespace minipy
