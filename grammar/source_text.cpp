#include "grammar/source_text.hpp"

#include <algorithm>

namespace minipy::grammar {

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
