// Helpers shared by the numeric types' implementation files (int*.cpp,
// bool.cpp, float*.cpp, number_format.cpp, modules/math*.cpp). Not part of
// the runtime's public contract: other parts of the runtime use int.hpp and
// float.hpp.
#pragma once

#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/text/str.hpp"

#include <gmp.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace minipy {

static_assert(sizeof(long) == 8, "the int fast path assumes 64-bit long (LP64) for mpz_*_si");

// An owned GMP integer; `take()` turns it into a normalised Int.
class Mpz {
public:
    Mpz() { mpz_init(v_); }
    explicit Mpz(std::int64_t value) { mpz_init_set_si(v_, value); }
    Mpz(const Mpz&) = delete;
    Mpz& operator=(const Mpz&) = delete;
    ~Mpz() {
        if (!moved_) mpz_clear(v_);
    }
    mpz_ptr get() { return v_; }
    mpz_srcptr get() const { return v_; }
    // GMP's macro functions (mpz_sgn, mpz_odd_p) dereference their argument.
    mpz_ptr operator->() { return v_; }
    operator mpz_ptr() { return v_; }
    operator mpz_srcptr() const { return v_; }
    // Gives the value to a new int (small when it fits); the Mpz is spent.
    Ref<Int> take() {
        moved_ = true;
        return int_from_mpz_move(v_);
    }

private:
    mpz_t v_;
    bool moved_ = false;
};

// The limbs of a big Int's magnitude (int.hpp: inline, or a block of their own).
const mp_limb_t* int_limb_data(const Int* i);

// A read-only mpz view of any Int: of a big value's limbs where they lie,
// or a temporary for a machine-sized one.
class MpzView {
public:
    explicit MpzView(const Int* i) {
        if (i->is_big()) {
            const auto n = static_cast<mp_size_t>(i->limbs);
            p_ = mpz_roinit_n(tmp_, int_limb_data(i), i->digits < 0 ? -n : n);
        } else {
            mpz_init_set_si(tmp_, i->small);
            p_ = tmp_;
            owns_ = true;
        }
    }
    MpzView(const MpzView&) = delete;
    MpzView& operator=(const MpzView&) = delete;
    ~MpzView() {
        if (owns_) mpz_clear(tmp_);
    }
    operator mpz_srcptr() const { return p_; }
    mpz_srcptr get() const { return p_; }
    mpz_srcptr operator->() const { return p_; }

private:
    mpz_t tmp_;
    mpz_srcptr p_;
    bool owns_ = false;
};

// The value of an Int known to be an int (bool and subclasses included).
inline Int* as_int(Object* o) { return cast<Int>(o); }

// a / b correctly rounded to the nearest double (ties to even), as CPython's
// long_true_divide. `b` must be non-zero. `overflow` is set when the result
// does not fit a double.
double mpz_ratio_to_double(mpz_srcptr a, mpz_srcptr b, bool& overflow);
// The nearest double to `a` (ties to even), as PyLong_AsDouble.
double mpz_to_double(mpz_srcptr a, bool& overflow);

// int(float): truncates towards zero; null + ValueError/OverflowError for nan/inf.
Ref<> int_from_double(double value);

// The decimal text of an int, subject to sys.set_int_max_str_digits():
// false with ValueError set when the value has too many digits.
[[nodiscard]] bool int_to_decimal_checked(const Int* i, std::string& out);
// str(i) as CPython's long_to_decimal_string makes it: always a new str,
// even of one digit (`str(5) is str(5)` is False), never the cached
// one-character str. Null with ValueError set as above.
Ref<> int_to_str(const Int* i);

// Python's str.isspace() for one code point.
bool is_unicode_space(std::uint32_t cp);
// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode whitespace
// becomes ' ', Unicode decimal digits become '0'..'9', any other non-ASCII
// character becomes '?'. Used by int() and float() on str arguments.
std::string transform_decimal_and_space(std::string_view utf8);

// int(text, base) for a str argument (base 0 or 2..36), with CPython's
// rules for whitespace, sign, prefixes and underscores and its messages.
Ref<> int_parse_str(Str* text, int base);

// divmod(a, b) when both are ints; NotImplemented otherwise.
Ref<> int_divmod(Object* a, Object* b);

// Installs the operator slots of int (int_arith.cpp).
void int_install_number_slots(Type& type);

// Installs the operator slots of float (float_arith.cpp).
void float_install_number_slots(Type& type);
// divmod(a, b) when one is a float and the other a float or int.
Ref<> float_divmod(Object* a, Object* b);

// float ** float with CPython's special cases and errors (float_pow):
// ZeroDivisionError for 0.0 ** negative, OverflowError (34, 'Numerical
// result out of range') on overflow.
Ref<> float_pow_values(double base, double exponent);

// Bits beyond which an int result is refused with MemoryError
// (raise_memory_error, heap.hpp) instead of letting GMP abort the process
// (CPython fails its allocation instead): kMaxIntBits, or the heap's ceiling
// when one is set (heap_set_limit; GMP's blocks are not the heap's, but an
// int that size is refused all the same).
inline constexpr std::uint64_t kMaxIntBits = std::uint64_t{1} << 32;
std::uint64_t max_int_bits();

}  // namespace minipy
