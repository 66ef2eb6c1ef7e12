// X3 terminals over the layout pass's token buffer.
//
// Each terminal skips the separating space, looks up the token that starts
// at the cursor and consumes it whole, so a terminal can never match half a
// token (`*` never matches the start of `**=`, `if` never the start of `iffy`).
// Every look records how far the parser got: CPython reports a generic
// "invalid syntax" at the last token its parser fetched.
#pragma once

#include "grammar/build.hpp"
#include "grammar/config.hpp"

#include <cstdint>
#include <cstring>
#include <memory>

namespace minipy::grammar::tokens {

template <class Derived, class Attribute>
struct token_parser : x3::parser<Derived> {
    using attribute_type = Attribute;
    static bool const has_attribute = !std::is_same_v<Attribute, x3::unused_type>;

    template <class Iterator, class Context, class RContext, class Attr>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attr& attr) const {
        x3::skip_over(first, last, context);
        ParserState& st = x3::get<state_tag>(context);
        int offset = static_cast<int>(first - st.begin());
        const Token* t = st.buffer.at(offset);
        if (!t) return false;
        st.note(offset);
        Attribute value{};
        if (!static_cast<Derived const&>(*this).match(st, Tok{st.buffer.token_at[offset]}, value)) return false;
        first = st.begin() + t->end;
        if constexpr (has_attribute) x3::traits::move_to(value, attr);
        return true;
    }
};

// Python's reserved words (Lib/keyword.py kwlist, 3.11).
struct keyword_table : x3::symbols<int> {
    keyword_table();
};
const keyword_table& keywords();

// Abandons the parse with an error at token `t` (its CPython error offsets).
[[noreturn]] void raise_at_token(const ParserState& st, const Token& t, const char* type, const std::string& message);
[[noreturn]] void raise_missing_block(const ParserState& st, const Token& t);

// Abandons a parse nested deeper than kMaxDepth.
[[noreturn]] void throw_too_deep(const ParserState& st);
// For parameters_checked: whether the token at `offset` (after spaces) is
// the ')' of a def's parameters or the ':' of a lambda's.
bool closes_parameters(const ParserState& st, std::size_t offset, bool lambda);
// Raises the parameter list's own error, if it has one (build::arguments).
void check_parameters(ParserState& st, const std::vector<build::Parameter>& params, bool lambda);

// A token of one kind (NUMBER, STRING, NEWLINE, INDENT, ...).
struct kind_parser : token_parser<kind_parser, Tok> {
    constexpr explicit kind_parser(TokenKind k) : kind(k) {}
    bool match(ParserState& st, Tok t, Tok& out) const {
        out = t;
        return st.token(t).kind == kind;
    }
    TokenKind kind;
};

// One exact keyword or operator; `Keep` makes the token the attribute
// (for positions), otherwise it is only matched.
template <bool Keep>
struct word_parser : token_parser<word_parser<Keep>, std::conditional_t<Keep, Tok, x3::unused_type>> {
    constexpr word_parser(TokenKind k, const char* w) : kind(k), word(w) {}
    template <class Out>
    bool match(ParserState& st, Tok t, Out& out) const {
        if constexpr (Keep) out = t;
        return st.token(t).kind == kind && st.text(t) == word;
    }
    TokenKind kind;
    const char* word;
};

// True, False, None or `...`: the atoms that are constants by spelling.
struct constant_word_parser : token_parser<constant_word_parser, Tok> {
    bool match(ParserState& st, Tok t, Tok& out) const {
        out = t;
        std::string_view w = st.text(t);
        return w == "True" || w == "False" || w == "None" || (w == "..." && st.token(t).kind == TokenKind::Op);
    }
};

// An identifier: a NAME that is not a keyword.
struct name_parser : token_parser<name_parser, Tok> {
    bool match(ParserState& st, Tok t, Tok& out) const {
        out = t;
        if (st.token(t).kind != TokenKind::Name) return false;
        std::string_view text = st.text(t);
        return keywords().find(std::string(text)) == nullptr;
    }
};

// One operator out of a table, yielding its value (BinOpKind, CmpOpKind, ...).
template <class T>
struct op_table_parser : token_parser<op_table_parser<T>, T> {
    explicit op_table_parser(const x3::symbols<T>& table) : table(std::addressof(table)) {}
    bool match(ParserState& st, Tok t, T& out) const {
        if (st.token(t).kind != TokenKind::Op) return false;
        const T* v = table->find(std::string(st.text(t)));
        if (!v) return false;
        out = *v;
        return true;
    }
    const x3::symbols<T>* table;
};

// Succeeds without consuming, only while the parser re-runs to find a
// specific error message (CPython's second pass with the invalid_ rules).
struct second_pass_parser : x3::parser<second_pass_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;
    template <class Iterator, class Context, class RContext, class Attr>
    bool parse(Iterator&, Iterator const&, Context const& context, RContext&, Attr&) const {
        return x3::get<state_tag>(context).second_pass;
    }
};

// pegen's forced token (`&&':'`): if the token is missing the parse stops
// right there with "expected ':'", pointing at whatever stands in its place.
struct forced_parser : x3::parser<forced_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;
    constexpr forced_parser(const char* text, const char* message) : text(text), message(message) {}

    template <class Iterator, class Context, class RContext, class Attr>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attr&) const {
        x3::skip_over(first, last, context);
        ParserState& st = x3::get<state_tag>(context);
        int offset = static_cast<int>(first - st.begin());
        const Token* t = st.buffer.at(offset);
        if (!t) return false;
        st.note(offset);
        if (t->kind == TokenKind::Op && st.text(Tok{st.buffer.token_at[offset]}) == text) {
            first = st.begin() + t->end;
            return true;
        }
        if (t->kind == TokenKind::Incomplete || t->kind == TokenKind::Error) return false;
        raise_at_token(st, *t, "SyntaxError", message);
    }
    const char* text;
    const char* message;
};

// Second pass only: the parse stops with `message` at the token under the
// cursor (pegen's RAISE_SYNTAX_ERROR, which points at the last token read).
struct fail_here_parser : x3::parser<fail_here_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;
    constexpr fail_here_parser(const char* message, bool previous) : message(message), previous(previous) {}

    template <class Iterator, class Context, class RContext, class Attr>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attr&) const {
        ParserState& st = x3::get<state_tag>(context);
        if (!st.second_pass) return false;
        Iterator i = first;
        x3::skip_over(i, last, context);
        const Token* t = st.buffer.at(static_cast<int>(i - st.begin()));
        if (!t || t->kind == TokenKind::Incomplete || t->kind == TokenKind::Error) return false;
        raise_at_token(st, previous ? *(t - 1) : *t, "SyntaxError", message);
    }
    const char* message;
    bool previous;  // point at the token before the cursor (the last one consumed)
};

// Second pass only: a block header's NEWLINE not followed by INDENT raises
// "expected an indented block after 'if' statement on line N".
struct missing_block_parser : x3::parser<missing_block_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <class Iterator, class Context, class RContext, class Attr>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attr&) const {
        ParserState& st = x3::get<state_tag>(context);
        if (!st.second_pass) return false;
        Iterator i = first;
        x3::skip_over(i, last, context);
        const Token* t = st.buffer.at(static_cast<int>(i - st.begin()));
        if (!t || t->kind != TokenKind::Newline) return false;
        const Token* next = t + 1;
        if (next->kind == TokenKind::Indent || next->kind == TokenKind::Incomplete || next->kind == TokenKind::Error)
            return false;
        raise_missing_block(st, *next);
    }
};

// Zero-width: the statement's first expression may be annotated (a name,
// attribute or subscript, possibly parenthesized). In the second pass any
// expression may, so that "illegal target for annotation" can be raised.
struct annotatable_parser : x3::parser<annotatable_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;
    template <class Iterator, class Context, class RContext, class Attr>
    bool parse(Iterator&, Iterator const&, Context const& context, RContext&, Attr&) const {
        ParserState& st = x3::get<state_tag>(context);
        const ast::Expr* e = st.statement_head;
        return st.second_pass || (e && (e->kind == ast::ExprKind::Name || e->kind == ast::ExprKind::Attribute ||
                                        e->kind == ast::ExprKind::Subscript));
    }
};
inline constexpr annotatable_parser annotatable{};

inline constexpr kind_parser number{TokenKind::Number};
inline constexpr kind_parser string{TokenKind::String};
inline constexpr kind_parser newline{TokenKind::Newline};
inline constexpr kind_parser indent{TokenKind::Indent};
inline constexpr kind_parser dedent{TokenKind::Dedent};
inline constexpr kind_parser endmarker{TokenKind::EndMarker};
inline constexpr kind_parser incomplete{TokenKind::Incomplete};
inline constexpr name_parser name{};
inline constexpr constant_word_parser constant_word{};
inline constexpr second_pass_parser second_pass{};
inline constexpr missing_block_parser missing_block{};
constexpr fail_here_parser fail_here(const char* message) { return {message, false}; }
constexpr fail_here_parser fail_after(const char* message) { return {message, true}; }
constexpr forced_parser forced(const char* text, const char* message) { return {text, message}; }

constexpr word_parser<false> kw(const char* word) { return {TokenKind::Name, word}; }
constexpr word_parser<false> op(const char* text) { return {TokenKind::Op, text}; }
constexpr word_parser<true> kw_t(const char* word) { return {TokenKind::Name, word}; }
constexpr word_parser<true> op_t(const char* text) { return {TokenKind::Op, text}; }

// Bounds the nesting of recursive rules. CPython's parser gives up past a
// fixed depth too (MAXSTACK, reported as MemoryError): 6000 calls of its
// rule functions, about 30 of them above the first expression of a
// statement, which is where this count starts to matter. A nesting costs
// one level where it costs pegen one (`-x`, `not x`, `x if c else y`,
// `elif`) and two where pegen spends two (`lambda: x`, `a ** b`): the
// limit is met at CPython's depths (`'-' * 5970 + '1'`). The same error
// comes earlier if the stack would run out first (ParserState::stack_floor),
// so that no input, however deeply nested, exhausts the C++ stack: at the
// depth limit an optimised build uses 1 MB of stack, 3.5 MB with PGO.
inline constexpr int kMaxDepth = 5972;

// `directive[subject]` for the directives below: the generator that each
// of X3's own directives spells out (x3::omit_gen), written once.
template <template <class> class Directive>
struct directive_gen {
    template <class Subject>
    constexpr Directive<typename x3::extension::as_parser<Subject>::value_type> operator[](Subject const& s) const {
        return {x3::as_parser(s)};
    }
};

template <class Subject>
struct depth_guard : x3::unary_parser<Subject, depth_guard<Subject>> {
    using base_type = x3::unary_parser<Subject, depth_guard<Subject>>;
    static bool const is_pass_through_unary = true;
    constexpr depth_guard(Subject const& subject) : base_type(subject) {}

    template <class Iterator, class Context, class RContext, class Attr>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext& rcontext, Attr& attr) const {
        ParserState& st = x3::get<state_tag>(context);
        // The frame address is on the real stack even where a sanitizer
        // moves locals to a heap-allocated fake stack.
        auto here = reinterpret_cast<std::uintptr_t>(__builtin_frame_address(0));
        if (++st.depth > kMaxDepth || here < st.stack_floor) throw_too_deep(st);
        bool ok = this->subject.parse(first, last, context, rcontext, attr);
        --st.depth;
        return ok;
    }
};
inline constexpr directive_gen<depth_guard> guarded{};

// Fails at once where its subject already failed in this pass. pegen
// memoizes `disjunction` (and `expression`) for the same reason: a second-
// pass rule re-reads what the first alternative read (invalid_expression's
// `disjunction 'if' disjunction`), and without the memo, input nested
// inside such a re-read costs twice per level of nesting.
template <class Subject>
struct remember_failure_directive : x3::unary_parser<Subject, remember_failure_directive<Subject>> {
    using base_type = x3::unary_parser<Subject, remember_failure_directive<Subject>>;
    static bool const is_pass_through_unary = true;
    constexpr remember_failure_directive(Subject const& subject) : base_type(subject) {}

    template <class Iterator, class Context, class RContext, class Attr>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext& rcontext, Attr& attr) const {
        ParserState& st = x3::get<state_tag>(context);
        std::uint8_t& failed = st.disjunction_failed[static_cast<std::size_t>(first - st.begin())];
        const std::uint8_t bit = st.second_pass ? 2 : 1;
        if (failed & bit) return false;
        if (this->subject.parse(first, last, context, rcontext, attr)) return true;
        failed |= bit;
        return false;
    }
};
inline constexpr directive_gen<remember_failure_directive> remember_failure{};

// In the second pass a parameter list's own errors are raised as soon as it
// is read, as pegen's invalid_parameters does, before anything later in the
// def or lambda can fail (`def f(a=1, b):` over a broken body); only for a
// list that ends there, at the ')' or ':', since pegen's rules want a ','
// or that token after each parameter (`def f(a=1, b b):` is plain invalid
// syntax).
template <bool Lambda>
struct parameters_checked {
    template <class Subject>
    struct directive : x3::unary_parser<Subject, directive<Subject>> {
        using base_type = x3::unary_parser<Subject, directive<Subject>>;
        static bool const is_pass_through_unary = true;
        constexpr directive(Subject const& subject) : base_type(subject) {}

        template <class Iterator, class Context, class RContext, class Attr>
        bool parse(Iterator& first, Iterator const& last, Context const& context, RContext& rcontext,
                   Attr& attr) const {
            if (!this->subject.parse(first, last, context, rcontext, attr)) return false;
            ParserState& st = x3::get<state_tag>(context);
            if (st.second_pass && closes_parameters(st, static_cast<std::size_t>(first - st.begin()), Lambda))
                check_parameters(st, attr, Lambda);
            return true;
        }
    };
};
inline constexpr directive_gen<parameters_checked<false>::directive> def_parameters_checked{};
inline constexpr directive_gen<parameters_checked<true>::directive> lambda_parameters_checked{};

// Runs its subject with the second-pass error rules switched off, like
// pegen's `expression_without_invalid`.
template <class Subject>
struct no_invalid_directive : x3::unary_parser<Subject, no_invalid_directive<Subject>> {
    using base_type = x3::unary_parser<Subject, no_invalid_directive<Subject>>;
    static bool const is_pass_through_unary = true;
    constexpr no_invalid_directive(Subject const& subject) : base_type(subject) {}

    template <class Iterator, class Context, class RContext, class Attr>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext& rcontext, Attr& attr) const {
        ParserState& st = x3::get<state_tag>(context);
        bool saved = st.second_pass;
        st.second_pass = false;
        bool ok = this->subject.parse(first, last, context, rcontext, attr);
        st.second_pass = saved;
        return ok;
    }
};
inline constexpr directive_gen<no_invalid_directive> no_invalid{};

}  // namespace minipy::grammar::tokens
