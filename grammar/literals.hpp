// Literal tokens to values: numbers, and the pieces of string literals.
//
// Decoding follows CPython 3.11 (Parser/string_parser.c, Objects/longobject.c):
// escapes, raw and bytes prefixes, and the errors those raise.
#pragma once

#include "grammar/ast.hpp"

#include <string>
#include <string_view>

namespace minipy::grammar {

// A NUMBER token (already validated by the layout pass) into a Constant.
void decode_number(std::string_view text, ast::Constant& out);

// The parts of one STRING token.
struct StringToken {
    bool bytes = false;
    bool raw = false;
    bool fstring = false;
    bool u_prefix = false;
    int prefix_len = 0;
    int quote_len = 1;          // 1 or 3
    std::string_view body;      // between the quotes
};
StringToken split_string_token(std::string_view token);

// Decodes escapes in `body` (unless raw). On a malformed escape returns false
// and sets `error` to CPython's message and `error_at` to the byte offset of
// the offending backslash within body.
bool decode_escapes(std::string_view body, bool bytes, std::string& out, std::string& error, int& error_at);

}  // namespace minipy::grammar
