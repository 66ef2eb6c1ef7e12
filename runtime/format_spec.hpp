// The format-spec mini-language of format(), str.format and f-strings:
//   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
// Parsing and the padding/alignment step live here; each type's __format__
// (int, float, str) interprets the spec for its own values.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace minipy {

struct FormatSpec {
    std::string fill = " ";   // one code point, UTF-8
    char align = '\0';        // '<', '>', '^', '=' or '\0' (type's default)
    char sign = '\0';         // '+', '-', ' ' or '\0'
    bool no_neg_zero = false; // 'z'
    bool alternate = false;   // '#'
    bool zero_pad = false;    // '0' before width
    std::int64_t width = -1;  // -1: none
    char grouping = '\0';     // ',' or '_' or '\0'
    std::int64_t precision = -1;
    char type = '\0';         // presentation type, '\0' when absent
};

// Parses `spec`; false with ValueError set ("Invalid format specifier").
bool parse_format_spec(std::string_view spec, FormatSpec& out);

// Pads `body` (already signed and grouped) to spec.width using fill/align;
// `default_align` applies when the spec has none ('<' for str, '>' for
// numbers). For '=' alignment, `sign_prefix_len` bytes of `body` (sign and
// 0x-style prefix) stay before the padding.
std::string apply_padding(std::string_view body, const FormatSpec& spec, char default_align,
                          std::size_t sign_prefix_len = 0);

// Inserts `sep` every `group` digits from the right of a run of ASCII digits.
std::string group_digits(std::string_view digits, char sep, int group = 3);

}  // namespace minipy
