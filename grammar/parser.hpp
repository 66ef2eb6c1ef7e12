// Entry points of the grammar: source text in, syntax tree or SyntaxError out.
#pragma once

#include "grammar/ast.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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
    // Raised by CPython's tokenizer itself (tokenizer.c's syntaxerror()):
    // `text` is the tokenizer's own line, and inside an f-string field the
    // message gets no "f-string: " prefix.
    bool from_tokenizer = false;
    // Raised while parsing an f-string field: message, text `(field)` and
    // offsets are already those of the field, as CPython reports them.
    bool in_fstring = false;
    // Only the message is known (CPython raises SyntaxError(msg) without a
    // location: a source that cannot be decoded, or holds null bytes).
    bool message_only = false;
    // CPython's `text` is None: the compiler reads the line back from the
    // file (err_programtext), and "<string>" or "<stdin>" is no file.
    bool no_text = false;
    // CPython's end_offset is None: the error was given a start only
    // (PyErr_SyntaxLocationObject, as the __future__ checks do).
    bool no_end_offset = false;
};

// err_programtext (Python/errors.c): line `lineno` of the file `filename`
// as CPython reads it back to show a SyntaxError found in a file: with its
// newline, and of a line over 999 bytes only the last piece that fgets
// read into its 1000-byte buffer. Nothing when the file cannot be opened
// or the line is missing or not UTF-8.
std::optional<std::string> program_text(const std::string& filename, int lineno);

// A SyntaxWarning found while reading the source; the compile pass prints
// it with its own (`file:line: SyntaxWarning: message`).
struct SyntaxWarningInfo {
    int line = 0;
    std::string message;
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
    std::vector<SyntaxWarningInfo> warnings;  // set on success and on failure
};

// What bounds a parse besides the grammar itself.
struct ParseLimits {
    // sys.get_int_max_str_digits(): the longest decimal int literal
    // accepted (0: no limit).
    int max_int_digits = 0;
    // The lowest stack address the parse may reach, as the interpreter
    // bounds its own recursion (0: the end of the calling thread's stack).
    // Nesting that would pass it fails with MemoryError, like nesting past
    // the parser's depth limit.
    std::uintptr_t stack_end = 0;
};

ParseResult parse(std::string_view source, std::string filename, Mode mode = Mode::File, ParseLimits limits = {});

}  // namespace minipy::grammar
