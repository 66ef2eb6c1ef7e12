// SyntaxErrors found after parsing (scope analysis, the compile pass), in
// the same form the grammar reports them.
#pragma once

#include "grammar/ast.hpp"
#include "grammar/parser.hpp"

#include <string>

namespace minipy::interp {

// A SyntaxError at `pos` of `module`, with the offending line as its text.
grammar::SyntaxErrorInfo make_syntax_error(const ast::Module& module, const std::string& message,
                                           const ast::Position& pos);

}  // namespace minipy::interp
