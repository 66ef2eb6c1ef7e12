// Entry points of the grammar: source text in, syntax tree or SyntaxError out.
#pragma once

#include "grammar/ast.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace minipy::grammar {

// Everything CPython's SyntaxError carries, so the interpreter can print
//   File "x.py", line 3
//     x = (1 +
//         ^
// SyntaxError: '(' was never closed
struct SyntaxErrorInfo {
    std::string type = "SyntaxError";  // or "IndentationError", "TabError"; "MemoryError"
                                       // (no message, no position) when nesting passes the
                                       // parser's limit, as CPython 3.11 raises there
    std::string message;
    std::string filename;
    int line = 0;        // 1-based
    int offset = 0;      // 1-based column in characters (SyntaxError.offset)
    int end_line = 0;    // 0 when unknown
    int end_offset = 0;  // 1-based, exclusive; 0 when unknown
    std::string text;    // the offending source line, without its newline
    bool located = true; // false: raised with the message alone (lineno None), as
                         // CPython refuses a file that is not UTF-8
};

enum class Mode {
    File,         // a whole module (`exec`)
    Interactive,  // one REPL entry: a statement, possibly compound; more lines may follow
    Single,       // compile(src, f, 'single'): one statement, and `src` is all there is
    Expression,   // a single expression (`eval`), parsed as a module of one ExprStmt
};

struct ParseResult {
    std::unique_ptr<ast::Module> module;   // set on success
    std::optional<SyntaxErrorInfo> error;  // set on failure
    // Interactive mode only (not Single): the text ended where more lines could complete it
    // (open bracket, triple-quoted string, backslash, or a block still open).
    // The REPL then asks for another line instead of reporting `error`.
    bool incomplete = false;
};

ParseResult parse(std::string_view source, std::string filename, Mode mode = Mode::File);

}  // namespace minipy::grammar
