// CPython's specific syntax errors, found by re-running a failed parse.
//
// pegen parses twice: a failing first pass only tells where the error is,
// and a second pass with the `invalid_*` rules enabled finds the message
// ("Perhaps you forgot a comma?", "cannot assign to ... here"). The grammar
// does the same: these checks sit behind `second_pass` in the rules. Each
// either raises the error or returns false to let the parse go on.
#pragma once

#include "grammar/parser_state.hpp"

namespace minipy::grammar::invalid {

// invalid_expression: `a if b` with no else. `test` is b.
bool missing_else(ParserState& st, ast::Expr*& body, ast::Expr* test);
// invalid_legacy_expression: `print x`, `exec code`.
bool legacy_print(ParserState& st, ast::Expr*& name, ast::Expr* rest);
// invalid_expression: two expressions side by side inside brackets.
bool forgot_comma(ParserState& st, ast::Expr*& first, ast::Expr* second);
// invalid_named_expression: `a.b := 1`.
bool walrus_target(ParserState& st, ast::Expr*& target, ast::Expr* value);
// invalid_named_expression: `if x = 1:`, `if f() = 1:`.
bool assign_in_expression(ParserState& st, ast::Expr* target, Tok equals, ast::Expr* value);
// invalid_kwarg: `f(a.b=1)`, `f(True=1)`.
bool keyword_expression(ParserState& st, ast::Expr* value, Tok equals);
// invalid_kwarg: `f(x=1 for x in y)`; `name` is the keyword's name.
bool keyword_comprehension(ParserState& st, Tok name);

// invalid_kvpair: a key without ':' after a complete pair, `{1: 2, 3}`.
bool kvpair_missing_colon(ParserState& st, ast::Expr* key);
// invalid_kvpair / invalid_double_starred_kvpairs: `{1: *a}`.
bool starred_dict_value(ParserState& st, Tok star, ast::Expr* value);
// invalid_kvpair / invalid_double_starred_kvpairs: `{1: }`, `{1: 2, 3: }`.
bool kvpair_missing_value(ParserState& st, Tok colon);
// invalid_parameters / invalid_lambda_parameters: `def f((a)):`, `lambda (a): 0`.
bool parenthesized_parameters(ParserState& st, Tok open, Tok close, bool lambda);
// class_def_raw reads `arguments`, where a bare generator has no place:
// `class C(x for x in y):` is invalid syntax at `for`.
bool generator_in_bases(ParserState& st, const ast::Expr* value);

// invalid_assignment and invalid_named_expression at statement level:
// `targets` are the expressions left of each '=', `value` the last one.
void check_assignment(ParserState& st, const std::vector<ast::Expr*>& targets, ast::Expr* value,
                      const std::vector<Tok>& equals);
// invalid_assignment where nothing valid follows the last '=' (`1 =`,
// `x = f() =`): each expression before a '=' must be a target. `first` is
// the statement's first expression, `values` the ones after each '='.
bool dangling_assignment(ParserState& st, const ast::Expr* first, const std::vector<ast::Expr*>& values);
// invalid_ann_assign_target / "illegal target for annotation".
void check_annotation_target(ParserState& st, ast::Expr* target);
// invalid_assignment: "'tuple' is an illegal expression for augmented assignment".
void check_augmented_target(ParserState& st, ast::Expr* target);

}  // namespace minipy::grammar::invalid
