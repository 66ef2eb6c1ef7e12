// Building SyntaxErrorInfo for errors the compile pass finds.
#include "compiler/syntax_error.hpp"

namespace minipy::interp {

grammar::SyntaxErrorInfo make_syntax_error(const ast::Module& module, const std::string& message,
                                           const ast::Position& pos) {
    grammar::SyntaxErrorInfo info;
    info.message = message;
    info.filename = module.filename;
    info.line = pos.line;
    // compiler_error reads the line back from the file (err_programtext):
    // none for "<string>" or "<stdin>".
    if (std::optional<std::string> line = grammar::program_text(module.filename, pos.line)) info.text = std::move(*line);
    else info.no_text = true;
    // CPython's compiler and symtable report the tree's own columns, UTF-8
    // bytes, 1-based (compiler_error, PyErr_RangedSyntaxLocationObject): on
    // a line with non-ASCII text the caret sits further right than the
    // character count would put it, in CPython as here.
    info.offset = pos.col + 1;
    info.end_line = pos.end_line;
    info.end_offset = pos.end_col + 1;
    info.no_end_offset = pos.end_col < 0;
    return info;
}

}  // namespace minipy::interp
