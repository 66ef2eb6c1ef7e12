// Expression rules: declarations shared by every grammar translation unit.
//
// The definitions are in expression_def.hpp (operators and atoms) and
// display_def.hpp (brackets, calls, comprehensions, lambda); each .cpp only
// instantiates them for the types in config.hpp.
#pragma once

#include "grammar/build.hpp"
#include "grammar/config.hpp"

namespace minipy::grammar::rules {


// Operators, from the loosest binding to the tightest (Grammar/python.gram).
using expression_type = x3::rule<class expression_id, ast::Expr*>;
using named_expression_type = x3::rule<class named_expression_id, ast::Expr*>;
using star_expressions_type = x3::rule<class star_expressions_id, ast::Expr*>;
using star_expression_type = x3::rule<class star_expression_id, ast::Expr*>;
using star_named_expression_type = x3::rule<class star_named_expression_id, ast::Expr*>;
using yield_expr_type = x3::rule<class yield_expr_id, ast::Expr*>;
using disjunction_type = x3::rule<class disjunction_id, ast::Expr*>;
using conjunction_type = x3::rule<class conjunction_id, ast::Expr*>;
using inversion_type = x3::rule<class inversion_id, ast::Expr*>;
using comparison_type = x3::rule<class comparison_id, ast::Expr*>;
using bitwise_or_type = x3::rule<class bitwise_or_id, ast::Expr*>;
using bitwise_xor_type = x3::rule<class bitwise_xor_id, ast::Expr*>;
using bitwise_and_type = x3::rule<class bitwise_and_id, ast::Expr*>;
using shift_expr_type = x3::rule<class shift_expr_id, ast::Expr*>;
using sum_type = x3::rule<class sum_id, ast::Expr*>;
using term_type = x3::rule<class term_id, ast::Expr*>;
using factor_type = x3::rule<class factor_id, ast::Expr*>;
using power_type = x3::rule<class power_id, ast::Expr*>;
using primary_type = x3::rule<class primary_id, ast::Expr*>;
using atom_type = x3::rule<class atom_id, ast::Expr*>;
using strings_type = x3::rule<class strings_id, ast::Expr*>;
// `for` targets: star_expression-like lists whose items stop before `in`.
using star_target_type = x3::rule<class star_target_id, ast::Expr*>;
using star_targets_type = x3::rule<class star_targets_id, ast::Expr*>;

// Brackets, calls, comprehensions and lambda (display_def.hpp).
using paren_atom_type = x3::rule<class paren_atom_id, ast::Expr*>;
using list_atom_type = x3::rule<class list_atom_id, ast::Expr*>;
using brace_atom_type = x3::rule<class brace_atom_id, ast::Expr*>;
using slices_type = x3::rule<class slices_id, ast::Expr*>;
using call_args_type = x3::rule<class call_args_id, std::vector<build::Argument>>;
using comp_for_type = x3::rule<class comp_for_id, std::vector<ast::Comprehension>>;
using lambdef_type = x3::rule<class lambdef_id, ast::Expr*>;
using lambda_params_type = x3::rule<class lambda_params_id, std::vector<build::Parameter>>;

BOOST_SPIRIT_DECLARE(expression_type, named_expression_type, star_expressions_type, star_expression_type,
                     star_named_expression_type, yield_expr_type, disjunction_type, conjunction_type,
                     inversion_type, comparison_type, bitwise_or_type, bitwise_xor_type, bitwise_and_type,
                     shift_expr_type, sum_type, term_type, factor_type, power_type, primary_type, atom_type,
                     strings_type, star_target_type, star_targets_type)
BOOST_SPIRIT_DECLARE(paren_atom_type, list_atom_type, brace_atom_type, slices_type, call_args_type, comp_for_type,
                     lambdef_type, lambda_params_type)

inline const expression_type expression = "expression";
inline const named_expression_type named_expression = "named_expression";
inline const star_expressions_type star_expressions = "star_expressions";
inline const star_expression_type star_expression = "star_expression";
inline const star_named_expression_type star_named_expression = "star_named_expression";
inline const yield_expr_type yield_expr = "yield_expr";
inline const disjunction_type disjunction = "disjunction";
inline const conjunction_type conjunction = "conjunction";
inline const inversion_type inversion = "inversion";
inline const comparison_type comparison = "comparison";
inline const bitwise_or_type bitwise_or = "bitwise_or";
inline const bitwise_xor_type bitwise_xor = "bitwise_xor";
inline const bitwise_and_type bitwise_and = "bitwise_and";
inline const shift_expr_type shift_expr = "shift_expr";
inline const sum_type sum = "sum";
inline const term_type term = "term";
inline const factor_type factor = "factor";
inline const power_type power = "power";
inline const primary_type primary = "primary";
inline const atom_type atom = "atom";
inline const strings_type strings = "strings";
inline const star_target_type star_target = "star_target";
inline const star_targets_type star_targets = "star_targets";
inline const paren_atom_type paren_atom = "paren_atom";
inline const list_atom_type list_atom = "list_atom";
inline const brace_atom_type brace_atom = "brace_atom";
inline const slices_type slices = "slices";
inline const call_args_type call_args = "call_args";
inline const comp_for_type comp_for = "comp_for";
inline const lambdef_type lambdef = "lambdef";
inline const lambda_params_type lambda_params = "lambda_params";

}  // namespace minipy::grammar::rules
