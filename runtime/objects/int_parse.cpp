// Text to int: int(str, base) with CPython's PyLong_FromString rules, and the
// Unicode helpers that int() and float() share for their str arguments.
#include "runtime/core/errors.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/number_internal.hpp"
#include "runtime/text/str.hpp"

#include <algorithm>
#include <iterator>

namespace minipy {

// ------------------------------------------------------------------ Unicode

// Decodes the code point at s[i] (valid UTF-8) and advances i past it.
static std::uint32_t next_code_point(std::string_view s, std::size_t& i) {
    auto byte = [&](std::size_t k) { return static_cast<std::uint32_t>(static_cast<unsigned char>(s[k])); };
    std::uint32_t c = byte(i);
    if (c < 0x80) {
        i += 1;
        return c;
    }
    if (c < 0xE0 && i + 1 < s.size()) {
        i += 2;
        return (c & 0x1F) << 6 | (byte(i - 1) & 0x3F);
    }
    if (c < 0xF0 && i + 2 < s.size()) {
        i += 3;
        return (c & 0x0F) << 12 | (byte(i - 2) & 0x3F) << 6 | (byte(i - 1) & 0x3F);
    }
    if (i + 3 < s.size()) {
        i += 4;
        return (c & 0x07) << 18 | (byte(i - 3) & 0x3F) << 12 | (byte(i - 2) & 0x3F) << 6 | (byte(i - 1) & 0x3F);
    }
    i = s.size();
    return 0xFFFD;
}

bool is_unicode_space(std::uint32_t cp) {
    switch (cp) {
    case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D:
    case 0x1C: case 0x1D: case 0x1E: case 0x1F: case 0x20:
    case 0x85: case 0xA0: case 0x1680:
    case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
        return true;
    default:
        return cp >= 0x2000 && cp <= 0x200A;
    }
}

// The '0' of every run of Unicode decimal digits (category Nd) in Unicode
// 14.0, the version of CPython 3.11's unicodedata; each run has ten digits.
static constexpr std::uint32_t kDecimalZeros[] = {
    0x30,    0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,   0xbe6,   0xc66,
    0xce6,   0xd66,   0xde6,   0xe50,   0xed0,   0xf20,   0x1040,  0x1090,  0x17e0,  0x1810,  0x1946,
    0x19d0,  0x1a80,  0x1a90,  0x1b50,  0x1bb0,  0x1c40,  0x1c50,  0xa620,  0xa8d0,  0xa900,  0xa9d0,
    0xa9f0,  0xaa50,  0xabf0,  0xff10,  0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0,
    0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60,
    0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
};

// The value of a Unicode decimal digit, or -1.
static int unicode_decimal(std::uint32_t cp) {
    const auto* it = std::upper_bound(std::begin(kDecimalZeros), std::end(kDecimalZeros), cp);
    if (it == std::begin(kDecimalZeros)) return -1;
    std::uint32_t zero = *(it - 1);
    return cp - zero < 10 ? static_cast<int>(cp - zero) : -1;
}

std::string transform_decimal_and_space(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size();) {
        std::uint32_t cp = next_code_point(utf8, i);
        if (cp < 127) {
            out.push_back(static_cast<char>(cp));
        } else if (is_unicode_space(cp)) {
            out.push_back(' ');
        } else if (int d = unicode_decimal(cp); d >= 0) {
            out.push_back(static_cast<char>('0' + d));
        } else {
            out.push_back('?');  // CPython stops here too: the text is invalid anyway
            break;
        }
    }
    return out;
}

// ---------------------------------------------------------------- parsing

// Py_ISSPACE: the ASCII whitespace PyLong_FromString skips.
static bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

// Digits (already validated for `base`) to an int.
static Ref<Int> digits_to_int(std::string_view digits, int base, bool negative) {
    std::int64_t acc = 0;
    bool overflow = false;
    for (char c : digits) {
        if (__builtin_mul_overflow(acc, base, &acc) || __builtin_add_overflow(acc, digit_value(c), &acc)) {
            overflow = true;
            break;
        }
    }
    if (!overflow) return int_from(negative ? -acc : acc);
    Mpz m;
    std::string text(digits);
    mpz_set_str(m, text.c_str(), base);
    if (negative) mpz_neg(m, m);
    return m.take();
}

Ref<Int> int_from_string(std::string_view digits, int base) {
    bool negative = false;
    std::string_view rest = digits;
    if (!rest.empty() && (rest[0] == '+' || rest[0] == '-')) {
        negative = rest[0] == '-';
        rest.remove_prefix(1);
    }
    bool ok = !rest.empty() && base >= 2 && base <= 36;
    for (char c : rest) ok = ok && digit_value(c) < base;
    if (!ok) return raisef(exc::ValueError, "invalid literal for int() with base {}: {}", base, str_repr(digits));
    return digits_to_int(rest, base, negative);
}

// The first `n` code points of UTF-8 text.
static std::string_view first_code_points(std::string_view s, std::size_t n) {
    std::size_t i = 0;
    while (i < s.size() && n > 0) {
        next_code_point(s, i);
        --n;
    }
    return s.substr(0, i);
}

static std::nullptr_t invalid_literal(Str* text, int base) {
    // "%.200R": the repr, cut to 200 characters.
    std::string r = str_repr(text);
    return raisef(exc::ValueError, "invalid literal for int() with base {}: {}", base, first_code_points(r, 200));
}

Ref<> int_parse_str(Str* text, int base) {
    // ASCII text (but DEL, which the transformation ends at) is its own
    // transformation: read where it lies.
    std::string ascii;
    std::string_view s = text->ascii() ? text->view() : std::string_view();
    if (!text->ascii() || s.find('\x7f') != std::string_view::npos) {
        ascii = transform_decimal_and_space(StrUtf8(text).view());
        s = ascii;
    }
    std::size_t i = 0;
    auto at = [&](std::size_t k) { return k < s.size() ? s[k] : '\0'; };

    while (i < s.size() && is_ascii_space(s[i])) ++i;
    bool negative = false;
    if (at(i) == '+') {
        ++i;
    } else if (at(i) == '-') {
        negative = true;
        ++i;
    }
    int b = base;
    bool error_if_nonzero = false;  // "010" with base 0: C-style octal is invalid, "00" is fine
    if (b == 0) {
        char p = at(i + 1);
        if (at(i) != '0')
            b = 10;
        else if (p == 'x' || p == 'X')
            b = 16;
        else if (p == 'o' || p == 'O')
            b = 8;
        else if (p == 'b' || p == 'B')
            b = 2;
        else {
            error_if_nonzero = true;
            b = 10;
        }
    }
    if (at(i) == '0') {
        char p = at(i + 1);
        if ((b == 16 && (p == 'x' || p == 'X')) || (b == 8 && (p == 'o' || p == 'O')) ||
            (b == 2 && (p == 'b' || p == 'B'))) {
            i += 2;
            if (at(i) == '_') ++i;  // one underscore may follow the prefix: 0x_ff
        }
    }
    if (at(i) == '_') return invalid_literal(text, base);

    // Digits, with single underscores between them.
    std::string digits;
    char prev = '\0';
    for (; i < s.size(); ++i) {
        char c = s[i];
        if (c == '_') {
            if (prev == '_') return invalid_literal(text, base);
        } else if (digit_value(c) < b) {
            digits.push_back(c);
        } else {
            break;
        }
        prev = c;
    }
    if (prev == '_' || digits.empty()) return invalid_literal(text, base);

    // CVE-2020-10735: quadratic-time conversions are limited (not for
    // power-of-two bases, which are linear).
    const std::int64_t limit = int_get_max_str_digits();
    if ((b & (b - 1)) != 0 && limit > 0 && static_cast<std::int64_t>(digits.size()) > limit)
        return raisef(exc::ValueError,
                      "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; "
                      "use sys.set_int_max_str_digits() to increase the limit",
                      limit, digits.size());

    Ref<Int> value = digits_to_int(digits, b, negative);
    if (error_if_nonzero && int_sign(value.get()) != 0) return invalid_literal(text, base);
    while (i < s.size() && is_ascii_space(s[i])) ++i;
    if (i != s.size()) return invalid_literal(text, base);
    return value;
}

}  // namespace minipy
