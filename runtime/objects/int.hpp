// int and bool: arbitrary-precision integers with a machine-word fast path.
//
// Values in [-5, 256] are preallocated singletons (CPython's small-int cache);
// every other int produced at run time is a new object, so `id(n)` changes
// after `n *= 2` exactly as in CPython. A value that fits in int64_t is kept
// in `small`; larger ones as GMP limbs. Results are normalised back to
// `small` whenever they fit, so the fast path stays the common path.
//
// The layout has CPython 3.11's sizes (PyLongObject): a 24-byte head, whose
// `digits` is CPython's ob_size (the sign times the number of 30-bit digits
// the value takes, 0 for zero), then 4 bytes per digit (at least one), so
// sys.getsizeof is 24 + 4 * max(|digits|, 1): 28 for 1, 32 for 2**30, 36
// for 2**60. The heap hands out 8-byte multiples, as pymalloc hands out
// 16-byte ones, so an exact int occupies round8(24 + 4 * max(|digits|, 1))
// bytes; within them minipy keeps either the int64 `small` (|value| < 2**63
// takes at most three digits, and even one digit's object has 8 bytes of
// payload) or the magnitude as GMP limbs, least significant first: a 64-bit
// limb per two 30-bit digits always fits. Instances of int subclasses,
// whose own fields follow a fixed part, keep a big value's limbs in a block
// of their own.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

#include <gmp.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace minipy {

struct Int : Object {
    std::int32_t digits = 0;  // CPython's ob_size: the sign times the count of 30-bit digits
    std::uint32_t limbs = 0;  // 0: the value is `small`; else how many limbs hold its magnitude
    union {
        std::int64_t small = 0;
        mp_limb_t inline_limbs[1];  // an exact int's limbs, continuing past the struct
        mp_limb_t* own_limbs;       // an int subclass instance's limbs (owned, heap_alloc'd)
    };

    bool is_big() const { return limbs != 0; }
};

extern Type IntType;
extern Type BoolType;

inline constexpr int kSmallIntMin = -5;
inline constexpr int kSmallIntMax = 256;

inline bool is_int(const Object* o) { return o->type->has_flag(type_flags::kIntSubclass); }  // bool too
inline bool is_exact_int(const Object* o) { return o->type == &IntType; }
inline bool is_bool(const Object* o) { return o->type == &BoolType; }

Ref<Int> int_from(std::int64_t value);
Ref<Int> int_from_mpz(const mpz_t value);        // copies
Ref<Int> int_from_mpz_move(mpz_t value);         // takes the value; `value` is left cleared
// Parses digits in `base` (2..36, no prefix or underscores); null + ValueError on bad input.
Ref<Int> int_from_string(std::string_view digits, int base);

inline bool int_is_small(const Int* i) { return !i->is_big(); }
// An exact int whose value fits a machine word (the evaluator's fast paths).
inline bool is_machine_int(const Object* o) { return is_exact_int(o) && int_is_small(static_cast<const Int*>(o)); }
// The value if it fits in int64_t.
std::optional<std::int64_t> int_to_i64(const Int* i);
// Loads any int into a caller-initialised mpz.
void int_to_mpz(const Int* i, mpz_t out);
std::string int_to_decimal(const Int* i);
double int_to_double(const Int* i, bool& overflow);
int int_sign(const Int* i);  // -1, 0, 1

// int(o) without a base (CPython's PyNumber_Long): __int__, __index__,
// __trunc__, or parsing a str. Null on error.
Ref<> int_from_object(Object* o);

// sys.get_int_max_str_digits() / sys.set_int_max_str_digits(): the longest
// decimal text int() parses and str(int) produces; 0 disables the limit.
std::int64_t int_get_max_str_digits();
void int_set_max_str_digits(std::int64_t digits);

// `operator.index(o)` as int64: for int-like objects (int, bool, __index__).
// Returns false with an exception set (TypeError, or OverflowError "Python int
// too large to convert to C ssize_t" when out of range).
[[nodiscard]] bool index_to_i64(Object* o, std::int64_t& out);

// The cached singletons (borrowed).
Int* small_int(std::int64_t value);  // requires kSmallIntMin <= value <= kSmallIntMax
extern Int TrueObject;
extern Int FalseObject;
inline Object* const True = &TrueObject;
inline Object* const False = &FalseObject;
inline Ref<> bool_from(bool b) { return share<Object>(b ? True : False); }

// CPython's numeric hash: n mod (2**61 - 1), with -1 mapped to -2.
std::int64_t int_hash(const Int* i);
// The hash of a value that fits a machine word (int_hash's common case):
// the value modulo 2**61 - 1 with the sign kept, -1 becoming -2.
inline std::int64_t int_hash_small(std::int64_t v) {
    constexpr std::uint64_t kModulus = (std::uint64_t{1} << 61) - 1;
    const bool negative = v < 0;
    const std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
    const std::uint64_t r = magnitude < kModulus ? magnitude : magnitude % kModulus;  // almost always itself
    const auto h = negative ? -static_cast<std::int64_t>(r) : static_cast<std::int64_t>(r);
    return h == -1 ? -2 : h;
}

void int_type_init();
void bool_type_init();

}  // namespace minipy
