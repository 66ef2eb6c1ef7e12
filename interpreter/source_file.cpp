// Program files decoded as CPython's file tokenizer decodes them (Parser/tokenizer.c).
#include "interpreter/source_file.hpp"

#include "runtime/core/errors.hpp"
#include "runtime/text/codecs.hpp"
#include "runtime/text/str.hpp"
#include "runtime/text/unicode.hpp"

#include <fmt/format.h>

#include <cctype>
#include <vector>

namespace minipy::interp {

namespace {

// A physical line of the raw file: [begin, end) without its line break,
// as Py_UniversalNewlineFgets splits them ('\n', '\r\n' or '\r').
struct RawLine {
    std::size_t begin, end;
};

std::vector<RawLine> split_lines(std::string_view bytes) {
    std::vector<RawLine> lines;
    std::size_t start = 0;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (bytes[i] != '\n' && bytes[i] != '\r') continue;
        lines.push_back({start, i});
        if (bytes[i] == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
        start = i + 1;
    }
    if (start < bytes.size()) lines.push_back({start, bytes.size()});
    return lines;
}

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\f'; }

// get_normal_name: the spellings of UTF-8 and Latin-1 the tokenizer knows.
std::string normal_name(std::string_view name) {
    std::string buf;
    for (std::size_t i = 0; i < name.size() && i < 12; ++i)
        buf += name[i] == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(name[i])));
    auto starts = [&](std::string_view p) { return buf.compare(0, p.size(), p) == 0; };
    if (buf == "utf-8" || starts("utf-8-")) return "utf-8";
    if (buf == "latin-1" || buf == "iso-8859-1" || buf == "iso-latin-1" || starts("latin-1-") ||
        starts("iso-8859-1-") || starts("iso-latin-1-"))
        return "iso-8859-1";
    return std::string(name);
}

// get_coding_spec: `coding[:=]NAME` in a line that is only a comment.
// `line` includes its line break, as the tokenizer's buffer does.
std::optional<std::string> coding_spec(std::string_view line) {
    const std::size_t size = line.size();
    auto at = [&](std::size_t i) { return i < size ? line[i] : '\0'; };
    std::size_t i = 0;
    for (; i + 6 < size; ++i) {
        if (line[i] == '#') break;
        if (!is_blank(line[i])) return std::nullopt;
    }
    for (; i + 6 < size; ++i) {
        if (line.compare(i, 6, "coding") != 0) continue;
        std::size_t t = i + 6;
        if (at(t) != ':' && at(t) != '=') continue;
        do ++t; while (at(t) == ' ' || at(t) == '\t');
        std::size_t begin = t;
        while (std::isalnum(static_cast<unsigned char>(at(t))) || at(t) == '-' || at(t) == '_' || at(t) == '.') ++t;
        if (begin < t) return normal_name(line.substr(begin, t - begin));
    }
    return std::nullopt;
}

// check_coding_spec's rule for going on to line 2: line 1 holds nothing
// but blanks and a comment.
bool only_comment(std::string_view line) {
    for (char c : line) {
        if (c == '#') return true;
        if (!is_blank(c)) return false;
    }
    return true;
}

grammar::SyntaxErrorInfo message_only(std::string message) {
    grammar::SyntaxErrorInfo info;
    info.message = std::move(message);
    info.message_only = true;
    return info;
}

// The first byte of `text` that does not start a strict UTF-8 sequence
// (CPython 3.11's valid_utf8), or npos.
std::size_t first_invalid_utf8(std::string_view text, const char*& reason) {
    std::size_t error_end = 0;
    std::size_t valid = unicode::utf8_validate(text, error_end, reason);
    return valid == text.size() ? std::string_view::npos : valid;
}

// tok_nextc's check, on decoded lines: the line with the first NUL, its
// text cut there, as C strings are.
std::optional<grammar::SyntaxErrorInfo> null_byte_error(std::string_view text, const std::string& filename) {
    std::size_t nul = text.find('\0');
    if (nul == std::string_view::npos) return std::nullopt;
    std::vector<RawLine> lines = split_lines(text.substr(0, nul + 1));
    grammar::SyntaxErrorInfo info;
    info.message = "source code cannot contain null bytes";
    info.filename = filename;
    info.line = info.end_line = static_cast<int>(lines.size());
    info.text = std::string(text.substr(lines.back().begin, nul - lines.back().begin));
    info.from_tokenizer = true;
    return info;
}

// A file that declares UTF-8 but is not: CPython's tokenizer reads it
// unchecked and the parser fails on the string or name holding the bytes
// ("(unicode error) 'utf-8' codec can't decode byte 0xff in position 0:
// invalid start byte"). Bytes in comments pass.
std::optional<grammar::SyntaxErrorInfo> declared_utf8_error(std::string_view text, const std::string& filename) {
    std::vector<RawLine> lines = split_lines(text);
    for (std::size_t n = 0; n < lines.size(); ++n) {
        std::string_view line = text.substr(lines[n].begin, lines[n].end - lines[n].begin);
        const char* reason = nullptr;
        std::size_t bad = first_invalid_utf8(line, reason);
        if (bad == std::string_view::npos) continue;
        // A comment before it (outside quotes) hides it.
        char quote = 0;
        std::size_t token_start = 0;
        bool comment = false;
        for (std::size_t i = 0; i < bad; ++i) {
            char c = line[i];
            if (quote) {
                if (c == quote) quote = 0;
            } else if (c == '\'' || c == '"') {
                quote = c;
                token_start = i + 1;
            } else if (c == '#') {
                comment = true;
                break;
            } else if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || (c & 0x80))) {
                token_start = i + 1;
            }
        }
        if (comment) continue;
        if (quote) {  // the string's body starts after its quote
            token_start = line.rfind(quote, bad) + 1;
        }
        grammar::SyntaxErrorInfo info;
        info.message = fmt::format("(unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {}: {}",
                                   static_cast<unsigned char>(line[bad]), bad - token_start, reason);
        info.filename = filename;
        info.line = info.end_line = static_cast<int>(n + 1);
        info.offset = info.end_offset = static_cast<int>(unicode::utf8_count(line.substr(0, bad))) + 1;
        // The line as CPython shows it, undecodable bytes replaced.
        Ref<Str> shown = codec_decode(line, "utf-8", "replace");
        info.text = shown ? std::string(shown->view()) : std::string();
        return info;
    }
    return std::nullopt;
}

}  // namespace

DecodedSource decode_source_file(std::string_view bytes, const std::string& filename) {
    DecodedSource out;
    bool bom = bytes.substr(0, 3) == "\xEF\xBB\xBF";
    if (bom) bytes.remove_prefix(3);

    // check_coding_spec on lines 1 and 2, before each is checked as UTF-8.
    std::vector<RawLine> lines = split_lines(bytes);
    std::optional<std::string> encoding;
    for (std::size_t n = 0; n < 2 && n < lines.size(); ++n) {
        std::size_t end = lines[n].end < bytes.size() ? lines[n].end + 1 : lines[n].end;  // with its line break
        std::string_view line = bytes.substr(lines[n].begin, end - lines[n].begin);
        if (n == 1) {
            std::string_view first = bytes.substr(lines[0].begin, lines[0].end - lines[0].begin);
            if (!first.empty() && first.back() == '\\') break;  // a continuation line holds no declaration
        }
        if (!bom && !encoding) {
            // ensure_utf8 runs on a line once its declaration (if any) is read.
            if (std::optional<std::string> cs = coding_spec(line)) {
                encoding = std::move(*cs);
                break;
            }
            if (!only_comment(line)) break;
            const char* reason = nullptr;
            if (first_invalid_utf8(line.substr(0, line.find('\0')), reason) != std::string_view::npos) break;
            continue;
        }
        if (std::optional<std::string> cs = coding_spec(line)) {
            if (*cs != "utf-8") {
                out.error = message_only(fmt::format("encoding problem: {} with BOM", *cs));
                return out;
            }
            break;
        }
        if (!only_comment(line)) break;
    }

    if (encoding && *encoding != "utf-8") {
        // fp_setreadl: the rest is read through the codec; a codec minipy
        // does not have, or bytes it cannot decode, are "encoding problem".
        Ref<Str> decoded = codec_decode(bytes, *encoding, "strict");
        if (!decoded) {
            clear_error();
            out.error = message_only(fmt::format("encoding problem: {}", *encoding));
            return out;
        }
        out.text = std::string(decoded->view());
    } else if (bom || encoding) {
        if ((out.error = declared_utf8_error(bytes, filename))) return out;
        out.text = std::string(bytes);
    } else {
        // ensure_utf8, line by line; a NUL ends what it looks at.
        for (std::size_t n = 0; n < lines.size(); ++n) {
            std::string_view line = bytes.substr(lines[n].begin, lines[n].end - lines[n].begin);
            line = line.substr(0, line.find('\0'));
            const char* reason = nullptr;
            std::size_t bad = first_invalid_utf8(line, reason);
            if (bad != std::string_view::npos) {
                out.error = message_only(fmt::format(
                    "Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no encoding declared; "
                    "see https://peps.python.org/pep-0263/ for details",
                    static_cast<unsigned char>(line[bad]), filename, n + 1));
                return out;
            }
            if (lines[n].end > lines[n].begin + line.size()) break;  // a NUL: reported below
        }
        out.text = std::string(bytes);
    }
    out.error = null_byte_error(out.text, filename);
    return out;
}

}  // namespace minipy::interp
