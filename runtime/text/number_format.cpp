// Number formatting, ported from CPython 3.11: format_float_short in
// Python/pystrtod.c, and calc_number_widths / fill_number /
// _PyUnicode_InsertThousandsGrouping / format_long_internal /
// format_float_internal in Python/formatter_unicode.c. Digit generation uses
// std::to_chars, which is exact (shortest round-trip, or correctly rounded
// to a precision) like Gay's dtoa; the layout code follows CPython's step by
// step so padding, grouping and zero-fill agree character for character.
#include "runtime/text/number_format.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/number_internal.hpp"
#include "runtime/text/format_spec.hpp"
#include "runtime/text/str.hpp"
#include "runtime/text/str_impl.hpp"
#include "runtime/text/unicode.hpp"

#include <algorithm>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <vector>

namespace minipy {

// ------------------------------------------------------ double to digits

namespace {

// Room for to_chars' text of one double: on the stack for the precisions
// programs use, on the heap for a huge one ('%.500f').
class DigitBuffer {
public:
    char* get(std::size_t n) {
        if (n <= sizeof stack_) return stack_;
        heap_.resize(n);
        return heap_.data();
    }

private:
    char stack_[400];
    std::vector<char> heap_;
};

// A finite |value| as significant decimal digits (no trailing zeros, at
// least one digit) and the decimal point's position: value = 0.DIGITS * 10**decpt.
// `digits` points into the DigitBuffer the digits were made in.
struct Digits {
    std::string_view digits;
    int decpt = 0;
};

void strip_trailing_zeros(std::string_view& d) {
    while (d.size() > 1 && d.back() == '0') d.remove_suffix(1);
}

// From to_chars' scientific output "d.ddde+XX" at `text` (`size` bytes),
// rewritten in place: the first digit moves over the point.
Digits digits_from_scientific(char* text, std::size_t size) {
    Digits out;
    const std::string_view all(text, size);
    const std::size_t e = all.find('e');
    char* begin = text;
    if (e > 1 && text[1] == '.') {
        text[1] = text[0];
        begin = text + 1;
    }
    out.digits = std::string_view(begin, static_cast<std::size_t>(text + e - begin));
    int exponent = 0;
    std::string_view exp_text = all.substr(e + 1);
    if (exp_text[0] == '+') exp_text.remove_prefix(1);
    std::from_chars(exp_text.data(), exp_text.data() + exp_text.size(), exponent);
    out.decpt = exponent + 1;
    strip_trailing_zeros(out.digits);
    if (out.digits == "0") out.decpt = 1;
    return out;
}

// mode 0 (shortest), or mode 2 with `significant` digits (dtoa's modes).
Digits scientific_digits(double magnitude, int significant, DigitBuffer& buffer) {
    const std::size_t size = static_cast<std::size_t>(significant) + 32;
    char* buf = buffer.get(size);
    std::to_chars_result r = significant <= 0
                                 ? std::to_chars(buf, buf + size, magnitude, std::chars_format::scientific)
                                 : std::to_chars(buf, buf + size, magnitude, std::chars_format::scientific,
                                                 significant - 1);
    return digits_from_scientific(buf, static_cast<std::size_t>(r.ptr - buf));
}

// mode 3: `decimals` digits after the point.
Digits fixed_digits(double magnitude, int decimals, DigitBuffer& buffer) {
    const std::size_t size = static_cast<std::size_t>(decimals) + 330;
    char* buf = buffer.get(size);
    auto r = std::to_chars(buf, buf + size, magnitude, std::chars_format::fixed, decimals);
    std::size_t n = static_cast<std::size_t>(r.ptr - buf);
    Digits out;
    const std::size_t point = std::string_view(buf, n).find('.');
    out.decpt = static_cast<int>(point == std::string_view::npos ? n : point);
    if (point != std::string_view::npos) {  // close up the point
        std::memmove(buf + point, buf + point + 1, n - point - 1);
        --n;
    }
    out.digits = std::string_view(buf, n);
    strip_trailing_zeros(out.digits);
    std::size_t lead = 0;
    while (lead + 1 < out.digits.size() && out.digits[lead] == '0') ++lead;
    out.digits.remove_prefix(lead);
    out.decpt -= static_cast<int>(lead);
    if (out.digits == "0") out.decpt = 1;
    return out;
}

}  // namespace

// PyOS_double_to_string + format_float_short.
std::string double_to_string(double value, char code, int precision, unsigned flags) {
    const bool upper = code == 'E' || code == 'F' || code == 'G';
    if (upper) code = static_cast<char>(code - 'A' + 'a');
    const bool add_dot_0 = flags & dtsf::kAddDot0;
    const bool alt = flags & dtsf::kAlt;
    std::string out;

    bool negative = std::signbit(value);
    if (!std::isfinite(value)) {
        if (std::isnan(value)) negative = false;  // the sign of a nan is never shown
        if (negative)
            out.push_back('-');
        else if (flags & dtsf::kSign)
            out.push_back('+');
        out += std::isnan(value) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        return out;
    }

    const double magnitude = std::fabs(value);
    DigitBuffer buffer;
    Digits d;
    switch (code) {
    case 'e':
        precision += 1;  // significant digits
        d = scientific_digits(magnitude, precision, buffer);
        break;
    case 'f':
        d = fixed_digits(magnitude, precision, buffer);
        break;
    case 'g':
        if (precision == 0) precision = 1;
        d = scientific_digits(magnitude, precision, buffer);
        break;
    default:  // 'r'
        d = scientific_digits(magnitude, 0, buffer);
        break;
    }
    if ((flags & dtsf::kNoNegZero) && negative && d.digits == "0") negative = false;

    // Which slice of the zero-padded digit string to print, and where the
    // point goes (format_float_short's vdigits_start/vdigits_end).
    const int digits_len = static_cast<int>(d.digits.size());
    int decpt = d.decpt;
    int vdigits_end = digits_len;
    bool use_exp = false;
    switch (code) {
    case 'e':
        use_exp = true;
        vdigits_end = precision;
        break;
    case 'f':
        vdigits_end = decpt + precision;
        break;
    case 'g':
        if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = true;
        if (alt) vdigits_end = precision;
        break;
    default:
        // repr switches to an exponent at 1e16 (see CPython's comment:
        // repr(2e16+8) would otherwise show a padded, misleading digit).
        if (decpt <= -4 || decpt > 16) use_exp = true;
        break;
    }
    int exp = 0;
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    const int vdigits_start = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot_0)
        vdigits_end = std::max(vdigits_end, decpt + 1);
    else
        vdigits_end = std::max(vdigits_end, decpt);

    if (negative)
        out.push_back('-');
    else if (flags & dtsf::kSign)
        out.push_back('+');
    if (decpt <= 0) {
        out.append(static_cast<std::size_t>(decpt - vdigits_start), '0');
        out.push_back('.');
        out.append(static_cast<std::size_t>(-decpt), '0');
    } else {
        out.append(static_cast<std::size_t>(-vdigits_start), '0');
    }
    if (0 < decpt && decpt <= digits_len) {
        out.append(d.digits.substr(0, static_cast<std::size_t>(decpt)));
        out.push_back('.');
        out.append(d.digits.substr(static_cast<std::size_t>(decpt)));
    } else {
        out += d.digits;
    }
    if (digits_len < decpt) {
        out.append(static_cast<std::size_t>(decpt - digits_len), '0');
        out.push_back('.');
        out.append(static_cast<std::size_t>(vdigits_end - decpt), '0');
    } else {
        out.append(static_cast<std::size_t>(vdigits_end - digits_len), '0');
    }
    if (out.back() == '.' && !alt) out.pop_back();
    if (use_exp) {
        char buf[16];
        int n = std::snprintf(buf, sizeof buf, "%c%+.02d", upper ? 'E' : 'e', exp);
        out.append(buf, static_cast<std::size_t>(n));
    }
    return out;
}

// ------------------------------------------------------------ the layout

namespace {

struct Grouping {
    char separator = '\0';  // '\0': none
    int size = 3;
};

std::size_t code_points(std::string_view s) {
    std::size_t n = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

// _PyUnicode_InsertThousandsGrouping: groups `digits` from the right and,
// for '0'-fill with '=' alignment, pads with zeros (grouped too) to
// `min_width` characters.
std::string insert_grouping(std::string_view digits, std::int64_t min_width, const Grouping& grouping) {
    std::string rev;  // built right to left
    min_width = std::max<std::int64_t>(0, min_width);
    auto n_digits = static_cast<std::int64_t>(digits.size());
    std::int64_t pos = n_digits;
    bool use_separator = false;
    auto emit = [&](std::int64_t len) {
        std::int64_t n_zeros = std::max<std::int64_t>(0, len - n_digits);
        std::int64_t n_chars = std::max<std::int64_t>(0, std::min(len, n_digits));
        if (use_separator) rev.push_back(grouping.separator);
        for (std::int64_t k = 0; k < n_chars; ++k) rev.push_back(digits[static_cast<std::size_t>(--pos)]);
        rev.append(static_cast<std::size_t>(n_zeros), '0');
        return n_chars;
    };
    bool finished = false;
    if (grouping.separator) {
        for (;;) {
            std::int64_t len = std::min<std::int64_t>(grouping.size, std::max<std::int64_t>({n_digits, min_width, 1}));
            std::int64_t used = emit(len);
            use_separator = true;
            n_digits -= used;
            min_width -= len;
            if (n_digits <= 0 && min_width <= 0) {
                finished = true;
                break;
            }
            min_width -= 1;  // the separator (only counted when another group follows)
        }
    }
    if (!finished) emit(std::max<std::int64_t>({n_digits, min_width, 1}));
    return std::string(rev.rbegin(), rev.rend());
}

// The parts of one formatted number: [sign][prefix][digits][.remainder].
// Views into the caller's buffers: a number's text is made once and laid
// out from where it lies.
struct NumberText {
    char sign_char = '\0';         // '-' for negative values
    std::string_view prefix;       // "0x" and friends
    std::string_view digits;       // the integer digits, to be grouped
    bool has_decimal = false;      // a '.' follows the digits
    std::string_view remainder;    // after the point (or exponent, '%', a 'c' character)
};

// Upper-cases ASCII letters in place ('X': the prefix and the hex digits).
void upper_ascii(char* p, std::size_t n) {
    for (std::size_t k = 0; k < n; ++k)
        if (p[k] >= 'a' && p[k] <= 'z') p[k] = static_cast<char>(p[k] - 'a' + 'A');
}

// calc_number_widths + fill_number, writing the result once in its final
// kind: straight into the str's bytes when every character is ASCII (the
// usual case), else through a StrWriter (a non-ASCII fill, or 'c' of a
// non-ASCII code point). Null with MemoryError when a width the program
// chose cannot be had. One-character results are the shared strs, as
// CPython's writer returns them.
Ref<> laid_out(const NumberText& n, const FormatSpec& spec, const Grouping& grouping, bool upper) {
    std::uint32_t fill = spec.fill_cp;
    char align = spec.align;
    if (spec.zero_pad) {
        fill = '0';  // a '0' before the width means fill '0' and (by default) '=' alignment
        if (align == '\0') align = '=';
    }
    if (align == '\0') align = '>';

    char sign = '\0';
    if (spec.sign == '+')
        sign = n.sign_char == '-' ? '-' : '+';
    else if (spec.sign == ' ')
        sign = n.sign_char == '-' ? '-' : ' ';
    else if (n.sign_char == '-')
        sign = '-';

    const auto remainder_len = static_cast<std::int64_t>(code_points(n.remainder));
    const auto n_non_digit =
        static_cast<std::int64_t>((sign ? 1 : 0) + n.prefix.size() + (n.has_decimal ? 1 : 0)) + remainder_len;
    const std::int64_t min_width = (fill == '0' && align == '=') ? spec.width - n_non_digit : 0;
    // Grouping or zero padding inside the digits needs a copy; plain digits
    // are laid out from where they are.
    std::string grouped_text;
    std::string_view grouped = n.digits;
    if (!n.digits.empty() &&
        (grouping.separator || min_width > static_cast<std::int64_t>(n.digits.size()))) {
        if (!build_text(grouped_text, [&] { return insert_grouping(n.digits, min_width, grouping); })) return nullptr;
        grouped = grouped_text;
    }

    std::int64_t padding = spec.width - (n_non_digit + static_cast<std::int64_t>(grouped.size()));
    std::int64_t lpad = 0, spad = 0, rpad = 0;
    if (padding > 0) {
        switch (align) {
        case '<': rpad = padding; break;
        case '^': lpad = padding / 2; rpad = padding - lpad; break;
        case '=': spad = padding; break;
        default: lpad = padding; break;
        }
    }
    const std::int64_t total = lpad + spad + rpad + n_non_digit + static_cast<std::int64_t>(grouped.size());
    const bool ascii = fill < 0x80 && static_cast<std::int64_t>(n.remainder.size()) == remainder_len;

    if (!ascii) {
        if (!str_may_allocate(total, std::max<std::uint32_t>(fill, 0xFFFF))) return nullptr;
        StrWriter w;
        w.append_repeated(fill, lpad);
        if (sign) w.append(static_cast<unsigned char>(sign));
        std::string upper_text;  // only 'X' upper-cases, and its remainder is empty
        auto ascii_part = [&](std::string_view part) {
            if (!upper) return part;
            upper_text.assign(part);
            upper_ascii(upper_text.data(), upper_text.size());
            return std::string_view(upper_text);
        };
        w.append_ascii(ascii_part(n.prefix));
        w.append_repeated(fill, spad);
        w.append_ascii(ascii_part(grouped));
        if (n.has_decimal) w.append('.');
        w.append_utf8(n.remainder);
        w.append_repeated(fill, rpad);
        return w.finish();
    }

    // All at once: a width too large for the heap fails here, as CPython's
    // one allocation does.
    constexpr std::int64_t kStack = 64;
    char stack[kStack];
    Ref<Str> big;
    char* out = stack;
    if (total > kStack) {
        big = str_try_new_uninit(total, 0x7F);
        if (!big) return nullptr;
        out = static_cast<char*>(big->kind_data());
    }
    char* p = out;
    auto put = [&](std::string_view part) {
        if (part.empty()) return;  // an empty part's data() may be null, which memcpy must not get
        std::memcpy(p, part.data(), part.size());
        if (upper) upper_ascii(p, part.size());
        p += part.size();
    };
    // Pads are a few characters as a rule: a loop, not a call of memset.
    const char fill_char = static_cast<char>(fill);
    auto pad = [&](std::int64_t count) {
        for (std::int64_t k = 0; k < count; ++k) *p++ = fill_char;
    };
    pad(lpad);
    if (sign) *p++ = sign;
    put(n.prefix);
    pad(spad);
    put(grouped);
    if (n.has_decimal) *p++ = '.';
    if (!n.remainder.empty()) std::memcpy(p, n.remainder.data(), n.remainder.size());
    p += n.remainder.size();
    pad(rpad);
    if (big) return big;
    return str_from_ascii(std::string_view(out, static_cast<std::size_t>(total)));
}

// The thousands-separator check of CPython's spec parser (PEP 378, PEP 515):
// fills `grouping`, or fails with "Cannot specify ',' with 'x'.".
bool check_grouping(const FormatSpec& spec, char type, Grouping& grouping) {
    if (!spec.grouping) return true;
    switch (type) {
    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '\0':
        grouping = {spec.grouping, 3};
        return true;
    case 'b': case 'o': case 'x': case 'X':
        if (spec.grouping == '_') {
            grouping = {'_', 4};  // every four digits in bin/oct/hex
            return true;
        }
        break;
    default:
        break;
    }
    auto code = static_cast<unsigned char>(type);
    if (code > 32 && code < 128)
        raisef(exc::ValueError, "Cannot specify '{}' with '{}'.", spec.grouping, type);
    else
        raisef(exc::ValueError, "Cannot specify '{}' with '\\x{:x}'.", spec.grouping, code);
    return false;
}

// format_float_internal: `type` is the spec's type ('\0' when absent).
Ref<> format_double(double value, const FormatSpec& spec, char type) {
    Grouping grouping{};
    if (!check_grouping(spec, type, grouping)) return nullptr;
    if (spec.precision > INT_MAX) return raise(exc::ValueError, "precision too big");
    int precision = static_cast<int>(spec.precision);
    unsigned flags = 0;
    if (spec.alternate) flags |= dtsf::kAlt;
    if (spec.no_neg_zero) flags |= dtsf::kNoNegZero;
    int default_precision = 6;
    if (type == '\0') {
        // No type: like repr without a precision, else like 'g' but always
        // with a digit after the point.
        flags |= dtsf::kAddDot0;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n') type = 'g';  // the C locale: no grouping, '.' as the point
    bool percent = false;
    if (type == '%') {
        type = 'f';
        value *= 100;
        percent = true;
    }
    if (precision < 0)
        precision = default_precision;
    else if (type == 'r')
        type = 'g';
    if (!heap_may_allocate(precision)) return nullptr;  // at least this many digits, outside the heap
    std::string text;
    if (!build_text(text, [&] {
            std::string t = double_to_string(value, type, precision, flags);
            if (percent) t.push_back('%');
            return t;
        }))
        return nullptr;

    NumberText n;
    std::string_view rest = text;
    if (!rest.empty() && rest[0] == '-') {
        n.sign_char = '-';
        rest.remove_prefix(1);
    }
    std::size_t k = 0;
    while (k < rest.size() && rest[k] >= '0' && rest[k] <= '9') ++k;
    n.digits = rest.substr(0, k);
    if (k < rest.size() && rest[k] == '.') {
        n.has_decimal = true;
        ++k;
    }
    n.remainder = rest.substr(k);
    return laid_out(n, spec, grouping, false);
}

}  // namespace

// ----------------------------------------------------------- __format__

// format_long_internal.
static Ref<> format_int_value(Int* value, const FormatSpec& spec, char type) {
    Grouping grouping{};
    if (!check_grouping(spec, type, grouping)) return nullptr;
    if (spec.precision != -1) return raise(exc::ValueError, "Precision not allowed in integer format specifier");
    if (spec.no_neg_zero)
        return raise(exc::ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
    NumberText n;
    if (type == 'c') {
        if (spec.sign != '\0') return raise(exc::ValueError, "Sign not allowed with integer format specifier 'c'");
        if (spec.alternate)
            return raise(exc::ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
        auto v = int_to_i64(value);
        if (!v) return raise(exc::OverflowError, "Python int too large to convert to C long");
        if (*v < 0 || *v > 0x10ffff) return raise(exc::OverflowError, "%c arg not in range(0x110000)");
        // Like CPython, the character is a "remainder": never grouped.
        char utf8[4];
        n.remainder = std::string_view(utf8, static_cast<std::size_t>(unicode::utf8_encode(static_cast<std::uint32_t>(*v), utf8)));
        return laid_out(n, spec, grouping, false);
    }
    int base = 10;
    const char* prefix = "";
    switch (type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': case 'X': base = 16; prefix = "0x"; break;
    default: break;
    }
    if (type == 'n') grouping = {};  // C locale: no thousands separator
    // A machine-sized value's digits on the stack; a big one's in `text`.
    char small[72];
    std::string text;
    std::string_view digits;
    if (int_is_small(value)) {
        auto r = std::to_chars(small, small + sizeof small, value->small, base);
        digits = std::string_view(small, static_cast<std::size_t>(r.ptr - small));
    } else {
        if (base == 10) {
            if (!int_to_decimal_checked(value, text)) return nullptr;
        } else {
            MpzView v(value);
            text.resize(mpz_sizeinbase(v, base) + 2);
            mpz_get_str(text.data(), base, v);
            text.resize(std::char_traits<char>::length(text.c_str()));
        }
        digits = text;
    }
    if (digits[0] == '-') {
        n.sign_char = '-';
        digits.remove_prefix(1);
    }
    if (spec.alternate) n.prefix = prefix;
    n.digits = digits;
    return laid_out(n, spec, grouping, type == 'X');
}

Ref<> format_int(Object* value, std::string_view spec_text) {
    if (spec_text.empty()) {
        // format(x, '') is str(x): "True" for bools, the subclass's __str__.
        if (!is_exact_int(value)) return str(value);
        return int_to_str(as_int(value));
    }
    FormatSpec spec;
    if (!parse_format_spec(spec_text, spec, type_name(value))) return nullptr;
    char type = spec.type ? spec.type : 'd';
    switch (type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        return format_int_value(as_int(value), spec, type);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        bool overflow;
        double d = int_to_double(as_int(value), overflow);
        if (overflow) return raise(exc::OverflowError, "int too large to convert to float");
        return format_double(d, spec, type);
    }
    default: {
        Grouping grouping{};  // the spec parser's check comes first in CPython
        if (!check_grouping(spec, type, grouping)) return nullptr;
        return raise_unknown_format_code(spec, type_name(value));
    }
    }
}

Ref<> format_float(Object* value, std::string_view spec_text) {
    if (spec_text.empty()) return str(value);
    FormatSpec spec;
    if (!parse_format_spec(spec_text, spec, type_name(value))) return nullptr;
    switch (spec.type) {
    case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return format_double(cast<Float>(value)->value, spec, spec.type);
    default: {
        Grouping grouping{};
        if (!check_grouping(spec, spec.type, grouping)) return nullptr;
        return raise_unknown_format_code(spec, type_name(value));
    }
    }
}

}  // namespace minipy
