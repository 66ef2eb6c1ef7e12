// The format-spec mini-language of format(), str.format and f-strings:
//   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
// Parsing and the padding/alignment step live here; each type's __format__
// (int, float, str) interprets the spec for its own values.
#pragma once

#include "runtime/core/errors.hpp"
#include "runtime/objects/exceptions.hpp"

#include <cstddef>
#include <cstdint>
#include <new>
#include <stdexcept>
#include <string>
#include <string_view>

namespace minipy {

struct FormatSpec {
    std::uint32_t fill_cp = ' ';  // one code point
    char align = '\0';        // '<', '>', '^', '=' or '\0' (type's default)
    char sign = '\0';         // '+', '-', ' ' or '\0'
    bool no_neg_zero = false; // 'z'
    bool alternate = false;   // '#'
    bool zero_pad = false;    // '0' before width
    std::int64_t width = -1;  // -1: none
    char grouping = '\0';     // ',' or '_' or '\0'
    std::int64_t precision = -1;
    char type = '\0';         // presentation type, '\0' when absent
    // The presentation type as a code point. When it is not ASCII, `type` is
    // '\x01' (which no formatter accepts) and the message needs this value.
    std::uint32_t type_code = 0;

    // The fill as UTF-8. (A plain value: the spec is copied and reset
    // freely, so it holds no std::string.)
    std::string_view fill() const { return {fill_utf8, fill_size}; }
    char fill_utf8[4] = {' ', 0, 0, 0};
    std::uint8_t fill_size = 1;
};

// Parses `spec`; false with ValueError set ("Invalid format specifier 'xyz'
// for object of type 'int'" — pass the type's name — or "Format specifier
// missing precision", "Too many decimal digits in format string", "Cannot
// specify ',' with 'c'.", "Cannot specify both ',' and '_'.").
//
// As CPython, a '0' before the width (with no explicit fill) sets fill to "0"
// and `zero_pad`; `align` stays '\0' so that apply_padding can choose '=' for
// numbers and '<' for str.
[[nodiscard]] bool parse_format_spec(std::string_view spec, FormatSpec& out, std::string_view type_name = {});

// ValueError "Unknown format code 'd' for object of type 'str'" (or '\x1'
// for unprintable codes), as CPython's unknown_presentation_type.
std::nullptr_t raise_unknown_format_code(const FormatSpec& spec, std::string_view type_name);

// Pads `body` (already signed and grouped) to spec.width using fill/align;
// `default_align` applies when the spec has none ('<' for str, '>' for
// numbers; a zero_pad spec with default '>' means '='). For '=' alignment,
// `sign_prefix_len` bytes of `body` (sign and 0x-style prefix) stay before
// the padding. Widths count code points.
std::string apply_padding(std::string_view body, const FormatSpec& spec, char default_align,
                          std::size_t sign_prefix_len = 0);

// Runs `build` (C++ that grows a std::string to a width or a precision the
// program chose, and runs no Python code) and stores its text in `out`;
// false with MemoryError set when the allocator refuses, as CPython's
// allocation fails there, rather than ending the process with bad_alloc.
template <class Build>
bool build_text(std::string& out, Build&& build) {
    try {
        out = build();
        return true;
    } catch (const std::bad_alloc&) {
    } catch (const std::length_error&) {
    }
    raise_object(exc::MemoryError);
    return false;
}

// Inserts `sep` every `group` digits from the right of a run of ASCII digits.
std::string group_digits(std::string_view digits, char sep, int group = 3);
// The same, left-padded with '0' digits (and separators between them) until
// the result is at least `min_width` characters, as CPython does for
// format(1234, '010,') == '00,001,234' (zero fill with '=' alignment). A
// result never starts with a separator, so it may exceed min_width by one.
std::string group_digits_padded(std::string_view digits, char sep, int group, std::int64_t min_width);

}  // namespace minipy
