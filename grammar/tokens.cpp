#include "grammar/tokens.hpp"

#include <fmt/format.h>

namespace minipy::grammar::tokens {

keyword_table::keyword_table() {
    for (const char* w : {"False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
                          "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
                          "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
                          "return", "try", "while", "with", "yield"})
        add(w, 0);
}

const keyword_table& keywords() {
    static const keyword_table table;
    return table;
}

void raise_at_token(const ParserState& st, const Token& t, const char* type, const std::string& message) {
    throw SyntaxErrorException{
        st.source.error_bytes(type, message, t.pos.line, t.err_offset, t.pos.end_line, t.err_end_offset)};
}

void raise_missing_block(const ParserState& st, const Token& t) {
    raise_at_token(st, t, "IndentationError",
                   fmt::format("expected an indented block after {} on line {}", st.block_kind, st.block_line));
}

bool closes_parameters(const ParserState& st, std::size_t offset, bool lambda) {
    const Token* next = st.buffer.at(st.buffer.text.find_first_not_of(' ', offset));
    return next && st.text(Tok{static_cast<int>(next - st.buffer.tokens.data())}) == (lambda ? ":" : ")");
}

void check_parameters(ParserState& st, const std::vector<build::Parameter>& params, bool lambda) {
    ast::Arguments unused;
    build::arguments(st, params, unused, lambda);
}

void throw_too_deep(const ParserState&) {
    // CPython 3.11 raises MemoryError when its parser's stack runs out.
    SyntaxErrorInfo info;
    info.type = "MemoryError";
    throw SyntaxErrorException{info};
}

}  // namespace minipy::grammar::tokens
