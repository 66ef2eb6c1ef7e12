// Code point properties, case mappings and UTF-8 primitives (see unicode.hpp).
#include "runtime/text/unicode.hpp"

#include "runtime/text/unicode_tables.hpp"

#include <cstring>

namespace minipy::unicode {

namespace {

const tables::Record& record(std::uint32_t cp) {
    if (cp > kMaxCodePoint) return tables::records[0];  // record 0 is U+0000's: no properties
    const std::uint32_t block = tables::index1[cp >> tables::kShift];
    return tables::records[tables::index2[(block << tables::kShift) + (cp & ((1u << tables::kShift) - 1))]];
}

bool has(std::uint32_t cp, std::uint32_t flag) { return (record(cp).flags & flag) != 0; }

// One of the four mappings; `field` selects it from the record.
int map_case(std::uint32_t cp, std::int32_t tables::Record::*field, std::uint32_t out[3]) {
    const tables::Record& r = record(cp);
    const std::int32_t v = r.*field;
    if (!(r.flags & tables::kExtendedCase)) {
        out[0] = static_cast<std::uint32_t>(static_cast<std::int64_t>(cp) + v);
        return 1;
    }
    const int count = v >> 24;
    const std::uint32_t* src = tables::extended + (v & 0xFFFFFF);
    for (int i = 0; i < count; ++i) out[i] = src[i];
    return count;
}

}  // namespace

// ---------------------------------------------------------------- UTF-8

int utf8_encode(std::uint32_t cp, char* out) {
    auto* o = reinterpret_cast<unsigned char*>(out);
    if (cp < 0x80) {
        o[0] = static_cast<unsigned char>(cp);
        return 1;
    }
    if (cp < 0x800) {
        o[0] = static_cast<unsigned char>(0xC0 | (cp >> 6));
        o[1] = static_cast<unsigned char>(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = static_cast<unsigned char>(0xE0 | (cp >> 12));
        o[1] = static_cast<unsigned char>(0x80 | ((cp >> 6) & 0x3F));
        o[2] = static_cast<unsigned char>(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = static_cast<unsigned char>(0xF0 | (cp >> 18));
    o[1] = static_cast<unsigned char>(0x80 | ((cp >> 12) & 0x3F));
    o[2] = static_cast<unsigned char>(0x80 | ((cp >> 6) & 0x3F));
    o[3] = static_cast<unsigned char>(0x80 | (cp & 0x3F));
    return 4;
}

void utf8_append(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
        return;
    }
    char buf[4];
    out.append(buf, static_cast<std::size_t>(utf8_encode(cp, buf)));
}

std::int64_t utf8_count(std::string_view text) {
    // Every byte that is not a continuation byte starts a code point.
    std::int64_t n = 0;
    for (char c : text) n += !is_continuation(static_cast<unsigned char>(c));
    return n;
}

std::size_t utf8_offset(std::string_view text, std::int64_t index) {
    std::size_t pos = 0;
    while (index > 0 && pos < text.size()) {
        pos += static_cast<std::size_t>(utf8_seq_len(static_cast<unsigned char>(text[pos])));
        --index;
    }
    return pos;
}

// CPython's stringlib/codecs.h decoder, reduced to validation: the same
// byte ranges (Unicode 3.0 table 3-7) and the same error spans.
std::size_t utf8_validate(std::string_view bytes, std::size_t& error_end, const char*& reason) {
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t n = bytes.size();
    std::size_t i = 0;
    auto cont = [](unsigned char b) { return (b & 0xC0) == 0x80; };
    while (i < n) {
        const unsigned char ch = s[i];
        if (ch < 0x80) {
            ++i;
            // Runs of ASCII eight bytes at a time, tried at every eighth
            // byte only: in text that mixes scripts the runs are short, and
            // a test at each byte would cost more than it saves.
            if ((i & 7) == 0) {
                std::uint64_t word;
                while (i + 8 <= n && (std::memcpy(&word, s + i, 8), (word & 0x8080808080808080ull) == 0)) i += 8;
            }
            continue;
        }
        const std::size_t left = n - i;
        int bad = 0;  // 0: valid; 1: invalid start; 2..4: invalid continuation at byte bad-1; -1: truncated
        int len = 0;
        if (ch < 0xC2 || ch > 0xF4) {
            bad = 1;
        } else if (ch < 0xE0) {
            len = 2;
            if (left < 2) bad = -1;
            else if (!cont(s[i + 1])) bad = 2;
        } else if (ch < 0xF0) {
            len = 3;
            auto bad2 = [&](unsigned char c2) {
                return !cont(c2) || (ch == 0xE0 && c2 < 0xA0) || (ch == 0xED && c2 >= 0xA0);
            };
            if (left < 3) bad = (left >= 2 && bad2(s[i + 1])) ? 2 : -1;
            else if (bad2(s[i + 1])) bad = 2;
            else if (!cont(s[i + 2])) bad = 3;
        } else {
            len = 4;
            auto bad2 = [&](unsigned char c2) {
                return !cont(c2) || (ch == 0xF0 && c2 < 0x90) || (ch == 0xF4 && c2 >= 0x90);
            };
            if (left < 4) {
                bad = -1;
                if (left >= 2 && bad2(s[i + 1])) bad = 2;
                else if (left >= 3 && !cont(s[i + 2])) bad = 3;
            } else if (bad2(s[i + 1])) {
                bad = 2;
            } else if (!cont(s[i + 2])) {
                bad = 3;
            } else if (!cont(s[i + 3])) {
                bad = 4;
            }
        }
        switch (bad) {
        case 0:
            i += static_cast<std::size_t>(len);
            continue;
        case 1:
            reason = "invalid start byte";
            error_end = i + 1;
            return i;
        case -1:
            reason = "unexpected end of data";
            error_end = n;
            return i;
        default:
            reason = "invalid continuation byte";
            error_end = i + static_cast<std::size_t>(bad) - 1;
            return i;
        }
    }
    error_end = n;
    reason = nullptr;
    return n;
}

// ----------------------------------------------------------- properties

bool is_alpha(std::uint32_t cp) { return has(cp, tables::kAlpha); }
bool is_decimal(std::uint32_t cp) { return has(cp, tables::kDecimal); }
bool is_digit(std::uint32_t cp) { return has(cp, tables::kDigit); }
bool is_numeric(std::uint32_t cp) { return has(cp, tables::kNumeric); }
bool is_space(std::uint32_t cp) { return has(cp, tables::kSpace); }
bool is_printable(std::uint32_t cp) { return has(cp, tables::kPrintable); }
bool is_lower(std::uint32_t cp) { return has(cp, tables::kLower); }
bool is_upper(std::uint32_t cp) { return has(cp, tables::kUpper); }
bool is_title(std::uint32_t cp) { return has(cp, tables::kTitle); }
bool is_cased(std::uint32_t cp) { return has(cp, tables::kCased); }
bool is_case_ignorable(std::uint32_t cp) { return has(cp, tables::kCaseIgnorable); }
bool is_xid_start(std::uint32_t cp) { return has(cp, tables::kXidStart); }
bool is_xid_continue(std::uint32_t cp) { return has(cp, tables::kXidContinue); }
int decimal_value(std::uint32_t cp) { return record(cp).decimal; }

// ------------------------------------------------------- case mappings

int to_lower(std::uint32_t cp, std::uint32_t out[3]) { return map_case(cp, &tables::Record::lower, out); }
int to_upper(std::uint32_t cp, std::uint32_t out[3]) { return map_case(cp, &tables::Record::upper, out); }
int to_title(std::uint32_t cp, std::uint32_t out[3]) { return map_case(cp, &tables::Record::title, out); }
int to_fold(std::uint32_t cp, std::uint32_t out[3]) { return map_case(cp, &tables::Record::fold, out); }

}  // namespace minipy::unicode
