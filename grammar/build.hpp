// Node construction for the grammar's semantic actions.
//
// The X3 rules only decide structure; everything that allocates a node,
// computes a position or rejects a construct with CPython's message lives in
// these plain functions, so the heavy template code stays small and the
// rules read like the grammar (Grammar/python.gram, 3.11).
//
// Positions follow pegen: a node spans from its first token to its last,
// so a node that begins or ends with a parenthesized operand includes the
// parentheses, while the operand itself does not ((a+b)*c: the BinOp starts
// at the '(' and its left operand at 'a'). ParserState::outer remembers the
// parenthesized extents.
#pragma once

#include "grammar/parser_state.hpp"

#include <string>
#include <vector>

namespace minipy::grammar::build {

// ------------------------------------------------------------- positions
ast::Position pos(const ParserState& st, Tok t);
ast::Position join(ast::Position first, ast::Position last);
ast::Position outer(const ParserState& st, const ast::Expr* e);
// From the start of `first` (including its parentheses) to the end of `last`.
ast::Position join(const ParserState& st, const ast::Expr* first, const ast::Expr* last);
void parenthesize(ParserState& st, ast::Expr* e, Tok open, Tok close);

// -------------------------------------------------------------- errors
// SyntaxError over a node's range or a token's, as pegen's
// RAISE_SYNTAX_ERROR_KNOWN_LOCATION / KNOWN_RANGE do.
[[noreturn]] void raise_at(const ParserState& st, const std::string& message, ast::Position where,
                           const char* type = "SyntaxError");
[[noreturn]] void raise_at(const ParserState& st, const std::string& message, Tok t);
// The name pegen gives an expression in messages ("function call", "literal").
const char* expr_name(const ast::Expr* e);

// ---------------------------------------------------------------- atoms
ast::Expr* name(ParserState& st, Tok t);
ast::Expr* keyword_constant(ParserState& st, Tok t);  // True False None ...
ast::Expr* number(ParserState& st, Tok t);
ast::Expr* strings(ParserState& st, const std::vector<Tok>& parts);  // strings.cpp

// ------------------------------------------------------------ operators
ast::Expr* binop(ParserState& st, ast::Expr* left, ast::BinOpKind op, ast::Expr* right);
ast::Expr* unary(ParserState& st, Tok op, ast::UnaryOpKind kind, ast::Expr* operand);
ast::Expr* boolop(ParserState& st, ast::BoolOpKind op, ast::Expr* first, const std::vector<ast::Expr*>& rest);
ast::Expr* compare(ParserState& st, ast::Expr* left, ast::CmpOpKind op, ast::Expr* right);
ast::Expr* if_exp(ParserState& st, ast::Expr* body, ast::Expr* test, ast::Expr* orelse);
ast::Expr* named_expr(ParserState& st, Tok target, ast::Expr* value);
ast::Expr* starred(ParserState& st, Tok star, ast::Expr* value);
ast::Expr* yield(ParserState& st, Tok kw, ast::Expr* value);
ast::Expr* yield_from(ParserState& st, Tok kw, ast::Expr* value);

// --------------------------------------------------------------- primary
ast::Expr* attribute(ParserState& st, ast::Expr* value, Tok attr);
ast::Expr* subscript(ParserState& st, ast::Expr* value, ast::Expr* slice, Tok close);
ast::Expr* slice(ParserState& st, ast::Expr* lower, Tok colon, ast::Expr* upper, Tok colon2, ast::Expr* step);

// --------------------------------------------------------------- displays
// What was read between a pair of brackets; the closing action decides
// which node it is (tuple or group or generator, list or listcomp, ...).
struct Display {
    std::vector<ast::Expr*> elts;    // elements, or dict keys (nullptr for `**x`)
    std::vector<ast::Expr*> values;  // dict values
    std::vector<ast::Comprehension> generators;
    bool dict = false;
    bool trailing_comma = false;
};
ast::Expr* paren_display(ParserState& st, Tok open, Display& d, Tok close);
ast::Expr* list_display(ParserState& st, Tok open, Display& d, Tok close);
ast::Expr* brace_display(ParserState& st, Tok open, Display& d, Tok close);
void add_comprehension(ParserState& st, std::vector<ast::Comprehension>& out, ast::Expr* target, ast::Expr* iter,
                       std::vector<ast::Expr*> ifs);

// An unparenthesized tuple `a, b,`; `trailing` is the final comma, if any.
ast::Expr* bare_tuple(ParserState& st, ast::Expr* first, const std::vector<ast::Expr*>& rest, Tok trailing);

// ------------------------------------------------------------- call args
// One argument as written; call_arguments() sorts them into a Call and
// rejects the orders CPython rejects.
struct Argument {
    enum Kind { Positional, Star, Keyword, DoubleStar } kind = Positional;
    Tok name;              // Keyword
    Tok star;              // Star / DoubleStar
    ast::Expr* value = nullptr;
    std::vector<ast::Comprehension> generators;  // `f(x for x in y)`
};
// `func(args)`; also the bases and keywords of a class statement.
ast::Call* call(ParserState& st, ast::Expr* func, Tok open, const std::vector<Argument>& args, Tok close);

// ------------------------------------------------------------ parameters
// One parameter as written in a def or lambda.
struct Parameter {
    enum Kind { Plain, Slash, Star, DoubleStar } kind = Plain;
    Tok token;                      // the name, or the '/', '*', '**' token
    Tok name;                       // Star/DoubleStar with a name
    ast::Expr* annotation = nullptr;
    ast::Expr* default_value = nullptr;
    Tok equals;                     // the '=' before default_value
};
// Sorts parameters into CPython's Arguments layout, rejecting bad orders.
// `lambda` selects the lambda flavour of pegen's error positions.
void arguments(ParserState& st, const std::vector<Parameter>& params, ast::Arguments& out, bool lambda = false);
ast::Expr* lambda(ParserState& st, Tok kw, const std::vector<Parameter>& params, ast::Expr* body);

// ---------------------------------------------------------------- targets
// What a target is being used for: it decides the context and the message.
enum class TargetUse { Assign, Delete, For, With, Comprehension };
// Turns a parsed expression into a target (Store or Del context), raising
// "cannot assign to ..." / "cannot delete ..." at the first invalid part.
void set_target(ParserState& st, ast::Expr* e, TargetUse use);
// Only the check of set_target, for the second pass's invalid_ rules: `e`
// is left as it is.
void check_target(ParserState& st, const ast::Expr* e, TargetUse use);
// The first part of `e` that cannot be a target, or nullptr.
const ast::Expr* invalid_target(const ast::Expr* e, TargetUse use);

}  // namespace minipy::grammar::build
