// The syntax tree as text, exactly as Python 3.11 prints
// `ast.dump(ast.parse(src), include_attributes=...)` (indent=None).
// Tests compare our parse of a snippet with CPython's through this.
#pragma once

#include "grammar/ast.hpp"

#include <string>

namespace minipy::grammar {

// Throws std::runtime_error for a tree nested deeper than 3000 levels.
std::string dump(const ast::Module& module, bool include_attributes = false);

// Python's repr() of the constants the grammar produces (shared with the
// dump; the runtime has its own).
std::string repr_float(double value, bool imaginary = false);
std::string repr_str(const std::string& utf8);
std::string repr_bytes(const std::string& bytes);
// Digits of an integer literal in `base`, as a decimal string.
std::string int_to_decimal(const std::string& digits, int base);

}  // namespace minipy::grammar
