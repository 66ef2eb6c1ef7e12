// Building SyntaxErrorInfo for errors the compile pass finds.
#include "interpreter/syntax_error.hpp"

namespace minipy::interp {

// Columns in the tree count UTF-8 bytes; SyntaxError.offset counts characters.
static int char_offset(const std::string& line, int byte_col) {
    int chars = 0;
    for (int i = 0; i < byte_col && i < static_cast<int>(line.size()); ++i)
        if ((static_cast<unsigned char>(line[static_cast<std::size_t>(i)]) & 0xC0) != 0x80) ++chars;
    return chars;
}

static std::string source_line(const std::string& source, int line) {
    std::size_t start = 0;
    for (int n = 1; n < line; ++n) {
        start = source.find('\n', start);
        if (start == std::string::npos) return {};
        ++start;
    }
    std::size_t end = source.find('\n', start);
    return source.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

grammar::SyntaxErrorInfo make_syntax_error(const ast::Module& module, const std::string& message,
                                           const ast::Position& pos) {
    grammar::SyntaxErrorInfo info;
    info.message = message;
    info.filename = module.filename;
    info.line = pos.line;
    info.text = source_line(module.source, pos.line);
    info.offset = char_offset(info.text, pos.col) + 1;
    info.end_line = pos.end_line;
    std::string end_text = pos.end_line == pos.line ? info.text : source_line(module.source, pos.end_line);
    info.end_offset = char_offset(end_text, pos.end_col) + 1;
    return info;
}

}  // namespace minipy::interp
