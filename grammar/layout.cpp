// The layout pass, a port of the parts of CPython 3.11's Parser/tokenizer.c
// that decide where tokens, lines and blocks begin and end. Error messages
// and the columns they point at follow that file; comments name the CPython
// function a piece mirrors where the behaviour is not obvious.
#include "grammar/layout.hpp"

#include <fmt/format.h>

#include <cstring>

namespace minipy::grammar {
namespace {

constexpr int kEof = -1;
constexpr int kMaxIndent = 100;   // CPython's MAXINDENT
constexpr int kMaxLevel = 200;    // CPython's MAXLEVEL: nested brackets
constexpr int kTabSize = 8;

bool is_ident_start(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}
bool is_ident_char(int c) { return is_ident_start(c) || (c >= '0' && c <= '9'); }
bool is_digit(int c) { return c >= '0' && c <= '9'; }
bool is_xdigit(int c) {
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Decodes one UTF-8 sequence at `s[i]`; returns the code point and its length.
std::pair<char32_t, int> decode_utf8(std::string_view s, std::size_t i) {
    unsigned char c = s[i];
    int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (i + len > s.size()) return {c, 1};
    char32_t cp = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    return {cp, len};
}

// CPython checks identifiers against Unicode's XID classes; without the
// tables we reject the symbol and punctuation blocks people actually paste.
bool is_identifier_code_point(char32_t cp) {
    if (cp < 0x80) return is_ident_char(static_cast<int>(cp));
    if (cp >= 0xA0 && cp <= 0xBF) return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
    if (cp == 0xD7 || cp == 0xF7) return false;
    if (cp >= 0x2000 && cp <= 0x2BFF) return cp == 0x203F || cp == 0x2040 || (cp >= 0x2070 && cp <= 0x209F) ||
                                            (cp >= 0x2100 && cp <= 0x214F);
    if (cp >= 0x3000 && cp <= 0x303F) return cp >= 0x3005 && cp <= 0x3007;
    if (cp >= 0xFF00 && cp <= 0xFF20) return cp >= 0xFF10 && cp <= 0xFF19;
    if (cp >= 0x1F000 && cp <= 0x1FAFF) return false;
    return true;
}

struct Fail {};  // unwinds the tokenizer once `error` is set

// Three-, two- and one-character operators (Parser/token.c).
const char* const kOperators[] = {
    "**=", "//=", ">>=", "<<=", "...", "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//",
    "/=", ":=", "<<", "<=", "<>", "==", ">=", ">>", "@=", "^=", "|=",
};

class Tokenizer {
public:
    Tokenizer(const SourceText& source, LayoutOptions options)
        : src_(source), s_(source.text()), interactive_(options.interactive), single_input_(options.single_input) {}

    LayoutResult run_file() {
        try {
            scan_lines();
        } catch (Fail&) {
        }
        return std::move(result_);
    }

    // The replacement field's text is read as `(text)`, as CPython compiles
    // it: `begin` is the '{' (read as '('), `end` where the ')' goes.
    LayoutResult run_fragment(int begin, int end) {
        s_ = s_.substr(0, end);
        p_ = begin;
        line_ = line_of(begin);
        line_start_ = src_.line_start(line_);
        emit_synthetic("(", col());
        ++p_;
        brackets_.push_back({'(', line_, 0});  // newlines inside are plain space
        try {
            while (true) {
                skip_space();
                if (peek() == kEof) break;
                if (peek() == '\n') {
                    next_line();
                    continue;
                }
                scan_token();
            }
            brackets_.clear();
            emit_synthetic(")", col());
            emit_marker(TokenKind::EndMarker, kEndMark, line_, col(), 0, 0);
        } catch (Fail&) {
        }
        return std::move(result_);
    }

private:
    // ------------------------------------------------------------ reading
    int peek(std::size_t ahead = 0) const {
        return p_ + ahead < s_.size() ? static_cast<unsigned char>(s_[p_ + ahead]) : kEof;
    }
    // tok_nextc / tok_backup: reading past the end returns kEof and stays put.
    int nextc() { return p_ < s_.size() ? static_cast<unsigned char>(s_[p_++]) : kEof; }
    void backup(int c) {
        if (c != kEof) --p_;
    }
    int col() const { return static_cast<int>(p_ - line_start_); }
    int line_of(std::size_t offset) const {
        int lo = 1, hi = src_.line_count();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (static_cast<std::size_t>(src_.line_start(mid)) <= offset) lo = mid; else hi = mid - 1;
        }
        return lo;
    }
    void next_line() {  // p_ is at a '\n'
        ++p_;
        ++line_;
        line_start_ = p_;
    }
    void skip_space() {
        while (peek() == ' ' || peek() == '\t' || peek() == '\f') ++p_;
    }

    // ------------------------------------------------------------- errors
    // Ends the token stream at an Error marker. `reported` tells whether
    // CPython raises this error as an exception (tokenizer.c's syntaxerror())
    // rather than through tok->done: only the former replace a parse error
    // found earlier in the file.
    [[noreturn]] void fail(SyntaxErrorInfo info, bool reported = true) {
        info.from_tokenizer = reported;
        result_.error = std::move(info);
        result_.error_overrides = reported;
        emit_marker(TokenKind::Error, kErrorMark, line_, col(), 0, 0);
        throw Fail{};
    }
    // tokenizer.c's syntaxerror(): points at the character before the cursor.
    [[noreturn]] void error_at_cursor(const std::string& message) {
        int offset = src_.char_col(line_, col());
        fail(src_.error("SyntaxError", message, line_, offset, line_, offset));
    }
    // _PyPegen_tokenizer_error: IndentationError/TabError at column 0 of the line.
    [[noreturn]] void indentation_error(const char* type, const char* message) {
        fail(src_.error(type, message, line_, 1, line_, 0), false);
    }

    // ------------------------------------------------------------ output
    void emit(TokenKind kind, std::size_t begin, int line, int col, int end_line, int end_col) {
        TokenBuffer& b = result_.buffer;
        if (!b.text.empty()) b.text += ' ';
        Token t{kind, static_cast<int>(b.text.size()), 0, {line, col, end_line, end_col},
                static_cast<int>(brackets_.size()), 0, 0};
        b.text.append(s_.substr(begin, p_ - begin));
        t.end = static_cast<int>(b.text.size());
        t.err_offset = col + 1;
        t.err_end_offset = end_col + 1;
        push(t);
        last_kind_ = kind;
    }
    // A bracket that is not in the source (an f-string field's parentheses).
    void emit_synthetic(const char* text, int col) {
        TokenBuffer& b = result_.buffer;
        if (!b.text.empty()) b.text += ' ';
        Token t{TokenKind::Op, static_cast<int>(b.text.size()), 0, {line_, col, line_, col + 1},
                static_cast<int>(brackets_.size()), 0, 0};
        b.text += text;
        t.end = static_cast<int>(b.text.size());
        t.err_offset = col + 1;
        t.err_end_offset = col + 2;
        push(t);
    }
    // Markers have no text; CPython reports errors at them with the given offsets.
    void emit_marker(TokenKind kind, char mark, int line, int col, int err_offset, int err_end_offset) {
        TokenBuffer& b = result_.buffer;
        if (!b.text.empty()) b.text += ' ';
        Token t{kind, static_cast<int>(b.text.size()), 0, {line, col, line, col},
                static_cast<int>(brackets_.size()), err_offset, err_end_offset};
        b.text += mark;
        t.end = static_cast<int>(b.text.size());
        push(t);
        last_kind_ = kind;
    }
    void push(const Token& t) {
        TokenBuffer& b = result_.buffer;
        b.token_at.resize(b.text.size() + 1, -1);
        b.token_at[t.begin] = static_cast<int>(b.tokens.size());
        b.tokens.push_back(t);
    }

    // ------------------------------------------------------------- lines
    void scan_lines() {
        bool at_line_start = true;
        while (true) {
            if (at_line_start) {
                if (!start_line()) break;
                at_line_start = false;
            }
            skip_space();
            int c = peek();
            if (c == kEof) break;
            if (c == '#') {
                comment_col_ = col();
                while (peek() != '\n' && peek() != kEof) ++p_;
                continue;
            }
            if (c == '\n') {
                if (!brackets_.empty()) {
                    next_line();
                    comment_col_ = -1;
                    continue;
                }
                emit_newline();
                comment_col_ = -1;
                next_line();
                at_line_start = true;
                continue;
            }
            if (c == '\\') {
                scan_continuation();
                continue;
            }
            scan_token();
        }
        finish();
    }

    // Reads the indentation of a new line and emits INDENT/DEDENT (tok_get's
    // "Get indentation level" block). Returns false at the end of input.
    bool start_line() {
        while (true) {
            int col = 0, altcol = 0;
            int continued_at = -1;  // indentation cannot be split by a backslash:
            while (true) {          // the first one fixes the level
                int c = peek();
                if (c == ' ') { ++col; ++altcol; }
                else if (c == '\t') { col = (col / kTabSize + 1) * kTabSize; ++altcol; }
                else if (c == '\f') { col = altcol = 0; }
                else if (c == '\\') {
                    if (continued_at < 0) continued_at = col;
                    scan_continuation();
                    continue;
                }
                else break;
                ++p_;
            }
            if (continued_at >= 0) col = altcol = continued_at;
            int c = peek();
            if (c == kEof) return false;
            bool blank = c == '#' || c == '\n';
            // The interactive prompt treats an empty line (and a comment on
            // the first line) as a statement of its own: it ends a block.
            if (interactive_ && blank && ((c == '\n' && col == 0) || line_ == 1)) {
                blank = false;
                if (line_ == 1) col = altcol = 0;
            }
            if (blank) {
                while (peek() != '\n' && peek() != kEof) ++p_;
                if (peek() == kEof) return false;
                next_line();
                continue;
            }
            indent_to(col, altcol);
            return true;
        }
    }

    void indent_to(int col, int altcol) {
        int indent_width = this->col();
        if (col == indents_.back()) {
            if (altcol != altindents_.back()) indentation_error("TabError", "inconsistent use of tabs and spaces in indentation");
        } else if (col > indents_.back()) {
            if (indents_.size() >= kMaxIndent) indentation_error("IndentationError", "too many levels of indentation");
            if (altcol <= altindents_.back()) indentation_error("TabError", "inconsistent use of tabs and spaces in indentation");
            indents_.push_back(col);
            altindents_.push_back(altcol);
            emit_marker(TokenKind::Indent, kIndentMark, line_, 0, indent_width, -1);
        } else {
            while (indents_.size() > 1 && col < indents_.back()) {
                indents_.pop_back();
                altindents_.pop_back();
                pending_dedents_++;
            }
            if (col != indents_.back()) {
                // E_DEDENT: CPython points past the whole line, newline included.
                std::size_t eol = s_.find('\n', p_);
                std::size_t end = eol == std::string_view::npos ? s_.size() + 1 : eol + 1;
                int offset = src_.char_col(line_, static_cast<int>(end - line_start_));
                fail(src_.error("IndentationError", "unindent does not match any outer indentation level",
                                line_, offset, line_, -1),
                     false);
            }
            if (altcol != altindents_.back()) indentation_error("TabError", "inconsistent use of tabs and spaces in indentation");
            for (; pending_dedents_ > 0; --pending_dedents_)
                emit_marker(TokenKind::Dedent, kDedentMark, line_, this->col(), indent_width, -1);
        }
    }

    // CPython's NEWLINE token starts at a comment before it, if any.
    void emit_newline() {
        int c = col();
        emit_marker(TokenKind::Newline, kNewlineMark, line_, c, (comment_col_ >= 0 ? comment_col_ : c) + 1, c + 1);
        result_.buffer.tokens.back().pos.end_col = c + 1;
    }

    void scan_continuation() {
        ++p_;  // the backslash
        int c = nextc();
        if (c == '\n') {
            --p_;
            next_line();
            if (peek() == kEof) {
                if (interactive_) {
                    result_.incomplete = true;
                    throw Fail{};
                }
                // CPython reads the (empty) next line and hits EOF on it.
                fail(src_.error("SyntaxError", "unexpected EOF while parsing", line_ - 1,
                                src_.char_col(line_ - 1, static_cast<int>(p_ - src_.line_start(line_ - 1))),
                                line_ - 1, -1),
                     false);
            }
            return;
        }
        if (c == kEof) {  // a backslash ending a file without a newline
            if (interactive_) {
                result_.incomplete = true;
                throw Fail{};
            }
            fail(src_.error("SyntaxError", "unexpected EOF while parsing", line_, src_.char_col(line_, col()) + 1,
                            line_, -1),
                 false);
        }
        // E_LINECONT: the column just after the backslash, one-based.
        int offset = src_.char_col(line_, col() - 1) + 1;
        fail(src_.error("SyntaxError", "unexpected character after line continuation character", line_, offset,
                        line_, 0),
             false);
    }

    void finish() {
        if (!brackets_.empty()) {
            if (interactive_) {
                // More lines could close the bracket, so a parse that reaches
                // the end stops at this marker; an error before it is still
                // reported at once, as CPython reports `def f(:`.
                emit_marker(TokenKind::Incomplete, kIncompleteMark, line_, col(), 0, 0);
                return;
            }
            const auto& b = brackets_.back();
            result_.unclosed = OpenBracket{b.bracket, b.line, b.col};
            end_marker();
            return;
        }
        if (last_kind_ != TokenKind::Newline && last_kind_ != TokenKind::Indent &&
            last_kind_ != TokenKind::Dedent && !result_.buffer.tokens.empty())
            emit_newline();
        bool ends_with_empty_line = !s_.empty() && s_.back() == '\n' && (s_.size() == 1 || s_[s_.size() - 2] == '\n');
        if (interactive_ && !ends_with_empty_line) {
            // The prompt would ask for another line; a parse that needs one
            // stops at this marker.
            emit_marker(TokenKind::Incomplete, kIncompleteMark, line_, col(), 0, 0);
            return;
        }
        for (std::size_t i = 1; i < indents_.size(); ++i) end_marker(TokenKind::Dedent, kDedentMark);
        if (single_input_ && !result_.buffer.tokens.empty()) end_marker(TokenKind::Newline, kNewlineMark);
        end_marker();
    }

    // At the end of input CPython's cursor stays on the last line, after its newline.
    void end_marker(TokenKind kind = TokenKind::EndMarker, char mark = kEndMark) {
        int line = line_;
        std::size_t start = line_start_;
        if (p_ == line_start_ && line_ > 1 && p_ == s_.size()) {
            --line;
            start = src_.line_start(line);
        }
        int offset = static_cast<int>(p_ - start);
        if (p_ > start && s_[p_ - 1] != '\n') ++offset;  // CPython appends the missing newline
        emit_marker(kind, mark, line, static_cast<int>(p_ - start), offset, -1);
    }

    // ------------------------------------------------------------ tokens
    void scan_token() {
        std::size_t begin = p_;
        int line = line_, col = this->col();
        int c = nextc();
        if (is_ident_start(c)) return scan_name(c, begin, line, col);
        if (is_digit(c) || (c == '.' && is_digit(peek()))) {
            scan_number(c);
            return emit(TokenKind::Number, begin, line, col, line_, this->col());
        }
        if (c == '\'' || c == '"') return scan_string(c, begin, line, col);
        if (c < 0x20 || c == 0x7F) {
            int offset = src_.char_col(line_, this->col());
            fail(src_.error("SyntaxError", fmt::format("invalid non-printable character U+{:04X}", c), line_, offset,
                            line_, offset));
        }
        backup(c);
        scan_operator(begin, line, col);
    }

    void scan_name(int c, std::size_t begin, int line, int col) {
        // String prefixes: b, r, u, f and the pairs rb/br/fr/rf in any case.
        bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
        while (true) {
            int lower = c | 0x20;
            if (!(saw_b || saw_u || saw_f) && lower == 'b') saw_b = true;
            else if (!(saw_b || saw_u || saw_r || saw_f) && lower == 'u') saw_u = true;
            else if (!(saw_r || saw_u) && lower == 'r') saw_r = true;
            else if (!(saw_f || saw_b || saw_u) && lower == 'f') saw_f = true;
            else break;
            c = nextc();
            if (c == '"' || c == '\'') return scan_string(c, begin, line, col);
        }
        bool nonascii = false;
        while (is_ident_char(c)) {
            if (c >= 128) nonascii = true;
            c = nextc();
        }
        backup(c);
        if (nonascii) verify_identifier(begin);
        emit(TokenKind::Name, begin, line, col, line_, this->col());
    }

    void verify_identifier(std::size_t begin) {
        for (std::size_t i = begin; i < p_;) {
            auto [cp, len] = decode_utf8(s_, i);
            if (!is_identifier_code_point(cp) || (i == begin && cp >= '0' && cp <= '9')) {
                int offset = src_.char_col(line_, static_cast<int>(i - line_start_)) + 1;
                fail(src_.error("SyntaxError",
                                fmt::format("invalid character '{}' (U+{:04X})", s_.substr(i, len),
                                            static_cast<std::uint32_t>(cp)),
                                line_, offset, line_, offset));
            }
            i += len;
        }
    }

    // -------------------------------------------------------------- numbers
    // verify_end_of_number: a number may touch a keyword that can follow it
    // (`1if x else y`), never another identifier character.
    void verify_end_of_number(int c, const char* kind) {
        auto lookahead = [&](const char* rest) {
            std::size_t n = std::strlen(rest);
            return s_.substr(p_, n) == rest;
        };
        bool keyword = false;
        switch (c) {
            case 'a': keyword = lookahead("nd"); break;
            case 'e': keyword = lookahead("lse"); break;
            case 'f': keyword = lookahead("or"); break;
            case 'i': keyword = peek() == 'f' || peek() == 'n' || peek() == 's'; break;
            case 'o': keyword = lookahead("r"); break;
            case 'n': keyword = lookahead("ot"); break;
            default: break;
        }
        if (keyword) {
            result_.warnings.push_back({line_, fmt::format("invalid {} literal", kind)});
            return;
        }
        if (c != kEof && is_ident_char(c)) {
            backup(c);
            error_at_cursor(fmt::format("invalid {} literal", kind));
        }
    }

    int decimal_tail() {
        while (true) {
            int c;
            do c = nextc(); while (is_digit(c));
            if (c != '_') return c;
            c = nextc();
            if (!is_digit(c)) {
                backup(c);
                error_at_cursor("invalid decimal literal");
            }
        }
    }

    // Scans digits of a prefixed literal (0x, 0o, 0b) per tok_get.
    template <class IsDigit>
    void radix_digits(const char* kind, IsDigit is_radix_digit) {
        int c = nextc();
        do {
            if (c == '_') c = nextc();
            if (!is_radix_digit(c)) {
                if (std::strcmp(kind, "hexadecimal") != 0 && is_digit(c))
                    error_at_cursor(fmt::format("invalid digit '{}' in {} literal", char(c), kind));
                backup(c);
                error_at_cursor(fmt::format("invalid {} literal", kind));
            }
            do c = nextc(); while (is_radix_digit(c));
        } while (c == '_');
        if (std::strcmp(kind, "hexadecimal") != 0 && is_digit(c))
            error_at_cursor(fmt::format("invalid digit '{}' in {} literal", char(c), kind));
        verify_end_of_number(c, kind);
        backup(c);
    }

    void scan_number(int c) {
        if (c == '.') return fraction(nextc());
        if (c != '0') {
            c = decimal_tail();
            if (c == '.') return fraction(nextc());
            return exponent_or_end(c);
        }
        c = nextc();
        int lower = c | 0x20;
        if (lower == 'x') return radix_digits("hexadecimal", is_xdigit);
        if (lower == 'o') return radix_digits("octal", [](int d) { return d >= '0' && d <= '7'; });
        if (lower == 'b') return radix_digits("binary", [](int d) { return d == '0' || d == '1'; });
        // A zero, possibly followed by more digits (old-style octal is an error).
        bool nonzero = false;
        std::size_t start = p_ - 2 + (c == kEof ? 1 : 0);
        while (true) {
            if (c == '_') {
                c = nextc();
                if (!is_digit(c)) {
                    backup(c);
                    error_at_cursor("invalid decimal literal");
                }
            }
            if (c != '0') break;
            c = nextc();
        }
        std::size_t zeros_end = p_;
        if (is_digit(c)) {
            nonzero = true;
            c = decimal_tail();
        }
        if (c == '.') return fraction(nextc());
        if (c == 'e' || c == 'E' || c == 'j' || c == 'J') return exponent_or_end(c);
        if (nonzero) {
            backup(c);
            fail(src_.error("SyntaxError",
                            "leading zeros in decimal integer literals are not permitted; "
                            "use an 0o prefix for octal integers",
                            line_, src_.char_col(line_, static_cast<int>(start - line_start_)) + 1, line_,
                            src_.char_col(line_, static_cast<int>(zeros_end - line_start_))));
        }
        verify_end_of_number(c, "decimal");
        backup(c);
    }

    void fraction(int c) {
        if (is_digit(c)) c = decimal_tail();
        exponent_or_end(c);
    }

    void exponent_or_end(int c) {
        if (c == 'e' || c == 'E') {
            int e = c;
            c = nextc();
            if (c == '+' || c == '-') {
                c = nextc();
                if (!is_digit(c)) {
                    backup(c);
                    error_at_cursor("invalid decimal literal");
                }
            } else if (!is_digit(c)) {
                backup(c);
                verify_end_of_number(e, "decimal");
                backup(e);  // `1else`: the number ends before the keyword
                return;
            }
            c = decimal_tail();
        }
        if (c == 'j' || c == 'J') {
            c = nextc();
            verify_end_of_number(c, "imaginary");
        } else {
            verify_end_of_number(c, "decimal");
        }
        backup(c);
    }

    // -------------------------------------------------------------- strings
    void scan_string(int quote, std::size_t begin, int line, int col) {
        int quote_size = 1, end_quote_size = 0;
        int c = nextc();
        if (c == quote) {
            c = nextc();
            if (c == quote) quote_size = 3;
            else end_quote_size = 1;  // the empty string
        }
        if (c != quote) backup(c);
        while (end_quote_size != quote_size) {
            c = nextc();
            if (c == kEof || (quote_size == 1 && c == '\n')) {
                if (quote_size == 3 && interactive_) {
                    result_.incomplete = true;
                    throw Fail{};
                }
                // At the end of input CPython's line count stays on the last line.
                int detected = c == kEof && line_ > 1 && p_ == line_start_ ? line_ - 1 : line_;
                int offset = src_.char_col(line, col) + 1;
                fail(src_.error("SyntaxError",
                                fmt::format("unterminated {}string literal (detected at line {})",
                                            quote_size == 3 ? "triple-quoted " : "", detected),
                                line, offset, line, offset));
            }
            if (c == '\n') {
                --p_;
                next_line();
            }
            if (c == quote) {
                ++end_quote_size;
            } else {
                end_quote_size = 0;
                if (c == '\\') {
                    c = nextc();
                    if (c == '\n') {
                        --p_;
                        next_line();
                    }
                }
            }
        }
        emit(TokenKind::String, begin, line, col, line_, this->col());
    }

    // ------------------------------------------------------------ operators
    void scan_operator(std::size_t begin, int line, int col) {
        std::string_view rest = s_.substr(p_);
        std::size_t len = 1;
        for (const char* op : kOperators) {
            std::size_t n = std::strlen(op);
            if (rest.substr(0, n) == op) {
                len = n;
                break;
            }
        }
        char c = s_[p_];
        p_ += len;
        if (len == 1) bracket(c, line, col);
        emit(TokenKind::Op, begin, line, col, line_, this->col());
    }

    void bracket(char c, int line, int col) {
        switch (c) {
            case '(': case '[': case '{':
                if (brackets_.size() >= kMaxLevel) error_at_cursor("too many nested parentheses");
                brackets_.push_back({c, line, col});
                break;
            case ')': case ']': case '}': {
                if (brackets_.empty()) error_at_cursor(fmt::format("unmatched '{}'", c));
                Open open = brackets_.back();
                brackets_.pop_back();
                char expected = open.bracket == '(' ? ')' : open.bracket == '[' ? ']' : '}';
                if (c != expected) {
                    if (open.line != line_)
                        error_at_cursor(fmt::format(
                            "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}", c,
                            open.bracket, open.line));
                    error_at_cursor(fmt::format("closing parenthesis '{}' does not match opening parenthesis '{}'",
                                                c, open.bracket));
                }
                break;
            }
            default: break;
        }
    }

    struct Open {
        char bracket;
        int line;
        int col;
    };

    const SourceText& src_;
    std::string_view s_;
    bool interactive_;
    bool single_input_;
    std::size_t p_ = 0;
    int line_ = 1;
    std::size_t line_start_ = 0;
    std::vector<int> indents_{0};
    std::vector<int> altindents_{0};
    int pending_dedents_ = 0;
    int comment_col_ = -1;  // where a comment began on the current line
    std::vector<Open> brackets_;
    TokenKind last_kind_ = TokenKind::Newline;
    LayoutResult result_;
};

}  // namespace

LayoutResult layout(const SourceText& source, LayoutOptions options) {
    return Tokenizer(source, options).run_file();
}

LayoutResult layout_fragment(const SourceText& source, int begin, int end) {
    return Tokenizer(source, {}).run_fragment(begin, end);
}

}  // namespace minipy::grammar
