// The layout pass: physical lines in, one token buffer out.
//
// Python's grammar depends on indentation and X3 does not see lines, so this
// pass does what CPython's tokenizer does (Parser/tokenizer.c): it drops
// comments and blank lines, joins lines inside brackets and after a
// backslash, measures indentation (tab stops of 8, TabError when tabs and
// spaces disagree) and marks NEWLINE, INDENT and DEDENT. It also checks every
// token the way the tokenizer does, so numbers like `0x` or `012`, stray
// characters and unterminated strings fail here with CPython's wording.
//
// The result is a text buffer for X3: each token copied verbatim, tokens
// separated by one space, markers written as single control characters. A
// table maps each token's first byte back to its source position, so the
// grammar's nodes get CPython's line and column numbers.
#pragma once

#include "grammar/ast.hpp"
#include "grammar/parser.hpp"
#include "grammar/source_text.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace minipy::grammar {

enum class TokenKind : std::uint8_t {
    Name, Number, String, Op,
    Newline, Indent, Dedent,
    EndMarker,   // end of input
    Incomplete,  // interactive input that more lines could still complete
    Error,       // where the tokenizer failed; LayoutResult::error says how
};

// Marker characters for the tokens that have no text of their own.
inline constexpr char kNewlineMark = '\n';
inline constexpr char kIndentMark = '\x01';
inline constexpr char kDedentMark = '\x02';
inline constexpr char kEndMark = '\x03';
inline constexpr char kIncompleteMark = '\x04';
inline constexpr char kErrorMark = '\x05';

struct Token {
    TokenKind kind;
    int begin = 0;       // byte range in TokenBuffer::text
    int end = 0;
    ast::Position pos;   // CPython's position of the token in the source
    int level = 0;       // brackets open before this token
    // Where CPython's error for this token points, as 1-based byte offsets
    // (SourceText::error_bytes converts): for most tokens the columns of pos
    // plus one; for markers CPython's cursor positions and sentinels.
    int err_offset = 0;
    int err_end_offset = 0;
};

struct TokenBuffer {
    std::string text;
    std::vector<Token> tokens;
    std::vector<int> token_at;  // text offset -> index into tokens, or -1

    const Token* at(std::size_t offset) const {
        if (offset >= token_at.size() || token_at[offset] < 0) return nullptr;
        return &tokens[token_at[offset]];
    }
};

// A bracket still open at the end of input. CPython reports it only when the
// parser gets that far (or fails on a later line), so the parser decides.
struct OpenBracket {
    char bracket;
    int line;
    int col;  // bytes
};

struct LayoutResult {
    TokenBuffer buffer;  // ends at an Error marker when `error` is set
    // A tokenizer error. CPython meets it when its parser reads that far; a
    // parse error before it wins, unless `error_overrides` (pegen re-reads
    // the rest of the file for such errors, except after an unexpected indent).
    std::optional<SyntaxErrorInfo> error;
    bool error_overrides = true;
    std::optional<OpenBracket> unclosed;
    bool incomplete = false;                  // interactive: wait for more lines
    // The tokenizer's own SyntaxWarnings (parser_warn), in source order:
    // a number touching a keyword (`1if x else y`).
    std::vector<SyntaxWarningInfo> warnings;
};

struct LayoutOptions {
    bool interactive = false;
    // compile(..., 'single'): CPython's parser turns the first end of input
    // into an extra NEWLINE (so `if 1: x` can end its compound statement
    // the way an empty line ends it at the prompt), then ends.
    bool single_input = false;
};

LayoutResult layout(const SourceText& source, LayoutOptions options = {});

// Tokenizes the text of an f-string replacement field: a stretch of `source`
// starting at byte `begin`, read as if inside brackets, with no markers.
LayoutResult layout_fragment(const SourceText& source, int begin, int end);

}  // namespace minipy::grammar
