#include "grammar/invalid.hpp"

#include "grammar/build.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace minipy::grammar::invalid {

using namespace ast;
using build::raise_at;

namespace {

bool before(const Position& a, int line, int col) { return a.line < line || (a.line == line && a.col < col); }

// The token that starts where `p` starts / the one after the token ending where `p` ends.
const Token* token_starting(const ParserState& st, const Position& p) {
    const auto& toks = st.buffer.tokens;
    auto it = std::lower_bound(toks.begin(), toks.end(), p,
                               [](const Token& t, const Position& q) { return before(t.pos, q.line, q.col); });
    return it == toks.end() ? nullptr : &*it;
}
// The token that ends where `p` ends: the last one starting before that point.
const Token* token_ending(const ParserState& st, const Position& p) {
    const auto& toks = st.buffer.tokens;
    auto it = std::lower_bound(toks.begin(), toks.end(), p, [](const Token& t, const Position& q) {
        return before(t.pos, q.end_line, q.end_col);
    });
    return it == toks.begin() ? nullptr : &*(it - 1);
}
const Token* next_token(const ParserState& st, const Token* t) {
    if (!t) return nullptr;
    std::size_t i = t - st.buffer.tokens.data() + 1;
    return i < st.buffer.tokens.size() ? &st.buffer.tokens[i] : nullptr;
}
std::string_view text(const ParserState& st, const Token* t) {
    return std::string_view(st.buffer.text).substr(t->begin, t->end - t->begin);
}

bool parenthesized(const ParserState& st, const Expr* e) { return st.outer.count(e) != 0; }

// `a, b` as opposed to `(a, b)`: a bare tuple starts where its first item does.
bool bare_tuple(const ParserState& st, const Expr* e) {
    auto* t = as<Tuple>(e);
    if (!t || t->elts.empty()) return false;
    Position first = build::outer(st, t->elts[0]);
    return t->pos.line == first.line && t->pos.col == first.col;
}

bool is_constant(const Expr* e, ConstantKind k) {
    auto* c = as<Constant>(e);
    return c && c->value_kind == k;
}

// The part of `e` that pegen's bitwise_or rule would have read, or null when
// `e` cannot start with one (lambda, not, *x, yield).
const Expr* bitwise_or_prefix(const ParserState& st, const Expr* e) {
    if (parenthesized(st, e)) return e;
    switch (e->kind) {
        case ExprKind::Tuple: {
            const auto& elts = static_cast<const Tuple*>(e)->elts;
            return elts.empty() ? e : bitwise_or_prefix(st, elts[0]);  // () is an atom
        }
        case ExprKind::Compare: return bitwise_or_prefix(st, static_cast<const Compare*>(e)->left);
        case ExprKind::BoolOp: return bitwise_or_prefix(st, static_cast<const BoolOp*>(e)->values[0]);
        case ExprKind::IfExp: return bitwise_or_prefix(st, static_cast<const IfExp*>(e)->body);
        case ExprKind::UnaryOp:
            return static_cast<const UnaryOp*>(e)->op == UnaryOpKind::Not ? nullptr : e;
        case ExprKind::Lambda: case ExprKind::Starred: case ExprKind::Yield: case ExprKind::YieldFrom:
        case ExprKind::NamedExpr:
            return nullptr;
        default: return e;
    }
}

bool followed_by_assignment(const ParserState& st, const Expr* e) {
    const Token* after = next_token(st, token_ending(st, build::outer(st, e)));
    return after && after->kind == TokenKind::Op && (text(st, after) == "=" || text(st, after) == ":=");
}

// pegen's `!(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or` start.
bool excluded_from_assign_hint(const ParserState& st, const Expr* a) {
    if (a->kind == ExprKind::List || a->kind == ExprKind::Tuple || a->kind == ExprKind::GeneratorExp) return true;
    if (parenthesized(st, a)) return false;
    return is_constant(a, ConstantKind::True) || is_constant(a, ConstantKind::None) ||
           is_constant(a, ConstantKind::False);
}

// invalid_named_expression's '=' alternatives, for `a = b` where b is what
// follows the '='. Raises, or returns when they do not apply.
void assign_hint(ParserState& st, const Expr* a, Position a_pos, const Expr* b) {
    if (bitwise_or_prefix(st, a) != a) return;
    const Expr* b_prefix = bitwise_or_prefix(st, b);
    if (!b_prefix || followed_by_assignment(st, b_prefix)) return;
    if (a->kind == ExprKind::Name && !parenthesized(st, a))
        raise_at(st, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                 build::join(a->pos, b_prefix->pos));
    if (excluded_from_assign_hint(st, a)) return;
    raise_at(st, fmt::format("cannot assign to {} here. Maybe you meant '==' instead of '='?", build::expr_name(a)),
             a_pos);
}

}  // namespace

bool missing_else(ParserState& st, Expr*& body, Expr* test) {
    raise_at(st, "expected 'else' after 'if' expression", build::join(body->pos, test->pos));
}

bool legacy_print(ParserState& st, Expr*& name, Expr* rest) {
    auto* n = as<Name>(name);
    if (!n || parenthesized(st, name) || (n->id != "print" && n->id != "exec")) return false;
    raise_at(st, fmt::format("Missing parentheses in call to '{0}'. Did you mean {0}(...)?", n->id),
             build::join(n->pos, rest->pos));
}

// The !SOFT_KEYWORD of invalid_expression: CPython 3.11's test
// (_PyPegen_soft_keyword_token) compares a name with each soft keyword for
// the name's own length only, so `m` and `ca` count as `match` and `case`
// there, and `f(m x)` gets no comma hint.
static bool soft_keyword_prefix(std::string_view name) {
    for (std::string_view keyword : {"_", "case", "match"})
        if (keyword.substr(0, name.size()) == name) return true;
    return false;
}

bool forgot_comma(ParserState& st, Expr*& first, Expr* second) {
    const Token* start = token_starting(st, build::outer(st, first));
    if (!start) return false;
    if (start->kind == TokenKind::Name) {
        std::string_view w = text(st, start);
        const Token* next = next_token(st, start);
        if (next && next->kind == TokenKind::String) return false;
        if (soft_keyword_prefix(w)) return false;
    }
    if (auto* n = as<Name>(first); n && (n->id == "print" || n->id == "exec")) return false;
    const Token* last = token_ending(st, build::outer(st, second));
    if (!last || last->level == 0) return false;
    raise_at(st, "invalid syntax. Perhaps you forgot a comma?", build::join(first->pos, second->pos));
}

bool walrus_target(ParserState& st, Expr*& target, Expr*) {
    raise_at(st, fmt::format("cannot use assignment expressions with {}", build::expr_name(target)), target->pos);
}

bool keyword_comprehension(ParserState& st, Tok name) {
    const Tok equals{name.index + 1};
    raise_at(st, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
             build::join(build::pos(st, name), build::pos(st, equals)));
}

bool assign_in_expression(ParserState& st, Expr* target, Tok, Expr* value) {
    assign_hint(st, target, target->pos, value);
    return false;
}

bool keyword_expression(ParserState& st, Expr* value, Tok equals) {
    // `!(NAME '=')`: a bare name is a keyword argument whose value did not
    // parse (`f(e=)`), which is plain invalid syntax.
    if (value->kind == ast::ExprKind::Name && !parenthesized(st, value)) return false;
    Position eq = build::pos(st, equals);
    if (!parenthesized(st, value) && (is_constant(value, ConstantKind::True) ||
                                      is_constant(value, ConstantKind::False) ||
                                      is_constant(value, ConstantKind::None)))
        raise_at(st, fmt::format("cannot assign to {}", build::expr_name(value)), build::join(value->pos, eq));
    raise_at(st, "expression cannot contain assignment, perhaps you meant \"==\"?", build::join(value->pos, eq));
}

bool kvpair_missing_colon(ParserState& st, Expr* key) {
    // Just before the key's last character, and no end.
    raise_at(st, "':' expected after dictionary key", {key->pos.end_line, key->pos.end_col - 1, key->pos.end_line, -1});
}

bool starred_dict_value(ParserState& st, Tok star, Expr* value) {
    raise_at(st, "cannot use a starred expression in a dictionary value", build::join(build::pos(st, star), value->pos));
}

bool kvpair_missing_value(ParserState& st, Tok colon) {
    raise_at(st, "expression expected after dictionary key and ':'", colon);
}

bool parenthesized_parameters(ParserState& st, Tok open, Tok close, bool lambda) {
    // pegen's `param_no_default* '('`: the '(' starts the list or follows a
    // ',' (`lambda print(x)` is plain invalid syntax).
    const std::string_view before = st.text(Tok{open.index - 1});
    if (before != "," && before != (lambda ? "lambda" : "(")) return false;
    raise_at(st, lambda ? "Lambda expression parameters cannot be parenthesized"
                        : "Function parameters cannot be parenthesized",
             build::join(build::pos(st, open), build::pos(st, close)));
}

bool generator_in_bases(ParserState& st, const Expr* value) {
    const Token* after = next_token(st, token_ending(st, build::outer(st, value)));
    if (!after) return false;
    raise_at(st, "invalid syntax", build::pos(st, Tok{static_cast<int>(after - st.buffer.tokens.data())}));
}

// invalid_assignment's `a=yield_expr '='`: a bare yield before a '='. In
// parentheses it is a star_expressions, an invalid target like any other.
static bool bare_yield(const ParserState& st, const Expr* e) {
    return (e->kind == ExprKind::Yield || e->kind == ExprKind::YieldFrom) && !parenthesized(st, e);
}

bool dangling_assignment(ParserState& st, const Expr* first, const std::vector<Expr*>& values) {
    auto check = [&](const Expr* target) {
        if (bare_yield(st, target)) raise_at(st, "assignment to yield expression not possible", target->pos);
        build::check_target(st, target, build::TargetUse::Assign);
    };
    if (first) check(first);
    for (const Expr* value : values) check(value);
    return false;
}

void check_assignment(ParserState& st, const std::vector<Expr*>& targets, Expr* value, const std::vector<Tok>&) {
    bool valid = std::none_of(targets.begin(), targets.end(), [](const Expr* t) {
        return t->kind == ExprKind::Yield || t->kind == ExprKind::YieldFrom ||
               build::invalid_target(t, build::TargetUse::Assign) != nullptr;
    });
    if (!valid) {
        // invalid_named_expression, reached through star_named_expression on
        // the first target (not when it is an unparenthesized tuple).
        // For `a, 1 = x` pegen reaches the last item of the tuple that way.
        Expr* first = targets[0];
        if (bare_tuple(st, first)) first = static_cast<Tuple*>(first)->elts.back();
        assign_hint(st, first, first->pos, targets.size() > 1 ? targets[1] : value);
        for (Expr* t : targets) {
            if (bare_yield(st, t)) raise_at(st, "assignment to yield expression not possible", t->pos);
            build::set_target(st, t, build::TargetUse::Assign);
        }
    }
    for (Expr* t : targets) build::set_target(st, t, build::TargetUse::Assign);
}

void check_annotation_target(ParserState& st, Expr* target) {
    switch (target->kind) {
        case ExprKind::Name: case ExprKind::Attribute: case ExprKind::Subscript:
            build::set_target(st, target, build::TargetUse::Assign);
            return;
        case ExprKind::List:
            raise_at(st, "only single target (not list) can be annotated", target->pos);
        case ExprKind::Tuple:
            raise_at(st, "only single target (not tuple) can be annotated",
                     bare_tuple(st, target) ? static_cast<Tuple*>(target)->elts[0]->pos : target->pos);
        default:
            raise_at(st, "illegal target for annotation", target->pos);
    }
}

void check_augmented_target(ParserState& st, Expr* target) {
    switch (target->kind) {
        case ExprKind::Name: case ExprKind::Attribute: case ExprKind::Subscript:
            build::set_target(st, target, build::TargetUse::Assign);
            return;
        default:
            raise_at(st, fmt::format("'{}' is an illegal expression for augmented assignment",
                                     build::expr_name(target)),
                     target->pos);
    }
}

}  // namespace minipy::grammar::invalid
