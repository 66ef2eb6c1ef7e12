// Expression rules: the operator precedence ladder and atoms.
//
// Productions follow CPython 3.11's Grammar/python.gram, with left-recursive
// rules written as loops (`sum: sum '+' term | term` becomes
// `term *('+' term)`), and alternatives that share a prefix merged so that
// nothing is parsed twice: X3 backtracks without memoizing, and re-parsing a
// prefix at every nesting level would be exponential.
#pragma once

#include "grammar/actions.hpp"
#include "grammar/expression.hpp"
#include "grammar/invalid.hpp"
#include "grammar/tokens.hpp"

namespace minipy::grammar::rules {

using namespace tokens;
using namespace actions;
using ast::BinOpKind;
using ast::CmpOpKind;
using ast::Expr;
using ast::UnaryOpKind;

// ----------------------------------------------------------- operator tables

struct shift_ops_t : x3::symbols<BinOpKind> {
    shift_ops_t() { add("<<", BinOpKind::LShift)(">>", BinOpKind::RShift); }
};
struct sum_ops_t : x3::symbols<BinOpKind> {
    sum_ops_t() { add("+", BinOpKind::Add)("-", BinOpKind::Sub); }
};
struct term_ops_t : x3::symbols<BinOpKind> {
    term_ops_t() {
        add("*", BinOpKind::Mult)("/", BinOpKind::Div)("//", BinOpKind::FloorDiv)("%", BinOpKind::Mod)(
            "@", BinOpKind::MatMult);
    }
};
struct compare_ops_t : x3::symbols<CmpOpKind> {
    compare_ops_t() {
        add("==", CmpOpKind::Eq)("!=", CmpOpKind::NotEq)("<", CmpOpKind::Lt)("<=", CmpOpKind::LtE)(
            ">", CmpOpKind::Gt)(">=", CmpOpKind::GtE);
    }
};
inline const shift_ops_t shift_ops;
inline const sum_ops_t sum_ops;
inline const term_ops_t term_ops;
inline const compare_ops_t compare_ops;

// ------------------------------------------------------------------ actions

inline constexpr auto make_binop = act([](ParserState& st, Expr*& val, auto& attr) {
    val = build::binop(st, val, at_c<0>(attr), at_c<1>(attr));
});

template <BinOpKind Op>
inline constexpr auto make_binop_of = act([](ParserState& st, Expr*& val, Expr* right) {
    val = build::binop(st, val, Op, right);
});

template <UnaryOpKind Op>
inline constexpr auto make_unary = act([](ParserState& st, Expr*& val, auto& attr) {
    val = build::unary(st, at_c<0>(attr), Op, at_c<1>(attr));
});

template <ast::BoolOpKind Op>
inline constexpr auto make_boolop = act([](ParserState& st, Expr*& val, auto& attr) {
    val = build::boolop(st, Op, at_c<0>(attr), at_c<1>(attr));
});

inline constexpr auto make_compare = act([](ParserState& st, Expr*& val, auto& attr) {
    val = build::compare(st, val, at_c<0>(attr), at_c<1>(attr));
});

template <CmpOpKind Op>
inline constexpr auto cmp_op = [](auto& ctx) { x3::_val(ctx) = Op; };

inline constexpr auto make_bare_tuple = act([](ParserState& st, Expr*& val, auto& attr) {
    const auto& trailing = at_c<2>(attr);
    val = build::bare_tuple(st, at_c<0>(attr), at_c<1>(attr), trailing ? *trailing : Tok{});
});

inline constexpr auto make_starred = act([](ParserState& st, Expr*& val, auto& attr) {
    val = build::starred(st, at_c<0>(attr), at_c<1>(attr));
});

// ------------------------------------------------------------------ the ladder

// comp_op: '==' | '!=' | '<' | '<=' | '>' | '>=' | 'not' 'in' | 'in' | 'is' 'not' | 'is'
const x3::rule<class comp_op_id, CmpOpKind> comp_op = "comp_op";
auto const comp_op_def = op_table_parser<CmpOpKind>(compare_ops)[assign]
                       | (kw("not") >> kw("in"))[cmp_op<CmpOpKind::NotIn>]
                       | kw("in")[cmp_op<CmpOpKind::In>]
                       | (kw("is") >> kw("not"))[cmp_op<CmpOpKind::IsNot>]
                       | kw("is")[cmp_op<CmpOpKind::Is>];

// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
// The second pass adds pegen's invalid_expression and invalid_legacy_expression.
auto const expression_def = guarded[
      lambdef[assign]
    | disjunction[assign] >> -(
          (kw("if") >> disjunction >> kw("else") >> expression)[act([](ParserState& st, Expr*& val, auto& attr) {
              val = build::if_exp(st, val, at_c<0>(attr), at_c<1>(attr));
          })]
        | (second_pass >> kw("if") >> disjunction >> !(kw("else") | op(":")))[check(invalid::missing_else)]
        | (second_pass >> no_invalid[star_expressions])[check(invalid::legacy_print)]
        | (second_pass >> no_invalid[expression])[check(invalid::forgot_comma)])
];

// named_expression: NAME ':=' expression | expression !':='
// Once `NAME ':='` is read, the rule stands or falls with the assignment
// expression: reading the NAME as an expression instead could only fail
// at the ':=', and in the second pass it would parse the value again (as
// invalid_named_expression does, where pegen has the failure memoized), so
// each level of a failing `(y := (y := ...` would cost twice the next.
auto const walrus_start = name >> op(":=");
auto const named_expression_def =
      &walrus_start >> (name >> op(":=") >> expression)[act([](ParserState& st, Expr*& val, auto& attr) {
          val = build::named_expr(st, at_c<0>(attr), at_c<1>(attr));
      })]
    | !walrus_start >> expression[assign] >> -(
          (second_pass >> op(":=") >> expression)[check(invalid::walrus_target)]
        | (second_pass >> op_t("=") >> bitwise_or >> !(op("=") | op(":=")))[check([](ParserState& st, Expr*& val, auto& attr) {
              return invalid::assign_in_expression(st, val, at_c<0>(attr), at_c<1>(attr));
          })]);

// star_expressions: star_expression (',' star_expression)* [',']
auto const star_expressions_def =
    (star_expression >> *(op(",") >> star_expression) >> -op_t(","))[make_bare_tuple];

// star_expression: '*' bitwise_or | expression
auto const star_expression_def = (op_t("*") >> bitwise_or)[make_starred] | expression[assign];

// star_named_expression: '*' bitwise_or | named_expression
auto const star_named_expression_def = (op_t("*") >> bitwise_or)[make_starred] | named_expression[assign];

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
auto const yield_expr_def =
      (kw_t("yield") >> kw("from") >> expression)[act([](ParserState& st, Expr*& val, auto& attr) {
          val = build::yield_from(st, at_c<0>(attr), at_c<1>(attr));
      })]
    | (kw_t("yield") >> -star_expressions)[act([](ParserState& st, Expr*& val, auto& attr) {
          val = build::yield(st, at_c<0>(attr), at_c<1>(attr) ? *at_c<1>(attr) : nullptr);
      })];

// disjunction: conjunction ('or' conjunction)*
auto const disjunction_def =
    remember_failure[(conjunction >> *(kw("or") >> conjunction))[make_boolop<ast::BoolOpKind::Or>]];
// conjunction: inversion ('and' inversion)*
auto const conjunction_def = (inversion >> *(kw("and") >> inversion))[make_boolop<ast::BoolOpKind::And>];
// inversion: 'not' inversion | comparison
auto const inversion_def = guarded[(kw_t("not") >> inversion)[make_unary<UnaryOpKind::Not>] | comparison[assign]];
// comparison: bitwise_or (comp_op bitwise_or)*
auto const comparison_def = bitwise_or[assign] >> *(comp_op >> bitwise_or)[make_compare];
// bitwise_or: bitwise_xor ('|' bitwise_xor)*, and so on down to term.
auto const bitwise_or_def = bitwise_xor[assign] >> *(op("|") >> bitwise_xor)[make_binop_of<BinOpKind::BitOr>];
auto const bitwise_xor_def = bitwise_and[assign] >> *(op("^") >> bitwise_and)[make_binop_of<BinOpKind::BitXor>];
auto const bitwise_and_def = shift_expr[assign] >> *(op("&") >> shift_expr)[make_binop_of<BinOpKind::BitAnd>];
auto const shift_expr_def = sum[assign] >> *(op_table_parser<BinOpKind>(shift_ops) >> sum)[make_binop];
auto const sum_def = term[assign] >> *(op_table_parser<BinOpKind>(sum_ops) >> term)[make_binop];
auto const term_def = factor[assign] >> *(op_table_parser<BinOpKind>(term_ops) >> factor)[make_binop];

// factor: '+' factor | '-' factor | '~' factor | power
auto const factor_def = guarded[
      (op_t("-") >> factor)[make_unary<UnaryOpKind::USub>]
    | (op_t("+") >> factor)[make_unary<UnaryOpKind::UAdd>]
    | (op_t("~") >> factor)[make_unary<UnaryOpKind::Invert>]
    | power[assign]];

// power: primary '**' factor | primary   (so -2**2 is -(2**2) and 2**-1 works)
// The exponent's guard adds to factor's own: pegen's two levels per `**`.
auto const power_def = primary[assign] >> -(op("**") >> guarded[factor])[make_binop_of<BinOpKind::Pow>];

// primary: primary '.' NAME | primary '(' [arguments] ')' | primary '[' slices ']' | atom
auto const primary_def = atom[assign] >> *(
      (op(".") >> name)[act([](ParserState& st, Expr*& val, Tok attr) { val = build::attribute(st, val, attr); })]
    | (op_t("(") >> -call_args >> op_t(")"))[act([](ParserState& st, Expr*& val, auto& attr) {
          static const std::vector<build::Argument> none;
          val = build::call(st, val, at_c<0>(attr), at_c<1>(attr) ? *at_c<1>(attr) : none, at_c<2>(attr));
      })]
    | (op("[") >> slices >> op_t("]"))[act([](ParserState& st, Expr*& val, auto& attr) {
          val = build::subscript(st, val, at_c<0>(attr), at_c<1>(attr));
      })]);

// atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | tuple/group/genexp
//     | list/listcomp | dict/set/dictcomp/setcomp | '...'
auto const atom_def =
      name[act([](ParserState& st, Expr*& val, Tok t) { val = build::name(st, t); })]
    | constant_word[act(
          [](ParserState& st, Expr*& val, Tok t) { val = build::keyword_constant(st, t); })]
    | number[act([](ParserState& st, Expr*& val, Tok t) { val = build::number(st, t); })]
    | strings[assign]
    | paren_atom[assign]
    | list_atom[assign]
    | brace_atom[assign];

// strings: STRING+  (adjacent literals concatenate, f-strings included)
auto const strings_def = (+string)[act([](ParserState& st, Expr*& val, const std::vector<Tok>& parts) {
    val = build::strings(st, parts);
})];

// star_targets, for `for` loops and comprehensions: items are bitwise_or so
// that the `in` that follows is not read as a comparison.
auto const star_target_def = (op_t("*") >> star_target)[make_starred] | bitwise_or[assign];
auto const star_targets_def = (star_target >> *(op(",") >> star_target) >> -op_t(","))[make_bare_tuple];

BOOST_SPIRIT_DEFINE(comp_op, expression, named_expression, star_expressions, star_expression,
                    star_named_expression, yield_expr, disjunction, conjunction, inversion, comparison, bitwise_or,
                    bitwise_xor, bitwise_and, shift_expr, sum, term, factor, power, primary, atom, strings,
                    star_target, star_targets)

}  // namespace minipy::grammar::rules
