// The character database behind unicode.hpp, generated from CPython 3.11
// itself by scripts/gen_unicode_tables.py (Unicode 14.0.0). Read through the
// functions in unicode.hpp; only unicode.cpp includes this header.
#pragma once

#include <cstdint>

namespace minipy::unicode::tables {

// One record per distinct set of properties (CPython's _PyUnicode_TypeRecord).
// The four case fields are deltas (`cp + delta`) unless the EXTENDED_CASE flag
// is set; then each is `offset | count << 24` into `extended`.
struct Record {
    std::uint32_t flags;
    std::int32_t decimal;  // unicodedata.decimal(), or -1
    std::int32_t lower;
    std::int32_t upper;
    std::int32_t title;
    std::int32_t fold;
};

// Bit numbers follow FLAGS in the generator.
enum : std::uint32_t {
    kAlpha = 1u << 0,
    kDecimal = 1u << 1,
    kDigit = 1u << 2,
    kNumeric = 1u << 3,
    kSpace = 1u << 4,
    kPrintable = 1u << 5,
    kLower = 1u << 6,
    kUpper = 1u << 7,
    kTitle = 1u << 8,
    kCased = 1u << 9,
    kCaseIgnorable = 1u << 10,
    kXidStart = 1u << 11,
    kXidContinue = 1u << 12,
    kExtendedCase = 1u << 13,
};

inline constexpr int kShift = 7;

extern const Record records[];
extern const std::uint32_t extended[];
extern const std::uint16_t index1[];
extern const std::uint16_t index2[];

}  // namespace minipy::unicode::tables
