// Expressions back to source text, as CPython's Python/ast_unparse.c writes
// them: what `from __future__ import annotations` (PEP 563) stores in
// __annotations__ instead of the evaluated annotation. The text is
// normalised, not copied from the source: `dict[str,int]` becomes
// 'dict[str, int]', "Node" becomes "'Node'", and parentheses appear only
// where precedence needs them.
#pragma once

#include "grammar/ast.hpp"

#include <string>

namespace minipy::interp {

// False with a Python exception set when a constant's repr fails (a
// pathological literal); `out` is then unspecified.
[[nodiscard]] bool unparse_expr(const ast::Expr* e, std::string& out);

}  // namespace minipy::interp
