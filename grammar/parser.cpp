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
#include "grammar/thread_stack.hpp"

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

// The lowest address at which a rule may start, given the lowest the parse
// may reach (0: unknown). What stays free below it holds the frames between
// two depth guards and the throw of MemoryError.
static std::uintptr_t stack_floor(std::uintptr_t stack_end) {
    constexpr std::uintptr_t kReserve = 128 * 1024;
    // Where even the thread's stack is unknown, a parse assumes 2 MB free.
    constexpr std::uintptr_t kAssumedFree = 2 * 1024 * 1024;
    if (!stack_end) stack_end = thread_stack_end();
    if (!stack_end) stack_end = reinterpret_cast<std::uintptr_t>(__builtin_frame_address(0)) - kAssumedFree;
    return stack_end + kReserve;
}

ParseResult parse(std::string_view text, std::string filename, Mode mode, ParseLimits limits) {
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
        // _PyPegen_raise_error: for a module (Py_file_input) read from a file,
        // the errors pegen raises show the line read back from the file; the
        // tokenizer's own errors show the line it holds.
        bool from_parser = !info.from_tokenizer && !info.in_fstring && !info.message_only;
        if (mode == Mode::File && from_parser && info.type != "MemoryError" && info.type != "RecursionError")
            if (std::optional<std::string> line = program_text(filename, info.line)) info.text = std::move(*line);
        result.error = std::move(info);
        return std::move(result);
    };
    SourceText source(module->source);
    if (module->source.find('\0') != std::string::npos) {
        SyntaxErrorInfo info;
        info.message = "source code string cannot contain null bytes";
        info.message_only = true;
        return fail(std::move(info));
    }

    LayoutResult lines = layout(source, {.interactive = mode == Mode::Interactive, .single_input = mode == Mode::Single});
    result.warnings = std::move(lines.warnings);
    if (lines.incomplete) {
        result.incomplete = true;
        return result;
    }

    // Nothing but the end marker: no statement to compile.
    if (mode == Mode::Single && !lines.error && lines.buffer.tokens.size() == 1)
        return fail(no_statement_error(source));

    ParserState st(lines.buffer, source, module->arena, 0, stack_floor(limits.stack_end));
    st.max_int_digits = limits.max_int_digits;
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
