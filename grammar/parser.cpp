// parse(): layout pass, then the X3 rules, then CPython's choice of error.
//
// Like pegen, a failed parse runs a second time with the invalid_* checks
// switched on to find a specific message; if none fires, the generic
// "invalid syntax" points at the furthest token the first pass looked at.
#include "grammar/parser.hpp"

#include "grammar/expression.hpp"
#include "grammar/layout.hpp"
#include "grammar/run.hpp"
#include "grammar/statement.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace minipy::grammar {

namespace {

// The error pegen reports when nothing more specific applies.
SyntaxErrorInfo generic_error(const ParserState& st) {
    const Token* t = st.buffer.at(st.furthest);
    if (!t) t = &st.buffer.tokens.back();
    if (t->kind == TokenKind::Indent)
        return st.source.error_bytes("IndentationError", "unexpected indent", t->pos.line, t->err_offset, t->pos.line, -1);
    if (t->kind == TokenKind::Dedent)
        return st.source.error_bytes("IndentationError", "unexpected unindent", t->pos.line, t->err_offset, t->pos.line,
                               -1);
    if (t->kind == TokenKind::EndMarker)  // pegen adds one to the marker's column, -1
        return st.source.error("SyntaxError", "invalid syntax", t->pos.line, 0, t->pos.line, 0);
    return st.source.error_bytes("SyntaxError", "invalid syntax", t->pos.line, t->err_offset, t->pos.end_line,
                                 t->err_end_offset);
}

SyntaxErrorInfo unclosed_error(const SourceText& source, const OpenBracket& b) {
    return source.error("SyntaxError", fmt::format("'{}' was never closed", b.bracket), b.line,
                        source.char_col(b.line, b.col) + 1, b.line, 0);
}

// The offset of the first byte of `text` that does not start a well-formed
// UTF-8 sequence (an overlong form, a surrogate or a code point past
// U+10FFFF is not one, as for CPython's strict decoder), or npos. Every
// later pass, and every str made from the source, relies on valid UTF-8.
std::size_t first_invalid_utf8(std::string_view text) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    auto cont = [&](std::size_t i) { return i < n && (s[i] & 0xC0) == 0x80; };
    for (std::size_t i = 0; i < n;) {
        const unsigned c = s[i];
        if (c < 0x80) {
            ++i;
        } else if (c >= 0xC2 && c <= 0xDF && cont(i + 1)) {
            i += 2;
        } else if (c >= 0xE0 && c <= 0xEF && cont(i + 1) && cont(i + 2)) {
            const unsigned c1 = s[i + 1];
            if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0)) return i;  // overlong; surrogate
            i += 3;
        } else if (c >= 0xF0 && c <= 0xF4 && cont(i + 1) && cont(i + 2) && cont(i + 3)) {
            const unsigned c1 = s[i + 1];
            if ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90)) return i;  // overlong; past U+10FFFF
            i += 4;
        } else {
            return i;
        }
    }
    return std::string_view::npos;
}

}  // namespace


// compile(..., 'single') of text with no statement (empty, blank lines or
// comments): CPython's parser meets the end of input where the statement
// should start and reports "invalid syntax" at column 0 of the last line.
static SyntaxErrorInfo no_statement_error(const SourceText& source) {
    SyntaxErrorInfo info;
    info.message = "invalid syntax";
    const std::string_view text = source.text();
    int line = static_cast<int>(std::count(text.begin(), text.end(), '\n'));
    if (!text.empty() && text.back() != '\n') ++line;
    info.line = info.end_line = line;
    if (line > 0) info.text = std::string(source.line_text(line));
    return info;
}

ParseOutcome run_parser(ParserState& st, const RuleRunner& rule) {
    ParseOutcome out;
    try {
        if (rule(st, false)) return out;
        out.furthest = st.furthest;
        const Token* at = st.buffer.at(out.furthest);
        if (at && at->kind == TokenKind::Incomplete) {
            out.incomplete = true;
            return out;
        }
        st.outer.clear();
        rule(st, true);  // raises the specific error, if there is one
        out.furthest_any = std::max(out.furthest, st.furthest);
        st.furthest = out.furthest;
        out.error = generic_error(st);
    } catch (SyntaxErrorException& e) {
        if (!st.second_pass) out.furthest = st.furthest;
        out.furthest_any = std::max(out.furthest, st.furthest);
        out.error = std::move(e.info);
    }
    return out;
}

ParseResult parse(std::string_view text, std::string filename, Mode mode) {
    ParseResult result;
    auto module = std::make_unique<ast::Module>();
    module->filename = filename;
    // Universal newlines, as CPython reads source.
    module->source.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            module->source += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        } else {
            module->source += text[i];
        }
    }
    if (module->source.compare(0, 3, "\xEF\xBB\xBF") == 0) module->source.erase(0, 3);  // UTF-8 BOM

    auto fail = [&](SyntaxErrorInfo info) {
        info.filename = filename;
        result.error = std::move(info);
        return std::move(result);
    };
    SourceText source(module->source);
    // CPython's tokenizer refuses such a file before reading a token
    // (decoding_fgets); the error has no position, so only its message is
    // shown. compile() of such bytes says "(unicode error) 'utf-8' codec
    // can't decode ..." in CPython: minipy gives this message there too.
    if (std::size_t bad = first_invalid_utf8(module->source); bad != std::string_view::npos) {
        SyntaxErrorInfo info;
        info.located = false;
        const auto line = 1 + std::count(module->source.begin(), module->source.begin() + static_cast<std::ptrdiff_t>(bad), '\n');
        info.message = fmt::format("Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no encoding "
                                   "declared; see https://peps.python.org/pep-0263/ for details",
                                   static_cast<unsigned char>(module->source[bad]), filename, line);
        return fail(std::move(info));
    }
    if (module->source.find('\0') != std::string::npos) {
        SyntaxErrorInfo info;
        info.message = "source code string cannot contain null bytes";
        return fail(std::move(info));
    }

    LayoutResult lines = layout(source, {.interactive = mode == Mode::Interactive, .single_input = mode == Mode::Single});
    if (lines.incomplete) {
        result.incomplete = true;
        return result;
    }

    // Nothing but the end marker: no statement to compile.
    if (mode == Mode::Single && !lines.error && lines.buffer.tokens.size() == 1)
        return fail(no_statement_error(source));

    ParserState st(lines.buffer, source, module->arena);
    ParseOutcome outcome;
    switch (mode) {
        case Mode::File:
            outcome = run_parser(st, [&](ParserState& s, bool second) { return run_rule(s, rules::file_input, module->body, second); });
            break;
        case Mode::Interactive:
        case Mode::Single:
            outcome = run_parser(st, [&](ParserState& s, bool second) {
                return run_rule(s, rules::interactive_input, module->body, second);
            });
            break;
        case Mode::Expression: {
            ast::Expr* value = nullptr;
            outcome = run_parser(st, [&](ParserState& s, bool second) { return run_rule(s, rules::eval_input, value, second); });
            if (!outcome.error && !outcome.incomplete) {
                auto* stmt = module->arena.make<ast::ExprStmt>();
                stmt->value = value;
                stmt->pos = st.outer_pos(value);
                module->body.push_back(stmt);
            }
            break;
        }
    }
    if (lines.error) {
        // The parser reached the tokenizer's error, or failed before it.
        const Token* at = st.buffer.at(outcome.furthest);
        bool reached = !outcome.error || (at && at->kind == TokenKind::Error);
        bool indentation = outcome.error && (outcome.error->message == "unexpected indent" ||
                                             outcome.error->message == "unexpected unindent");
        if (reached || (lines.error_overrides && !indentation && mode != Mode::Interactive))
            return fail(std::move(*lines.error));
        return fail(std::move(*outcome.error));
    }
    if (outcome.incomplete) {
        result.incomplete = true;
        return result;
    }
    if (outcome.error) {
        // A bracket left open is reported instead when the parser had read
        // past its line (pegen re-tokenizes the rest of the file to look).
        const Token* last = st.buffer.at(outcome.furthest_any);
        if (lines.unclosed && last && (last->pos.line > lines.unclosed->line || last->kind == TokenKind::EndMarker))
            return fail(unclosed_error(source, *lines.unclosed));
        return fail(std::move(*outcome.error));
    }
    result.module = std::move(module);
    return result;
}

}  // namespace minipy::grammar
