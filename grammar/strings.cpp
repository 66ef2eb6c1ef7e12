// Adjacent string literals into one node: Constant(str), Constant(bytes) or
// JoinedStr, following CPython 3.11's Parser/string_parser.c and
// _PyPegen_concatenate_strings.
//
// In 3.11 an f-string is one STRING token whose replacement fields are
// compiled separately, each as the text `(expr)`. Every JoinedStr part gets
// the position of the whole run of literals; the expressions inside get
// their real positions. Errors found while splitting an f-string point at
// the token after the literals (pegen's "last token read"); errors inside a
// field are reported relative to its `(expr)` text, as CPython does.
#include "grammar/build.hpp"
#include "grammar/expression.hpp"
#include "grammar/literals.hpp"
#include "grammar/run.hpp"
#include "grammar/tokens.hpp"

#include <fmt/format.h>

#include <cctype>

namespace minipy::grammar::build {

using namespace ast;

namespace {

class StringsBuilder {
public:
    StringsBuilder(ParserState& st, const std::vector<Tok>& parts) : st_(st), parts_(parts) {
        group_ = join(pos(st, parts.front()), pos(st, parts.back()));
        part_pos_ = group_;
    }

    Expr* build() {
        bool any_bytes = false, any_str = false, any_f = false;
        for (Tok t : parts_) {
            StringToken s = split_string_token(st_.text(t));
            (s.bytes ? any_bytes : any_str) = true;
            any_f |= s.fstring;
        }
        if (any_bytes && any_str) error_after("cannot mix bytes and nonbytes literals");
        if (any_bytes) return bytes();
        if (!any_f) return plain();
        return joined();
    }

private:
    // pegen's RAISE_SYNTAX_ERROR: at the token after the literals.
    [[noreturn]] void error_after(const std::string& message) {
        tokens::raise_at_token(st_, st_.buffer.tokens[parts_.back().index + 1], "SyntaxError", message);
    }

    std::string decode(const StringToken& s) {
        if (s.raw) return std::string(s.body);
        std::string out, error;
        int at = 0;
        if (!decode_escapes(s.body, s.bytes, out, error, at)) error_after(error);
        return out;
    }

    Constant* constant(ConstantKind kind, std::string text) {
        auto* c = st_.make<Constant>();
        c->value_kind = kind;
        c->text = std::move(text);
        c->pos = part_pos_;
        return c;
    }

    Expr* bytes() {
        std::string value;
        for (Tok t : parts_) {
            StringToken s = split_string_token(st_.text(t));
            for (char c : s.body)
                if (static_cast<unsigned char>(c) >= 0x80)
                    raise_at(st_, "bytes can only contain ASCII literal characters", pos(st_, t));
            value += decode(s);
        }
        return constant(ConstantKind::Bytes, std::move(value));
    }

    Expr* plain() {
        std::string value;
        for (Tok t : parts_) value += decode(split_string_token(st_.text(t)));
        Constant* c = constant(ConstantKind::Str, std::move(value));
        c->u_prefix = split_string_token(st_.text(parts_.front())).u_prefix;
        return c;
    }

    Expr* joined() {
        auto* j = st_.make<JoinedStr>();
        j->pos = group_;
        for (Tok t : parts_) {
            token_pos_ = pos(st_, t);
            StringToken s = split_string_token(st_.text(t));
            const Token& k = st_.token(t);
            int token_start = st_.source.line_start(k.pos.line) + k.pos.col;
            int body_start = token_start + s.prefix_len + s.quote_len;
            if (s.fstring) {
                fstring(s, body_start, 0, j->values);
            } else {
                add_literal(decode(s));
            }
        }
        flush(j->values);
        return j;
    }

    // Literal text joins the preceding literal part; empty parts vanish.
    void add_literal(const std::string& text) { pending_ += text; }
    void flush(std::vector<Expr*>& values) {
        if (!pending_.empty()) values.push_back(constant(ConstantKind::Str, std::move(pending_)));
        pending_.clear();
    }

    // Parses the f-string `s` (or a format spec at `level` 1) into `values`.
    // Returns the index in s.body where parsing stopped (a format spec ends at '}').
    std::size_t fstring(const StringToken& s, int body_start, int level, std::vector<Expr*>& values,
                        std::size_t i = 0) {
        std::string_view b = s.body;
        std::string literal;
        auto take_literal = [&] {
            if (literal.empty()) return;
            StringToken piece = s;
            piece.body = literal;
            add_literal(decode(piece));
            literal.clear();
        };
        while (i < b.size()) {
            char c = b[i];
            // Doubled braces are literal only at the top level: in a format
            // spec `{{` opens a field whose text starts with '{'.
            if (c == '{') {
                if (level == 0 && i + 1 < b.size() && b[i + 1] == '{') {
                    literal += '{';
                    i += 2;
                    continue;
                }
                take_literal();
                i = field(s, body_start, level, values, i);
                continue;
            }
            if (c == '}') {
                if (level > 0) break;  // the end of this format spec
                if (i + 1 < b.size() && b[i + 1] == '}') {
                    literal += '}';
                    i += 2;
                    continue;
                }
                error_after("f-string: single '}' is not allowed");
            }
            if (c == '\\' && !s.raw && i + 1 < b.size()) {  // keep escapes whole (\{ is not a brace escape)
                literal += b.substr(i, 2);
                i += 2;
                continue;
            }
            literal += c;
            ++i;
        }
        take_literal();
        return i;
    }

    // One replacement field starting at the '{' at body index `open`.
    std::size_t field(const StringToken& s, int body_start, int level, std::vector<Expr*>& values, std::size_t open) {
        if (level >= 2) error_after("f-string: expressions nested too deeply");
        std::string_view b = s.body;
        std::size_t i = open + 1;
        std::vector<char> nesting;
        char quote = 0;
        int quote_len = 0;
        for (; i < b.size(); ++i) {
            char c = b[i];
            if (c == '\\') error_after("f-string expression part cannot include a backslash");
            if (quote) {
                if (c == quote && (quote_len == 1 || b.substr(i, 3) == std::string(3, quote))) {
                    i += quote_len - 1;
                    quote = 0;
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
                quote_len = b.substr(i, 3) == std::string(3, c) ? 3 : 1;
                i += quote_len - 1;
                continue;
            }
            if (c == '[' || c == '(' || c == '{') {
                // fstring_find_expr's own bound (MAXLEVEL), before the field is tokenized.
                if (nesting.size() >= 200) error_after("f-string: too many nested parenthesis");
                nesting.push_back(c);
                continue;
            }
            if (c == '#') error_after("f-string expression part cannot include '#'");
            if (nesting.empty()) {
                char next = i + 1 < b.size() ? b[i + 1] : 0;
                if ((c == '=' || c == '!' || c == '<' || c == '>') && next == '=') {
                    ++i;
                    continue;
                }
                if (c == '!' || c == ':' || c == '}' || c == '=') break;
            }
            if (c == ']' || c == ')' || c == '}') {
                if (nesting.empty()) error_after(fmt::format("f-string: unmatched '{}'", c));
                char opening = nesting.back();
                nesting.pop_back();
                if ((opening == '(' && c != ')') || (opening == '[' && c != ']') || (opening == '{' && c != '}'))
                    error_after(fmt::format("f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                                            c, opening));
            }
        }
        if (quote) error_after("f-string: unterminated string");
        if (!nesting.empty()) error_after(fmt::format("f-string: unmatched '{}'", nesting.back()));
        if (i >= b.size()) error_after("f-string: expecting '}'");

        std::string_view text = b.substr(open + 1, i - open - 1);
        if (text.find_first_not_of(" \t\n\r\f\v") == std::string_view::npos)
            error_after(b[i] == '=' ? "f-string: expression required before '='"
                                    : "f-string: empty expression not allowed");
        Expr* value = expression(body_start + static_cast<int>(open), body_start + static_cast<int>(i));

        auto* fv = st_.make<FormattedValue>();
        fv->value = value;
        fv->pos = group_;  // even inside a format spec, unlike the spec's Constants
        bool self_documenting = b[i] == '=';
        if (self_documenting) {  // `{x=}`: the text (and the spaces after '=') precede the value
            ++i;
            while (i < b.size() && std::isspace(static_cast<unsigned char>(b[i]))) ++i;
            add_literal(std::string(b.substr(open + 1, i - open - 1)));
            if (i >= b.size()) error_after("f-string: expecting '}'");
        }
        if (b[i] == '!') {
            if (++i >= b.size()) error_after("f-string: expecting '}'");
            char conv = b[i];
            if (conv != 's' && conv != 'r' && conv != 'a')
                error_after("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            if (++i >= b.size() || (b[i] != ':' && b[i] != '}')) error_after("f-string: expecting '}'");
            fv->conversion = conv;
        }
        if (i < b.size() && b[i] == ':') {
            // A format spec is positioned at its own token, not the whole run.
            auto* spec = st_.make<JoinedStr>();
            spec->pos = token_pos_;
            std::string saved = std::move(pending_);
            pending_.clear();
            Position outer_part = part_pos_;
            part_pos_ = token_pos_;
            i = fstring(s, body_start, level + 1, spec->values, i + 1);
            flush(spec->values);
            part_pos_ = outer_part;
            pending_ = std::move(saved);
            fv->format_spec = spec;
        }
        if (i >= b.size() || b[i] != '}') error_after("f-string: expecting '}'");
        if (self_documenting && fv->conversion == -1 && !fv->format_spec) fv->conversion = 'r';
        flush(values);
        values.push_back(fv);
        return i + 1;
    }

    // Parses the field text between source offsets (open, end) as `(text)`.
    Expr* expression(int open, int end) {
        LayoutResult sub = layout_fragment(st_.source, open, end);
        if (sub.error) raise_relative(*sub.error, open, end);
        ParserState inner(sub.buffer, st_.source, st_.arena, st_.depth, st_.stack_floor);
        inner.max_int_digits = st_.max_int_digits;
        Expr* value = nullptr;
        auto grammar = rules::paren_atom >> x3::omit[tokens::endmarker];
        ParseOutcome outcome = run_parser(inner, [&](ParserState& s, bool second) {
            return run_rule(s, grammar, value, second);
        });
        if (outcome.error) raise_relative(*outcome.error, open, end);
        return value;
    }

    // CPython reports errors in a field against its own `(text)`, line 1.
    [[noreturn]] void raise_relative(const SyntaxErrorInfo& e, int open, int end) {
        if (e.in_fstring) throw SyntaxErrorException{e};  // from a field nested in this one
        int open_line = 1;
        while (open_line < st_.source.line_count() && st_.source.line_start(open_line + 1) <= open) ++open_line;
        int open_col = st_.source.char_col(open_line, open - st_.source.line_start(open_line));
        SyntaxErrorInfo info = e;
        // pegen prefixes the errors it raises in Py_fstring_input mode; the
        // tokenizer's own errors keep their message.
        if (info.type != "MemoryError" && !e.from_tokenizer) info.message = "f-string: " + e.message;
        info.in_fstring = true;
        info.line = e.line - open_line + 1;
        info.end_line = e.end_line - open_line + 1;
        if (e.line == open_line) info.offset = e.offset - open_col;
        if (e.end_line == open_line && e.end_offset > 0) info.end_offset = e.end_offset - open_col;
        info.text.assign(1, '(');
        info.text.append(st_.source.text().substr(open + 1, end - open - 1));
        info.text += ')';
        throw SyntaxErrorException{std::move(info)};
    }

    ParserState& st_;
    const std::vector<Tok>& parts_;
    Position group_;      // the whole run of literals
    Position token_pos_;  // the literal being read
    Position part_pos_;   // where new JoinedStr parts go: the run, or a format spec's token
    std::string pending_;  // literal text not yet made a Constant
};

}  // namespace

Expr* strings(ParserState& st, const std::vector<Tok>& parts) { return StringsBuilder(st, parts).build(); }

}  // namespace minipy::grammar::build
