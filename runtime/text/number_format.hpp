// Text of numbers: CPython's PyOS_double_to_string (repr and the 'e', 'f',
// 'g' conversions of a double) and the numeric half of format() from
// Python/formatter_unicode.c (int.__format__ and float.__format__).
#pragma once

#include "runtime/core/object.hpp"

#include <string>
#include <string_view>

namespace minipy {

// Flags of double_to_string (CPython's Py_DTSF_*).
namespace dtsf {
inline constexpr unsigned kSign = 1;       // always print a sign
inline constexpr unsigned kAddDot0 = 2;    // "1" -> "1.0" when there is no exponent
inline constexpr unsigned kAlt = 4;        // '#': keep trailing zeros and the point
inline constexpr unsigned kNoNegZero = 8;  // 'z': "-0.0" -> "0.0"
}  // namespace dtsf

// `code` is one of e E f F g G r ('r' = repr: shortest round-trip digits,
// precision must be 0). Correctly rounded, as David Gay's dtoa is.
std::string double_to_string(double value, char code, int precision, unsigned flags);

// int.__format__ and float.__format__; null with ValueError on a bad spec.
Ref<> format_int(Object* value, std::string_view spec);
Ref<> format_float(Object* value, std::string_view spec);

}  // namespace minipy
