// int and bool: arbitrary-precision integers with a machine-word fast path.
//
// Values in [-5, 256] are preallocated singletons (CPython's small-int cache);
// every other int produced at run time is a new object, so `id(n)` changes
// after `n *= 2` exactly as in CPython. A value that fits in int64_t is kept
// in `small`; larger ones in a GMP integer. Results are normalised back to
// `small` whenever they fit, so the fast path stays the common path.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

#include <gmp.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace minipy {

// 32 bytes, as CPython's one-digit ints take in its allocator: the GMP
// integer of a big value lives in a block of its own.
struct Int : Object {
    bool is_big;
    union {
        std::int64_t small;
        mpz_ptr big;  // owned, when is_big
    };
    Int() : is_big(false), small(0) {}
    ~Int() {
        if (is_big) {
            mpz_clear(big);
            delete big;
        }
    }
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

inline bool int_is_small(const Int* i) { return !i->is_big; }
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
bool index_to_i64(Object* o, std::int64_t& out);

// The cached singletons (borrowed).
Int* small_int(std::int64_t value);  // requires kSmallIntMin <= value <= kSmallIntMax
extern Int TrueObject;
extern Int FalseObject;
inline Object* const True = &TrueObject;
inline Object* const False = &FalseObject;
inline Ref<> bool_from(bool b) { return share<Object>(b ? True : False); }

// CPython's numeric hash: n mod (2**61 - 1), with -1 mapped to -2.
std::int64_t int_hash(const Int* i);

void int_type_init();
void bool_type_init();

}  // namespace minipy
