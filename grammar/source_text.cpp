// Source positions as SyntaxError reports them, and a file's line read
// back for one as CPython's err_programtext (Python/errors.c) reads it.
#include "grammar/source_text.hpp"

#include <algorithm>
#include <cstdio>

namespace minipy::grammar {

namespace {

// Strict UTF-8 (no overlong forms, surrogates or code points past U+10FFFF).
bool valid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        auto b = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
        unsigned c = b(0);
        std::size_t n = c < 0x80 ? 1 : c < 0xC2 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
        if (n == 0) return false;
        for (std::size_t k = 1; k < n; ++k)
            if ((b(k) & 0xC0) != 0x80) return false;
        if ((c == 0xE0 && b(1) < 0xA0) || (c == 0xED && b(1) >= 0xA0) || (c == 0xF0 && b(1) < 0x90) ||
            (c == 0xF4 && b(1) >= 0x90))
            return false;
        i += n;
    }
    return true;
}

}  // namespace

std::optional<std::string> program_text(const std::string& filename, int lineno) {
    if (lineno < 1) return std::nullopt;
    std::FILE* fp = std::fopen(filename.c_str(), "rb");
    if (!fp) return std::nullopt;
    // Py_UniversalNewlineFgets into a 1000-byte buffer: a long line comes
    // in pieces of 999 bytes and only the last one stays in the buffer.
    constexpr std::size_t kPiece = 999;
    std::string piece;
    int line = 0;
    bool at_line_end = true;
    for (int c; line < lineno && (c = std::fgetc(fp)) != EOF;) {
        if (at_line_end || piece.size() == kPiece) {
            piece.clear();
            at_line_end = false;
        }
        if (c == '\r') {
            int next = std::fgetc(fp);
            if (next != '\n' && next != EOF) std::ungetc(next, fp);
            c = '\n';
        }
        piece += static_cast<char>(c);
        if (c == '\n') {
            ++line;
            at_line_end = true;
        }
    }
    if (!at_line_end && !piece.empty()) ++line;  // a last line without a newline
    std::fclose(fp);
    if (line != lineno || !valid_utf8(piece)) return std::nullopt;
    return piece;
}

SourceText::SourceText(std::string_view text) : text_(text) {
    starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n' && i + 1 < text.size()) starts_.push_back(static_cast<int>(i + 1));
}

std::string_view SourceText::line_text(int line) const {
    if (line < 1 || line > line_count()) return {};
    std::size_t begin = starts_[line - 1];
    std::size_t end = text_.find('\n', begin);
    if (end == std::string_view::npos) end = text_.size();
    return text_.substr(begin, end - begin);
}

int SourceText::char_col(int line, int col) const {
    if (line < 1 || line > line_count() || col <= 0) return col;
    std::size_t begin = starts_[line - 1];
    std::size_t end = std::min<std::size_t>(begin + col, text_.size());
    int chars = 0;
    for (std::size_t i = begin; i < end; ++i)
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++chars;
    // Columns past the end of the text (CPython's implicit final newline) count one each.
    return chars + static_cast<int>(begin + col - end);
}

SyntaxErrorInfo SourceText::error(std::string type, std::string message, int line, int offset,
                                  int end_line, int end_offset) const {
    SyntaxErrorInfo info;
    info.type = std::move(type);
    info.message = std::move(message);
    info.line = line;
    info.offset = offset;
    info.end_line = end_line;
    info.end_offset = end_offset;
    info.text = std::string(line_text(line));
    return info;
}

SyntaxErrorInfo SourceText::error_bytes(std::string type, std::string message, int line, int offset, int end_line,
                                        int end_offset) const {
    auto chars = [&](int l, int off) { return off > 0 ? char_col(l, off - 1) + 1 : off; };
    return error(std::move(type), std::move(message), line, chars(line, offset), end_line, chars(end_line, end_offset));
}

SyntaxErrorInfo SourceText::error_at(std::string type, std::string message, int line, int col,
                                     int end_line, int end_col) const {
    return error(std::move(type), std::move(message), line, char_col(line, col) + 1, end_line,
                 char_col(end_line, end_col) + 1);
}

}  // namespace minipy::grammar
