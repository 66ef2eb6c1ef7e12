// Code points and UTF-8: the character knowledge shared by str, bytes, the
// number parsers (int('١٢'), float(' 1.5\n')) and the lexer.
//
// Every predicate answers exactly what CPython 3.11's str methods answer for a
// one-character string (the tables are generated from CPython itself, see
// scripts/gen_unicode_tables.py), and the case mappings are CPython's *full*
// mappings ('ß'.upper() == 'SS', 'ŉ'.upper() == 'ʼN').
//
// UTF-8 handling assumes valid input (every Str holds valid UTF-8) except for
// utf8_validate, which is the decoder's front line for bytes.decode().
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace minipy::unicode {

inline constexpr std::uint32_t kMaxCodePoint = 0x10FFFF;

// ---------------------------------------------------------------- UTF-8

// Bytes in the UTF-8 sequence that starts with lead byte `b` (1 for a stray
// continuation byte, so a walk always advances).
inline int utf8_seq_len(unsigned char b) {
    if (b < 0x80) return 1;
    if (b < 0xE0) return b < 0xC0 ? 1 : 2;
    return b < 0xF0 ? 3 : 4;
}
inline bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// Decodes the code point at `p` (valid UTF-8) and advances `p` past it.
inline std::uint32_t utf8_next(const char*& p) {
    auto b = static_cast<unsigned char>(*p);
    if (b < 0x80) {
        ++p;
        return b;
    }
    const auto* s = reinterpret_cast<const unsigned char*>(p);
    std::uint32_t cp;
    if (b < 0xE0) {
        cp = (b & 0x1Fu) << 6 | (s[1] & 0x3Fu);
        p += 2;
    } else if (b < 0xF0) {
        cp = (b & 0x0Fu) << 12 | (s[1] & 0x3Fu) << 6 | (s[2] & 0x3Fu);
        p += 3;
    } else {
        cp = (b & 0x07u) << 18 | (s[1] & 0x3Fu) << 12 | (s[2] & 0x3Fu) << 6 | (s[3] & 0x3Fu);
        p += 4;
    }
    return cp;
}
// Decodes the code point that ends just before `p` and moves `p` back to its start.
inline std::uint32_t utf8_prev(const char*& p) {
    do --p;
    while (is_continuation(static_cast<unsigned char>(*p)));
    const char* q = p;
    return utf8_next(q);
}

// Writes the encoding of `cp` to `out` (room for 4 bytes); returns its length.
// Surrogates (U+D800..DFFF) are encoded like any other code point, as CPython
// can hold them in a str ('\ud800'); encode() refuses them later.
int utf8_encode(std::uint32_t cp, char* out);
void utf8_append(std::string& out, std::uint32_t cp);

// Code points in valid UTF-8 text.
std::int64_t utf8_count(std::string_view text);
// Byte offset of code point `index` (0 <= index <= count) in valid UTF-8.
std::size_t utf8_offset(std::string_view text, std::int64_t index);

// Validates `bytes` as strict UTF-8 (no surrogates, no overlongs, as CPython's
// decoder). Returns the length of the valid prefix; on failure also sets
// `error_end` to the end of the invalid sequence and `reason` to CPython's
// wording ("invalid start byte", "invalid continuation byte", "unexpected end of data").
std::size_t utf8_validate(std::string_view bytes, std::size_t& error_end, const char*& reason);

// ----------------------------------------------------------- properties
// Each is `chr(cp).isX()` in CPython 3.11.

bool is_alpha(std::uint32_t cp);
bool is_decimal(std::uint32_t cp);
bool is_digit(std::uint32_t cp);
bool is_numeric(std::uint32_t cp);
bool is_space(std::uint32_t cp);
bool is_printable(std::uint32_t cp);
bool is_lower(std::uint32_t cp);    // the Lowercase property
bool is_upper(std::uint32_t cp);    // the Uppercase property
bool is_title(std::uint32_t cp);    // category Lt
bool is_cased(std::uint32_t cp);
bool is_case_ignorable(std::uint32_t cp);
bool is_xid_start(std::uint32_t cp);     // chr(cp).isidentifier(), so '_' included
bool is_xid_continue(std::uint32_t cp);  // ('a' + chr(cp)).isidentifier()
// is_space with the ASCII answers inline (CPython's _Py_ascii_whitespace:
// \t \n \v \f \r, \x1c-\x1f and the space), for loops over text.
inline bool is_space_ascii_first(std::uint32_t cp) {
    if (cp < 0x80) return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
    return is_space(cp);
}
inline bool is_alnum(std::uint32_t cp) {
    return is_alpha(cp) || is_decimal(cp) || is_digit(cp) || is_numeric(cp);
}
// str.splitlines() boundaries: \n \r \v \f \x1c \x1d \x1e \x85 \u2028 \u2029.
inline bool is_linebreak(std::uint32_t cp) {
    switch (cp) {
    case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x1C: case 0x1D: case 0x1E:
    case 0x85: case 0x2028: case 0x2029:
        return true;
    default:
        return false;
    }
}
// unicodedata.decimal(chr(cp)), or -1: what int() and float() accept as digits.
int decimal_value(std::uint32_t cp);

// ------------------------------------------------------- case mappings
// The full mapping of one code point: up to 3 code points written to `out`,
// count returned. Context-free: the final-sigma rule of str.lower() is applied
// by the caller (str_case.cpp), as CPython does.
int to_lower(std::uint32_t cp, std::uint32_t out[3]);
int to_upper(std::uint32_t cp, std::uint32_t out[3]);
int to_title(std::uint32_t cp, std::uint32_t out[3]);
int to_fold(std::uint32_t cp, std::uint32_t out[3]);

}  // namespace minipy::unicode
