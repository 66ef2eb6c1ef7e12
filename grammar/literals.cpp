#include "grammar/literals.hpp"

#include <fmt/format.h>

#include <cctype>
#include <cstdlib>

namespace minipy::grammar {

void decode_number(std::string_view text, ast::Constant& out) {
    std::string digits;
    for (char c : text)
        if (c != '_') digits += c;
    char last = digits.back();
    if (last == 'j' || last == 'J') {
        digits.pop_back();
        out.value_kind = ast::ConstantKind::Imaginary;
        out.number = std::strtod(digits.c_str(), nullptr);
        return;
    }
    // A radix prefix (0x, 0o, 0b); 0e3 is a float.
    const char prefix =
        digits.size() > 1 && digits[0] == '0' ? static_cast<char>(std::tolower(static_cast<unsigned char>(digits[1]))) : 0;
    if (prefix == 'x' || prefix == 'o' || prefix == 'b') {
        char p = prefix;
        out.value_kind = ast::ConstantKind::Int;
        out.int_base = p == 'x' ? 16 : p == 'o' ? 8 : 2;
        out.text = digits.substr(2);
        for (char& c : out.text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return;
    }
    if (digits.find_first_of(".eE") != std::string::npos) {
        out.value_kind = ast::ConstantKind::Float;
        out.number = std::strtod(digits.c_str(), nullptr);
        return;
    }
    out.value_kind = ast::ConstantKind::Int;
    out.int_base = 10;
    std::size_t nonzero = digits.find_first_not_of('0');
    out.text = nonzero == std::string::npos ? "0" : digits.substr(nonzero);
}

StringToken split_string_token(std::string_view token) {
    StringToken s;
    std::size_t i = 0;
    while (token[i] != '\'' && token[i] != '"') {
        char c = static_cast<char>(std::tolower(static_cast<unsigned char>(token[i])));
        s.bytes |= c == 'b';
        s.raw |= c == 'r';
        s.fstring |= c == 'f';
        s.u_prefix |= c == 'u';
        ++i;
    }
    s.prefix_len = static_cast<int>(i);
    char q = token[i];
    s.quote_len = token.size() >= i + 6 && token[i + 1] == q && token[i + 2] == q ? 3 : 1;
    s.body = token.substr(i + s.quote_len, token.size() - i - 2 * s.quote_len);
    return s;
}

namespace {

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}
}  // namespace

bool decode_escapes(std::string_view body, bool bytes, std::string& out, std::string& error, int& error_at) {
    // The codec reports positions within the literal's bytes (after decoding
    // the source as UTF-8 and re-encoding for bytes literals: the same bytes).
    auto unicode_error = [&](std::size_t start, std::size_t end, const char* what) {
        error = fmt::format("(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {}", start,
                            end, what);
        error_at = static_cast<int>(start);
        return false;
    };
    for (std::size_t i = 0; i < body.size(); ++i) {
        char c = body[i];
        if (c != '\\' || i + 1 >= body.size()) {
            out += c;
            continue;
        }
        std::size_t start = i;
        char e = body[++i];
        switch (e) {
            case '\n': break;
            case '\\': out += '\\'; break;
            case '\'': out += '\''; break;
            case '"': out += '"'; break;
            case 'a': out += '\a'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'v': out += '\v'; break;
            case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                int value = e - '0';
                for (int k = 0; k < 2 && i + 1 < body.size() && body[i + 1] >= '0' && body[i + 1] <= '7'; ++k)
                    value = value * 8 + (body[++i] - '0');
                if (bytes) out += static_cast<char>(value & 0xFF);
                else append_utf8(out, static_cast<char32_t>(value));
                break;
            }
            case 'x': {
                int hi = i + 1 < body.size() ? hex_value(body[i + 1]) : -1;
                int lo = i + 2 < body.size() ? hex_value(body[i + 2]) : -1;
                if (hi < 0 || lo < 0) {
                    if (bytes) {
                        error = fmt::format("(value error) invalid \\x escape at position {}", start);
                        error_at = static_cast<int>(start);
                        return false;
                    }
                    std::size_t end = i + (hi < 0 ? 0 : 1);
                    return unicode_error(start, end, "truncated \\xXX escape");
                }
                i += 2;
                if (bytes) out += static_cast<char>(hi * 16 + lo);
                else append_utf8(out, static_cast<char32_t>(hi * 16 + lo));
                break;
            }
            case 'u': case 'U': {
                if (bytes) {
                    out += '\\';
                    out += e;
                    break;
                }
                int n = e == 'u' ? 4 : 8;
                char32_t cp = 0;
                int k = 0;
                for (; k < n && i + 1 < body.size() && hex_value(body[i + 1]) >= 0; ++k)
                    cp = cp * 16 + static_cast<char32_t>(hex_value(body[++i]));
                if (k < n) return unicode_error(start, i, e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
                if (cp > 0x10FFFF) return unicode_error(start, i, "illegal Unicode character");
                append_utf8(out, cp);
                break;
            }
            case 'N': {
                if (bytes) {
                    out += "\\N";
                    break;
                }
                // No Unicode name table: every \N{...} is an unknown name.
                std::size_t close = body.find('}', i);
                std::size_t end = (i + 1 < body.size() && body[i + 1] == '{' && close != std::string_view::npos) ? close : i;
                return unicode_error(start, end, end == i ? "malformed \\N character escape" : "unknown Unicode character name");
            }
            default:
                // Unknown escapes stay as written (a DeprecationWarning in 3.11).
                out += '\\';
                out += e;
                break;
        }
    }
    return true;
}

}  // namespace minipy::grammar
