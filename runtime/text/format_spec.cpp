// The format-spec mini-language: parsing (CPython's
// parse_internal_render_format_spec in Python/formatter_unicode.c), padding,
// and digit grouping (_PyUnicode_InsertThousandsGrouping).
#include "runtime/text/format_spec.hpp"

#include "runtime/core/errors.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/text/unicode.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>
#include <vector>

namespace minipy {

namespace {

bool is_align(std::uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }
bool is_sign(std::uint32_t c) { return c == '+' || c == '-' || c == ' '; }

// get_integer: a run of Unicode decimal digits. Returns the number of digits
// read, or -1 with ValueError set on overflow. `Units` is the spec as bytes
// (all ASCII) or as code points.
template <class Units>
int read_integer(const Units& cps, std::size_t end, std::size_t& pos, std::int64_t& out) {
    std::int64_t acc = 0;
    int digits = 0;
    for (; pos < end; ++pos, ++digits) {
        const std::uint32_t c = cps[pos];
        const int d = c < 0x80 ? (c >= '0' && c <= '9' ? static_cast<int>(c - '0') : -1) : unicode::decimal_value(c);
        if (d < 0) break;
        if (acc > (std::numeric_limits<std::int64_t>::max() - d) / 10) {
            raise(exc::ValueError, "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + d;
    }
    out = acc;
    return digits;
}

// A presentation type as CPython prints it in messages: the character when
// printable ASCII, else \x followed by its hex code.
std::string code_text(std::uint32_t c) {
    if (c > 32 && c < 128) return std::string(1, static_cast<char>(c));
    return fmt::format("\\x{:x}", c);
}

bool is_ascii(std::string_view text) {
    for (char c : text)
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    return true;
}

// The spec's bytes read as code points: an ASCII spec (nearly every one)
// is read in place.
struct AsciiUnits {
    std::string_view text;
    std::uint32_t operator[](std::size_t i) const { return static_cast<unsigned char>(text[i]); }
};

template <class Units>
bool parse_units(const Units& cps, std::size_t end, std::string_view spec, FormatSpec& out, std::string_view type_name) {
    out = FormatSpec{};
    std::size_t pos = 0;

    bool fill_specified = false;
    if (end - pos >= 2 && is_align(cps[pos + 1])) {
        out.fill_cp = cps[pos];
        out.fill_size = static_cast<std::uint8_t>(unicode::utf8_encode(cps[pos], out.fill_utf8));
        out.align = static_cast<char>(cps[pos + 1]);
        fill_specified = true;
        pos += 2;
    } else if (end - pos >= 1 && is_align(cps[pos])) {
        out.align = static_cast<char>(cps[pos]);
        ++pos;
    }
    if (pos < end && is_sign(cps[pos])) out.sign = static_cast<char>(cps[pos++]);
    if (pos < end && cps[pos] == 'z') {
        out.no_neg_zero = true;
        ++pos;
    }
    if (pos < end && cps[pos] == '#') {
        out.alternate = true;
        ++pos;
    }
    // "The special case for 0-padding (backwards compat)": the fill becomes
    // '0'; whether that means '=' alignment depends on the type's default.
    if (!fill_specified && pos < end && cps[pos] == '0') {
        out.fill_cp = '0';
        out.fill_utf8[0] = '0';
        out.zero_pad = true;
        ++pos;
    }
    std::int64_t value = 0;
    int digits = read_integer(cps, end, pos, value);
    if (digits < 0) return false;
    out.width = digits == 0 ? -1 : value;

    if (pos < end && cps[pos] == ',') {
        out.grouping = ',';
        ++pos;
    }
    if (pos < end && cps[pos] == '_') {
        if (out.grouping) {
            raise(exc::ValueError, "Cannot specify both ',' and '_'.");
            return false;
        }
        out.grouping = '_';
        ++pos;
    }
    if (pos < end && cps[pos] == ',' && out.grouping == '_') {
        raise(exc::ValueError, "Cannot specify both ',' and '_'.");
        return false;
    }
    if (pos < end && cps[pos] == '.') {
        ++pos;
        digits = read_integer(cps, end, pos, value);
        if (digits < 0) return false;
        if (digits == 0) {
            raise(exc::ValueError, "Format specifier missing precision");
            return false;
        }
        out.precision = value;
    }
    // The text is built outside the heap, at least this long.
    if (!heap_may_allocate(out.width)) return false;
    if (end - pos > 1) {
        if (type_name.empty()) raise(exc::ValueError, "Invalid format specifier");
        else raisef(exc::ValueError, "Invalid format specifier '{}' for object of type '{}'", spec, type_name);
        return false;
    }
    if (end - pos == 1) {
        out.type_code = cps[pos];
        out.type = out.type_code < 0x80 ? static_cast<char>(out.type_code) : '\x01';
    }
    if (out.grouping) {
        switch (out.type_code) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;  // PEP 378
        case 'b': case 'o': case 'x': case 'X':
            if (out.grouping == '_') break;  // PEP 515: every four digits
            [[fallthrough]];
        default:
            raisef(exc::ValueError, "Cannot specify '{}' with '{}'.", out.grouping, code_text(out.type_code));
            return false;
        }
    }
    return true;
}

// Specs repeat: an f-string's spec is a constant of its node, a loop formats
// every value with the same one. The last successful parses are kept by
// their text in a small direct-mapped table, so a spec is parsed once and
// then only looked up. A parse depends on the text alone (the type's name
// only words the errors, which are never kept); the heap check of the width
// depends on the heap's state and is made on every use.
struct CachedSpec {
    char text[16];
    std::size_t size = 0;  // 0: empty slot (the empty spec never gets here)
    FormatSpec spec;
};
CachedSpec spec_cache[16];

CachedSpec& cache_slot(std::string_view spec) {
    const auto first = static_cast<unsigned char>(spec.front());
    const auto last = static_cast<unsigned char>(spec.back());
    return spec_cache[(spec.size() * 5 + first * 3 + last) & 15];
}

}  // namespace

bool parse_format_spec(std::string_view spec, FormatSpec& out, std::string_view type_name) {
    const bool cacheable = !spec.empty() && spec.size() <= sizeof(CachedSpec::text);
    if (cacheable) {
        CachedSpec& slot = cache_slot(spec);
        if (slot.size == spec.size() && std::memcmp(slot.text, spec.data(), spec.size()) == 0) {
            out = slot.spec;
            return heap_may_allocate(out.width);
        }
    }
    if (is_ascii(spec)) {
        if (!parse_units(AsciiUnits{spec}, spec.size(), spec, out, type_name)) return false;
        if (cacheable) {
            CachedSpec& slot = cache_slot(spec);
            std::memcpy(slot.text, spec.data(), spec.size());
            slot.size = spec.size();
            slot.spec = out;
        }
        return true;
    }
    std::vector<std::uint32_t> cps;
    cps.reserve(spec.size());
    for (const char* p = spec.data(); p < spec.data() + spec.size();) cps.push_back(unicode::utf8_next(p));
    return parse_units(cps, cps.size(), spec, out, type_name);
}

std::nullptr_t raise_unknown_format_code(const FormatSpec& spec, std::string_view type_name) {
    return raisef(exc::ValueError, "Unknown format code '{}' for object of type '{}'", code_text(spec.type_code),
                  type_name);
}

std::string apply_padding(std::string_view body, const FormatSpec& spec, char default_align,
                          std::size_t sign_prefix_len) {
    const std::int64_t length = unicode::utf8_count(body);
    if (spec.width <= length) return std::string(body);
    char align = spec.align;
    if (!align) align = spec.zero_pad && default_align == '>' ? '=' : default_align;
    const std::int64_t pad = spec.width - length;
    std::int64_t left = 0;
    switch (align) {
    case '>': left = pad; break;
    case '^': left = pad / 2; break;
    case '=': left = pad; break;
    default: left = 0; break;
    }
    const std::int64_t right = pad - left;
    std::string out;
    const std::string_view fill = spec.fill();
    out.reserve(body.size() + static_cast<std::size_t>(pad) * fill.size());
    if (align == '=') {
        const std::size_t prefix = std::min(sign_prefix_len, body.size());
        out.append(body.substr(0, prefix));
        for (std::int64_t i = 0; i < left; ++i) out += fill;
        out.append(body.substr(prefix));
        return out;
    }
    for (std::int64_t i = 0; i < left; ++i) out += fill;
    out.append(body);
    for (std::int64_t i = 0; i < right; ++i) out += fill;
    return out;
}

std::string group_digits(std::string_view digits, char sep, int group) {
    return group_digits_padded(digits, sep, group, 0);
}

// _PyUnicode_InsertThousandsGrouping with a grouping that repeats `group`:
// works from the right, one group at a time, turning missing digits into
// zeros while the minimum width is not reached.
std::string group_digits_padded(std::string_view digits, char sep, int group, std::int64_t min_width) {
    std::string reversed;
    std::int64_t remaining = static_cast<std::int64_t>(digits.size());
    std::size_t next = digits.size();  // digits[0, next) are not yet copied
    min_width = std::max<std::int64_t>(0, min_width);
    bool use_sep = false;
    while (true) {
        const std::int64_t l = std::min<std::int64_t>(group, std::max<std::int64_t>(std::max(remaining, min_width), 1));
        const std::int64_t zeros = std::max<std::int64_t>(0, l - remaining);
        const std::int64_t chars = std::max<std::int64_t>(0, std::min(remaining, l));
        if (use_sep) reversed += sep;
        for (std::int64_t i = 0; i < chars; ++i) reversed += digits[--next];
        reversed.append(static_cast<std::size_t>(zeros), '0');
        use_sep = true;
        remaining -= chars;
        min_width -= l;
        if (remaining <= 0 && min_width <= 0) break;
        min_width -= 1;  // the separator's width
    }
    return std::string(reversed.rbegin(), reversed.rend());
}

}  // namespace minipy
