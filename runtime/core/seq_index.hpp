// Index arithmetic shared by the sequence types: turning index-like objects
// into machine integers the way CPython's PyNumber_AsSsize_t and
// _PyEval_SliceIndex do, and a small owner of GMP integers for the exact
// arithmetic ranges and slices need on arbitrary-precision bounds.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/objects/int.hpp"

#include <gmp.h>

#include <cstdint>

namespace minipy {

// _PyIndex_Check: an int, or an object whose type has __index__.
bool index_check(const Object* o);

// PyNumber_AsSsize_t(o, NULL): operator.index(o) clipped to int64's range.
[[nodiscard]] bool index_clamped(Object* o, std::int64_t& out);
// PyNumber_AsSsize_t(o, IndexError): a subscript; out-of-range values raise
// "IndexError: cannot fit 'int' into an index-sized integer".
[[nodiscard]] bool index_for_subscript(Object* o, std::int64_t& out);
// The count of `seq * count` (CPython's sequence_repeat): an index, with
// "OverflowError: cannot fit 'int' into an index-sized integer".
[[nodiscard]] bool repeat_count(Object* count, std::int64_t& n);
// The same for the sequences whose repeat refuses a non-index itself
// (array, bytearray): "TypeError: can't multiply sequence by non-int of
// type 'str'"; a negative count is 0.
[[nodiscard]] bool sequence_repeat_count(Object* count, std::int64_t& n);
// _PyEval_SliceIndex: None leaves `out` unchanged; other non-indexes raise
// "slice indices must be integers or None or have an __index__ method".
[[nodiscard]] bool slice_index(Object* v, std::int64_t& out);
// _PyEval_SliceIndexNotNone (list.index's start/stop): None is an error too.
[[nodiscard]] bool slice_index_not_none(Object* v, std::int64_t& out);

// An owned mpz_t (copyable, freed on scope exit) for index arithmetic.
// (Named apart from the numbers' own Mpz in number_internal.hpp: two
// classes of one name would be an ODR violation.)
class BigIndex {
public:
    BigIndex() { mpz_init(v_); }
    explicit BigIndex(std::int64_t x) { mpz_init_set_si(v_, x); }
    explicit BigIndex(const Int* i) {
        mpz_init(v_);
        int_to_mpz(i, v_);
    }
    BigIndex(const BigIndex& other) { mpz_init_set(v_, other.v_); }
    BigIndex& operator=(const BigIndex& other) {
        mpz_set(v_, other.v_);
        return *this;
    }
    ~BigIndex() { mpz_clear(v_); }

    mpz_ptr get() { return v_; }
    mpz_srcptr get() const { return v_; }
    int sign() const { return mpz_sgn(v_); }
    std::int64_t to_i64() const { return mpz_get_si(v_); }
    Ref<Int> to_int() const { return int_from_mpz(v_); }

private:
    mpz_t v_;
};

}  // namespace minipy
