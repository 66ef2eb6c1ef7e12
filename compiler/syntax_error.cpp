// Building SyntaxErrorInfo for errors the compile pass finds.
#include "compiler/syntax_error.hpp"

namespace minipy::interp {

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
    // CPython's compiler and symtable report the tree's own columns, UTF-8
    // bytes, 1-based (compiler_error, PyErr_RangedSyntaxLocationObject): on
    // a line with non-ASCII text the caret sits further right than the
    // character count would put it, in CPython as here.
    info.offset = pos.col + 1;
    info.end_line = pos.end_line;
    info.end_offset = pos.end_col + 1;
    return info;
}

}  // namespace minipy::interp
