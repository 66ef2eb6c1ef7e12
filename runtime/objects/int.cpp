// int: construction, conversions, hashing, repr, the int() constructor and
// the methods of int. The operators live in int_arith.cpp, __format__ in
// number_format.cpp, parsing of int()'s strings in int_parse.cpp.
//
// Representation invariant (see int.hpp): `limbs` is non-zero only when the
// value does not fit in int64_t, so two equal ints always have the same form
// and every fast path can test `!is_big()` alone; `digits` always counts
// CPython's 30-bit digits, whatever the form.
#include "runtime/objects/int.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/heap_trace.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/buffer.hpp"
#include "runtime/objects/bytearray.hpp"
#include "runtime/objects/bytes.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/number_internal.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/number_format.hpp"
#include "runtime/text/str.hpp"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace minipy {

Type IntType;

namespace {

// CPython's small-int cache: preallocated, never freed (the cache holds one
// reference to each). Filled during static initialisation, so the cache is
// valid even for ints made by the bootstrap types before int_type_init.
Int small_ints[kSmallIntMax - kSmallIntMin + 1];
const bool small_ints_ready = [] {
    for (int v = kSmallIntMin; v <= kSmallIntMax; ++v) {
        Int& i = small_ints[v - kSmallIntMin];
        i.refcount = 1;
        i.type = &IntType;
        i.digits = v == 0 ? 0 : v < 0 ? -1 : 1;
        i.small = v;
    }
    heap_register_static(small_ints, sizeof small_ints, sizeof(Int));  // ctypes reads them
    return true;
}();

// sys.set_int_max_str_digits(); CPython's default (PEP 651 / CVE-2020-10735).
std::int64_t max_str_digits = 4300;

}  // namespace

Int* small_int(std::int64_t value) { return &small_ints[value - kSmallIntMin]; }

std::int64_t int_get_max_str_digits() { return max_str_digits; }
void int_set_max_str_digits(std::int64_t digits) { max_str_digits = digits; }

// ----------------------------------------------------------------- layout

// The object head before the digits: PyLongObject's offsetof(ob_digit).
constexpr std::size_t kIntHead = offsetof(Int, small);
static_assert(kIntHead == 24, "CPython's int head is 24 bytes");

// The count of CPython's 30-bit digits that a magnitude of `bits` bits takes.
static std::int32_t digits_for_bits(std::uint64_t bits) { return static_cast<std::int32_t>((bits + 29) / 30); }

// CPython's int.__sizeof__: the head and the digits, at least one.
static constexpr std::size_t int_object_size(std::int32_t digits) {
    return kIntHead + 4 * static_cast<std::size_t>(std::max(digits < 0 ? -digits : digits, 1));
}

// What CPython's tracemalloc sees for an int made from a machine word
// (PyLong_FromLong and the arithmetic fast paths): one digit's object comes
// from PyObject_Malloc(sizeof(PyLongObject)), 28 bytes padded to 32, though
// sys.getsizeof says 28; longer ones are asked for at their exact size.
static std::size_t int_traced_size(std::int32_t digits) {
    return std::abs(digits) == 1 ? 32 : int_object_size(digits);
}

// Exact ints (and bools) keep a big value's limbs inline; instances of int
// subclasses, whose own fields follow sizeof(Int), in a block of their own.
static bool has_inline_limbs(const Int* i) { return i->type == &IntType || i->type == &BoolType; }

const mp_limb_t* int_limb_data(const Int* i) { return has_inline_limbs(i) ? i->inline_limbs : i->own_limbs; }

static std::size_t int_allocated_size(Object* o) {
    Int* i = cast<Int>(o);
    return has_inline_limbs(i) ? int_object_size(i->digits) : o->type->basic_size;
}

// ----------------------------------------------------------------- creation

// Exact ints have no free list of their own (CPython 3.11 has none): a freed
// one goes back to its size-class pool, whose inline fast paths
// (heap_pool_take, object_free_pooled) make an int as cheap as pymalloc
// makes one, and hand the address back to the next block of its size.

// The bytes the heap gives an exact int of `digits` digits (as
// object_block_bytes: nothing in front of an int, its size rounded to the
// granule), inline for int_destroy.
static std::size_t int_block_bytes(std::int32_t digits) {
    return (int_object_size(digits) + heap_pool::kGranule - 1) & ~(heap_pool::kGranule - 1);
}

// A new exact int of `digits` digits, its value zero.
static Ref<Int> int_alloc_exact(std::int32_t digits) {
    Object* raw = object_alloc_bytes(&IntType, int_object_size(digits));
    auto* i = ::new (static_cast<void*>(raw)) Int();
    i->refcount = 1;
    i->type = &IntType;
    i->digits = digits;
    return adopt(i);
}

// int_from past the pool's fast path, out of line so that the fast path
// keeps few registers to save. While tracing, a one-digit int is traced
// anew at CPython's padded size.
[[gnu::noinline]] static Ref<Int> int_new_exact(std::int32_t digits, std::int64_t value) {
    Ref<Int> r = int_alloc_exact(digits);
    if (__builtin_expect(heap_tracing, false) && std::abs(digits) == 1)
        heap_trace_alloc(r.get(), int_traced_size(digits));
    r->small = value;
    return r;
}

// An exact int holding `value` in a block of `bytes` from the pool's fast
// path; inlined with `bytes` a constant, so the pool's arithmetic folds.
[[gnu::always_inline]] static inline Ref<Int> int_make_word(std::int32_t digits, std::int64_t value, std::size_t bytes) {
    void* block = heap_pool_take(bytes);
    if (__builtin_expect(block == nullptr, false)) return int_new_exact(digits, value);
    auto* i = static_cast<Int*>(block);
    i->refcount = 1;
    i->type = &IntType;
    i->digits = digits;
    i->limbs = 0;
    i->small = value;
    if (bytes > sizeof(Int)) static_cast<std::uint64_t*>(block)[4] = 0;  // as the slow path zero-fills
    return adopt(i);
}

Ref<Int> int_from(std::int64_t value) {
    if (value >= kSmallIntMin && value <= kSmallIntMax) return share(small_int(value));
    // A machine word takes one to three digits: a 32-byte block for one or
    // two, 40 bytes for three.
    static_assert(sizeof(Int) == 32 && int_object_size(2) <= 32 && int_object_size(3) <= 40);
    const bool negative = value < 0;
    const std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    if (__builtin_expect(magnitude < (std::uint64_t{1} << 60), true)) {
        const std::int32_t count = magnitude < (std::uint64_t{1} << 30) ? 1 : 2;
        return int_make_word(negative ? -count : count, value, 32);
    }
    return int_make_word(negative ? -3 : 3, value, 40);
}

Ref<Int> int_from_mpz_move(mpz_t value) {
    if (mpz_fits_slong_p(value)) {
        std::int64_t v = mpz_get_si(value);
        mpz_clear(value);
        return int_from(v);
    }
    std::int32_t digits = digits_for_bits(mpz_sizeinbase(value, 2));
    Ref<Int> r = int_alloc_exact(mpz_sgn(value) < 0 ? -digits : digits);
    // A limb per two digits: round8(4 * digits) bytes of payload hold them.
    r->limbs = static_cast<std::uint32_t>(mpz_size(value));
    std::memcpy(r->inline_limbs, mpz_limbs_read(value), r->limbs * sizeof(mp_limb_t));
    mpz_clear(value);
    return r;
}

Ref<Int> int_from_mpz(const mpz_t value) {
    if (mpz_fits_slong_p(value)) return int_from(mpz_get_si(value));
    Mpz copy;
    mpz_set(copy, value);
    return copy.take();
}

// An instance of an int subclass with the value of `value` (int.__new__ for
// `class MyInt(int)`).
static Ref<> int_subtype_from(Type* type, const Int* value) {
    auto r = new_object<Int>(type);
    r->digits = value->digits;
    if (value->is_big()) {
        std::size_t bytes = value->limbs * sizeof(mp_limb_t);
        r->own_limbs = static_cast<mp_limb_t*>(heap_alloc(bytes));
        if (!r->own_limbs) return raise_memory_error();
        std::memcpy(r->own_limbs, int_limb_data(value), bytes);
        r->limbs = value->limbs;
    } else {
        r->small = value->small;
    }
    gc_track(r.get());  // as every instance of a class (its dict can close a cycle)
    return r;
}

// The exact-int value of an int-like object (bool, subclass): int(x) for ints.
static Ref<> int_exact(Object* o) {
    if (is_exact_int(o)) return share(o);
    Int* i = as_int(o);
    if (!i->is_big()) return int_from(i->small);
    return int_from_mpz(MpzView(i));
}

Ref<> int_from_double(double value) {
    if (std::isnan(value)) return raise(exc::ValueError, "cannot convert float NaN to integer");
    if (std::isinf(value)) return raise(exc::OverflowError, "cannot convert float infinity to integer");
    double t = std::trunc(value);
    if (t >= -9223372036854775808.0 && t < 9223372036854775808.0) return int_from(static_cast<std::int64_t>(t));
    Mpz m;
    mpz_set_d(m, t);  // exact: t is integral
    return m.take();
}

// ---------------------------------------------------------------- conversion

std::optional<std::int64_t> int_to_i64(const Int* i) {
    if (i->is_big()) return std::nullopt;
    return i->small;
}

void int_to_mpz(const Int* i, mpz_t out) { mpz_set(out, MpzView(i)); }

int int_sign(const Int* i) { return (i->digits > 0) - (i->digits < 0); }

std::string int_to_decimal(const Int* i) {
    if (!i->is_big()) {
        char buf[24];
        auto res = std::to_chars(buf, buf + sizeof buf, i->small);
        return std::string(buf, res.ptr);
    }
    MpzView big(i);
    std::string out(mpz_sizeinbase(big, 10) + 2, '\0');
    mpz_get_str(out.data(), 10, big);
    out.resize(std::strlen(out.c_str()));
    return out;
}

static std::nullptr_t raise_too_many_digits() {
    return raisef(exc::ValueError,
                  "Exceeds the limit ({} digits) for integer string conversion; "
                  "use sys.set_int_max_str_digits() to increase the limit",
                  max_str_digits);
}

bool int_to_decimal_checked(const Int* i, std::string& out) {
    if (i->is_big() && max_str_digits > 0) {
        // mpz_sizeinbase may overestimate by one; refuse early only when even
        // the smaller count is over the limit (CPython also refuses before
        // converting), so huge values do not cost a full conversion.
        auto estimate = static_cast<std::int64_t>(mpz_sizeinbase(MpzView(i), 10));
        if (estimate - 1 > max_str_digits) return raise_too_many_digits(), false;
    }
    out = int_to_decimal(i);
    if (max_str_digits > 0) {
        auto digits = static_cast<std::int64_t>(out.size()) - (out[0] == '-' ? 1 : 0);
        if (digits > max_str_digits) return raise_too_many_digits(), false;
    }
    return true;
}

// Rounds q * 2^-drop to an integer with ties to even (`sticky` says that
// nonzero bits were already lost below q), then scales by 2^exp.
static double round_to_double(mpz_srcptr q, long drop, bool sticky, long exp, bool& overflow) {
    Mpz m;
    bool round_up = false;
    if (drop > 0) {
        mpz_tdiv_q_2exp(m, q, static_cast<mp_bitcnt_t>(drop));
        if (mpz_tstbit(q, static_cast<mp_bitcnt_t>(drop - 1))) {
            bool below = sticky || (drop >= 2 && mpz_scan1(q, 0) < static_cast<mp_bitcnt_t>(drop - 1));
            round_up = below || mpz_odd_p(m);
        }
    } else {
        mpz_set(m, q);
    }
    if (round_up) mpz_add_ui(m, m, 1);
    double result = std::ldexp(static_cast<double>(mpz_get_ui(m)), static_cast<int>(exp));
    overflow = std::isinf(result);
    return result;
}

double mpz_to_double(mpz_srcptr a, bool& overflow) {
    overflow = false;
    const long bits = static_cast<long>(mpz_sizeinbase(a, 2));
    if (bits <= 53) return mpz_get_d(a);  // exact
    if (bits > 1024) {
        overflow = true;
        return 0.0;
    }
    Mpz mag;
    mpz_abs(mag, a);
    const long drop = bits - 53;
    double r = round_to_double(mag, drop, false, drop, overflow);
    return mpz_sgn(a) < 0 ? -r : r;
}

double mpz_ratio_to_double(mpz_srcptr a, mpz_srcptr b, bool& overflow) {
    overflow = false;
    const bool negative = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
    if (mpz_sgn(a) == 0) return negative ? -0.0 : 0.0;  // CPython: 0/-5 == -0.0
    Mpz num, den, q, r;
    mpz_abs(num, a);
    mpz_abs(den, b);
    // Scale so the integer quotient has 55 or 56 significant bits: two more
    // than a double keeps, so rounding needs only q and the remainder.
    const long shift = 55 - (static_cast<long>(mpz_sizeinbase(num, 2)) - static_cast<long>(mpz_sizeinbase(den, 2)));
    if (shift > 0)
        mpz_mul_2exp(num, num, static_cast<mp_bitcnt_t>(shift));
    else if (shift < 0)
        mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(-shift));
    mpz_tdiv_qr(q, r, num, den);
    const bool sticky = mpz_sgn(r) != 0;
    // The value is (q + fraction) * 2^-shift, with 2^(qbits-1) <= q.
    const long qbits = static_cast<long>(mpz_sizeinbase(q, 2));
    const long top = qbits - 1 - shift;  // value in [2^top, 2^(top+1))
    if (top >= 1024) {
        overflow = true;
        return 0.0;
    }
    // The last kept bit's weight: 53 significant bits, fewer for subnormals.
    const long ulp = std::max(top - 52, -1074L);
    double result = round_to_double(q, ulp + shift, sticky, ulp, overflow);
    return negative ? -result : result;
}

double int_to_double(const Int* i, bool& overflow) {
    overflow = false;
    if (!i->is_big()) return static_cast<double>(i->small);  // the FPU rounds to nearest even
    return mpz_to_double(MpzView(i), overflow);
}

bool index_to_i64(Object* o, std::int64_t& out) {
    Ref<> index;
    if (!is_int(o)) {
        index = number_index(o);
        if (!index) return false;
        o = index.get();
    }
    Int* i = as_int(o);
    if (i->is_big()) {
        raise(exc::OverflowError, "Python int too large to convert to C ssize_t");
        return false;
    }
    out = i->small;
    return true;
}

// ---------------------------------------------------------------- hashing

// CPython's numeric hash: |n| mod (2**61 - 1) with n's sign; -1 becomes -2
// because -1 means "error" to the C API.
std::int64_t int_hash(const Int* i) {
    if (!i->is_big()) return int_hash_small(i->small);
    constexpr std::uint64_t kModulus = (std::uint64_t{1} << 61) - 1;
    MpzView big(i);
    const bool negative = mpz_sgn(big) < 0;
    const std::uint64_t r = mpz_tdiv_ui(big, kModulus);  // remainder of |n|
    auto h = negative ? -static_cast<std::int64_t>(r) : static_cast<std::int64_t>(r);
    return h == -1 ? -2 : h;
}

// ------------------------------------------------------------------- slots

// An instance of an int subclass; out of line, so that int_destroy's
// common path saves no registers.
[[gnu::noinline]] static void int_subclass_destroy(Int* i) {
    if (i->is_big()) heap_free(i->own_limbs, i->limbs * sizeof(mp_limb_t));
    delete_object(i);
}

static void int_destroy(Object* o) {
    Int* i = cast<Int>(o);
    // An exact int owns nothing and has nothing in front of it: straight
    // back to its pool (a bool is never destroyed, its two are static).
    if (has_inline_limbs(i)) {
        // The common sizes as constants, so the pool's arithmetic folds.
        if (i->digits >= -2 && i->digits <= 2) return object_free_pooled(i, 32);
        return object_free_pooled(i, int_block_bytes(i->digits));
    }
    int_subclass_destroy(i);
}

Ref<> int_to_str(const Int* i) {
    if (!i->is_big()) {  // the digits straight into the str (to_chars writes two at a time)
        char buf[24];
        const auto end = std::to_chars(buf, buf + sizeof buf, i->small).ptr;
        const auto n = static_cast<std::size_t>(end - buf);
        Ref<Str> s = str_new_uninit(static_cast<std::int64_t>(n), 0x7F);
        std::memcpy(s->kind_data(), buf, n);
        return s;
    }
    std::string text;
    if (!int_to_decimal_checked(i, text)) return nullptr;
    Ref<Str> s = str_new_uninit(static_cast<std::int64_t>(text.size()), 0x7F);
    std::memcpy(s->kind_data(), text.data(), text.size());
    return s;
}

static Ref<> int_repr(Object* o) { return int_to_str(as_int(o)); }

static std::int64_t int_hash_slot(Object* o) { return int_hash(as_int(o)); }

static int int_to_bool(Object* o) { return int_sign(as_int(o)) != 0; }

static Ref<> int_to_int_slot(Object* o) { return int_exact(o); }

static Ref<> int_to_float_slot(Object* o) {
    bool overflow;
    double d = int_to_double(as_int(o), overflow);
    if (overflow) return raise(exc::OverflowError, "int too large to convert to float");
    return float_from(d);
}

// _PyLong_FromBytes: int() of the text in a bytes-like object, ASCII only;
// the error shows the bytes ("invalid literal for int() with base 10: b'x'").
static Ref<> int_parse_bytes(std::string_view raw, int base) {
    Ref<> value;
    if (std::all_of(raw.begin(), raw.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        Ref<Str> text = str_from(raw);
        value = int_parse_str(text.get(), base);
        if (value || !error_matches(exc::ValueError)) return value;
        clear_error();
    }
    return raisef(exc::ValueError, "invalid literal for int() with base {}: {}", base, bytes_repr(raw));
}

// PyNumber_Long: int(x) for any x without an explicit base.
Ref<> int_from_object(Object* o) {
    if (is_exact_int(o)) return share(o);
    Type* type = o->type;
    if (type->to_int) {
        Ref<> r = type->to_int(o);
        if (!r || is_exact_int(r.get())) return r;
        if (!is_int(r.get()))
            return raisef(exc::TypeError, "__int__ returned non-int (type {})", type_name(r.get()));
        return int_exact(r.get());  // CPython warns (DeprecationWarning) and copies
    }
    if (type->to_index) return number_index(o);
    if (type_lookup(type, "__trunc__")) {
        Ref<> r = call_method(o, "__trunc__", {});
        if (!r || is_exact_int(r.get())) return r;
        if (is_int(r.get())) return int_exact(r.get());
        if (!r->type->to_index)
            return raisef(exc::TypeError, "__trunc__ returned non-Integral (type {})", type_name(r.get()));
        return number_index(r.get());
    }
    if (error_pending()) return nullptr;
    if (is_str(o)) return int_parse_str(cast<Str>(o), 10);
    std::string holder;
    std::string_view raw;
    const int got = bytes_like(o, holder, raw);
    if (got > 0) return int_parse_bytes(raw, 10);
    if (got < 0) return nullptr;
    return raisef(exc::TypeError,
                  "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                  type_name(o));
}

// int(x=0, /, base=10)
static Ref<> int_new(Type* type, const Args& args) {
    static const ArgSpec spec{"int", {"", "base"}, 0, 1};
    Object* a[2] = {};
    if (!parse_args(args, spec, a)) return nullptr;
    Object* x = a[0];
    Object* base_obj = a[1];
    Ref<> value;
    if (!x) {
        if (base_obj) return raise(exc::TypeError, "int() missing string argument");
        value = share<Object>(small_int(0));
    } else if (!base_obj) {
        value = int_from_object(x);
    } else {
        // PyNumber_AsSsize_t(base, NULL): an out-of-range base is clamped,
        // and then rejected by the range check below.
        std::int64_t base;
        Ref<> index = is_int(base_obj) ? share(base_obj) : number_index(base_obj);
        if (!index) return nullptr;
        if (auto small = int_to_i64(as_int(index.get())))
            base = *small;
        else
            base = int_sign(as_int(index.get())) < 0 ? std::numeric_limits<std::int64_t>::min()
                                                      : std::numeric_limits<std::int64_t>::max();
        if ((base != 0 && base < 2) || base > 36)
            return raise(exc::ValueError, "int() base must be >= 2 and <= 36, or 0");
        if (is_bytes(x) || is_bytearray(x)) {
            const std::string_view raw = is_bytes(x) ? cast<Bytes>(x)->view() : cast<ByteArray>(x)->view();
            value = int_parse_bytes(raw, static_cast<int>(base));
        } else {
            if (!is_str(x)) return raise(exc::TypeError, "int() can't convert non-string with explicit base");
            value = int_parse_str(cast<Str>(x), static_cast<int>(base));
        }
    }
    if (!value || type == &IntType) return value;
    return int_subtype_from(type, as_int(value.get()));
}

// ------------------------------------------------------------------ methods

static Ref<> int_bit_length(Object* self, const Args& args) {
    if (!check_no_args("int.bit_length", args)) return nullptr;
    Int* i = as_int(self);
    if (!i->is_big()) {
        std::uint64_t v = i->small < 0 ? 0 - static_cast<std::uint64_t>(i->small) : static_cast<std::uint64_t>(i->small);
        return int_from(64 - std::countl_zero(v));
    }
    return int_from(static_cast<std::int64_t>(mpz_sizeinbase(MpzView(i), 2)));
}

static Ref<> int_bit_count(Object* self, const Args& args) {
    if (!check_no_args("int.bit_count", args)) return nullptr;
    Int* i = as_int(self);
    if (!i->is_big()) {
        std::uint64_t v = i->small < 0 ? 0 - static_cast<std::uint64_t>(i->small) : static_cast<std::uint64_t>(i->small);
        return int_from(std::popcount(v));
    }
    Mpz mag;
    mpz_abs(mag, MpzView(i));
    return int_from(static_cast<std::int64_t>(mpz_popcount(mag)));
}

static Ref<> int_conjugate(Object* self, const Args& args) {
    if (!check_no_args("int.conjugate", args)) return nullptr;
    return int_exact(self);
}

static Ref<> int_as_integer_ratio(Object* self, const Args& args) {
    if (!check_no_args("int.as_integer_ratio", args)) return nullptr;
    Ref<> n = int_exact(self);
    return tuple_from({n.get(), small_int(1)});
}

static Ref<> int_trunc_method(Object* self, const Args& args) {
    if (!check_no_args("int.__trunc__", args)) return nullptr;
    return int_exact(self);
}

static Ref<> int_floor_method(Object* self, const Args& args) {
    if (!check_no_args("int.__floor__", args)) return nullptr;
    return int_exact(self);
}

static Ref<> int_ceil_method(Object* self, const Args& args) {
    if (!check_no_args("int.__ceil__", args)) return nullptr;
    return int_exact(self);
}

static Ref<> int_getnewargs(Object* self, const Args& args) {
    if (!check_no_args("int.__getnewargs__", args)) return nullptr;
    Ref<> n = int_exact(self);
    return tuple_from({n.get()});
}

// int.__round__(ndigits=None): for negative ndigits, rounds to a multiple of
// 10**-ndigits with ties to even (CPython's long_round / _PyLong_DivmodNear).
static Ref<> int_round(Object* self, const Args& args) {
    if (!check_no_keywords("int.__round__", args)) return nullptr;
    if (!check_arg_range("__round__", args, 0, 1)) return nullptr;
    if (args.size() == 0 || args[0] == None) return int_exact(self);
    Ref<> nd = number_index(args[0]);
    if (!nd) return nullptr;
    Int* ndigits = as_int(nd.get());
    if (int_sign(ndigits) >= 0) return int_exact(self);
    // 10 ** -ndigits overflows memory for absurd ndigits; the result is 0 then.
    Mpz neg_nd;
    int_to_mpz(ndigits, neg_nd);
    mpz_neg(neg_nd, neg_nd);
    Int* value = as_int(self);
    MpzView v(value);
    const auto value_digits = mpz_sizeinbase(v, 10);
    if (!mpz_fits_ulong_p(neg_nd) || mpz_get_ui(neg_nd) > value_digits + 1) return int_from(0);
    Mpz pow10, q, r, twice;
    mpz_ui_pow_ui(pow10, 10, mpz_get_ui(neg_nd));
    mpz_fdiv_qr(q, r, v, pow10);  // r in [0, pow10)
    mpz_mul_2exp(twice, r, 1);
    int c = mpz_cmp(twice, pow10);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_mul(q, q, pow10);
    return q.take();
}

static Ref<> int_format_method(Object* self, const Args& args) {
    if (!check_one_arg("int.__format__", args)) return nullptr;
    if (!is_str(args[0]))
        return raisef(exc::TypeError, "__format__() argument must be str, not {}", type_name(args[0]));
    return format_int(self, StrUtf8(cast<Str>(args[0])).view());
}

// divmod(a, b) for ints: the builtin may use these when both operands are int-like.
static Ref<> int_divmod_method(Object* self, const Args& args) {
    if (!check_one_arg("int.__divmod__", args)) return nullptr;
    return int_divmod(self, args[0]);
}

static Ref<> int_rdivmod_method(Object* self, const Args& args) {
    if (!check_one_arg("int.__rdivmod__", args)) return nullptr;
    return int_divmod(args[0], self);
}

static Ref<> int_sizeof(Object* self, const Args& args) {
    if (!check_no_args("int.__sizeof__", args)) return nullptr;
    return int_from(static_cast<std::int64_t>(int_object_size(as_int(self)->digits)));
}

static std::size_t int_size_of(Object* o) { return int_object_size(as_int(o)->digits); }

// The byteorder argument of to_bytes/from_bytes: true for 'little'.
static bool parse_byteorder(Object* o, const char* function, bool& little) {
    if (!o) {
        little = false;  // 'big' by default since Python 3.11
        return true;
    }
    if (!is_str(o)) {
        raisef(exc::TypeError, "{}() argument 'byteorder' must be str, not {}", function, type_name(o));
        return false;
    }
    std::string_view order = cast<Str>(o)->view();
    if (order != "little" && order != "big") {
        raise(exc::ValueError, "byteorder must be either 'little' or 'big'");
        return false;
    }
    little = order == "little";
    return true;
}

// int.to_bytes(length=1, byteorder='big', *, signed=False): two's complement
// for signed conversions.
static Ref<> int_to_bytes(Object* self, const Args& args) {
    static const ArgSpec spec{"to_bytes", {"length", "byteorder", "signed"}, 0, 0, 2};
    if (args.size() > 2)  // Argument Clinic's wording when keyword-only parameters exist
        return raisef(exc::TypeError, "to_bytes() takes at most 2 positional arguments ({} given)", args.size());
    Object* a[3];
    if (!parse_args(args, spec, a)) return nullptr;
    std::int64_t length = 1;
    if (a[0] && !index_to_i64(a[0], length)) return nullptr;
    if (length < 0) return raise(exc::ValueError, "length argument must be non-negative");
    bool little;
    if (!parse_byteorder(a[1], "to_bytes", little)) return nullptr;
    int is_signed = a[2] ? is_true(a[2]) : 0;
    if (is_signed < 0) return nullptr;
    MpzView v(as_int(self));
    if (mpz_sgn(v) < 0 && !is_signed) return raise(exc::OverflowError, "can't convert negative int to unsigned");
    // The value must fit: [0, 2**(8n)) unsigned, [-2**(8n-1), 2**(8n-1)) signed.
    const auto bits = static_cast<std::uint64_t>(length) * 8;
    Mpz limit(1), low;
    if (bits > max_int_bits()) return raise_memory_error();
    mpz_mul_2exp(limit, limit, is_signed && bits > 0 ? bits - 1 : bits);
    if (is_signed) mpz_neg(low, limit);
    if (mpz_cmp(v, limit) >= 0 || mpz_cmp(v, low) < 0) return raise(exc::OverflowError, "int too big to convert");
    Mpz twos;
    mpz_set(twos, v);
    if (mpz_sgn(twos) < 0) {
        Mpz modulus(1);
        mpz_mul_2exp(modulus, modulus, bits);
        mpz_add(twos, twos, modulus);
    }
    Ref<Bytes> out = bytes_alloc(static_cast<std::size_t>(length));
    std::size_t written = 0;
    std::string digits(static_cast<std::size_t>(length), '\0');
    if (mpz_sgn(twos) != 0) mpz_export(digits.data(), &written, 1, 1, 1, 0, twos);  // most significant first
    char* data = out->data();
    // Right-align the big-endian digits, then reverse for little-endian.
    const auto n = static_cast<std::size_t>(length);
    for (std::size_t i = 0; i < n; ++i) data[i] = i < n - written ? '\0' : digits[i - (n - written)];
    if (little) std::reverse(data, data + n);
    return out;
}

// int.from_bytes(bytes, byteorder='big', *, signed=False) (a classmethod).
static Ref<> int_from_bytes(Object* cls, const Args& args) {
    static const ArgSpec spec{"from_bytes", {"bytes", "byteorder", "signed"}, 1, 0, 2};
    if (args.size() > 2)
        return raisef(exc::TypeError, "from_bytes() takes at most 2 positional arguments ({} given)", args.size());
    Object* a[3];
    if (!parse_args(args, spec, a)) return nullptr;
    bool little;
    if (!parse_byteorder(a[1], "from_bytes", little)) return nullptr;
    int is_signed = a[2] ? is_true(a[2]) : 0;
    if (is_signed < 0) return nullptr;
    // PyObject_Bytes: bytes as they are, any other iterable of ints in range(256).
    std::string raw;
    if (is_bytes_like(a[0])) {
        std::string_view view;
        if (bytes_like(a[0], raw, view) < 0) return nullptr;
        raw = std::string(view);
    } else {
        if (is_str(a[0]) || (!a[0]->type->iter && !a[0]->type->getitem))
            return raisef(exc::TypeError, "cannot convert '{}' object to bytes", type_name(a[0]));
        Ref<> it = get_iter(a[0]);
        if (!it) return nullptr;
        while (Ref<> item = iter_next(it.get())) {
            std::int64_t byte;
            if (!index_to_i64(item.get(), byte)) return nullptr;
            if (byte < 0 || byte > 255) return raise(exc::ValueError, "bytes must be in range(0, 256)");
            raw.push_back(static_cast<char>(byte));
        }
        if (error_pending()) return nullptr;
    }
    Mpz value;
    if (!raw.empty()) mpz_import(value, raw.size(), little ? -1 : 1, 1, 1, 0, raw.data());
    if (is_signed && !raw.empty() && (static_cast<unsigned char>(little ? raw.back() : raw.front()) & 0x80)) {
        Mpz modulus(1);
        mpz_mul_2exp(modulus, modulus, raw.size() * 8);
        mpz_sub(value, value, modulus);
    }
    Ref<> result = value.take();
    if (cls == &IntType) return result;
    return call(cls, {result.get()});  // a subclass gets cls(result), as CPython
}

// The data attributes real/imag/numerator/denominator.
static Ref<> int_get_self(Object* self) { return int_exact(self); }
static Ref<> int_get_zero(Object*) { return int_from(0); }
static Ref<> int_get_one(Object*) { return int_from(1); }

void int_type_init() {
    type_init_builtin(IntType, "int", &ObjectType, sizeof(Int), type_flags::kBaseType | type_flags::kIntSubclass);
    IntType.destroy = int_destroy;
    IntType.allocated_size = int_allocated_size;
    IntType.size_of = int_size_of;
    IntType.repr = int_repr;
    IntType.hash = int_hash_slot;
    IntType.new_instance = int_new;
    IntType.to_bool = int_to_bool;
    IntType.to_int = int_to_int_slot;
    IntType.to_index = int_to_int_slot;
    IntType.to_float = int_to_float_slot;
    int_install_number_slots(IntType);

    static const MethodDef methods[] = {
        {"bit_length", int_bit_length},
        {"bit_count", int_bit_count},
        {"conjugate", int_conjugate},
        {"as_integer_ratio", int_as_integer_ratio},
        {"__trunc__", int_trunc_method},
        {"__floor__", int_floor_method},
        {"__ceil__", int_ceil_method},
        {"__round__", int_round},
        {"__format__", int_format_method},
        {"__divmod__", int_divmod_method},
        {"__rdivmod__", int_rdivmod_method},
        {"__getnewargs__", int_getnewargs},
        {"__sizeof__", int_sizeof},
        {"to_bytes", int_to_bytes},
        {"from_bytes", int_from_bytes, MethodKind::Class},
    };
    add_methods(IntType, methods, std::size(methods));
    add_getsets(IntType, {
        {"real", int_get_self},
        {"imag", int_get_zero},
        {"numerator", int_get_self},
        {"denominator", int_get_one},
    });
    type_ready(IntType);
}

}  // namespace minipy
