// Expression rules for brackets: parenthesized forms, list/dict/set displays
// and comprehensions, subscripts, call arguments, and lambda.
//
// Each display reads its contents once into a build::Display and decides at
// the closing bracket what it was: `(a)` a group, `(a,)` a tuple, `(a for
// ...)` a generator. That keeps X3 from parsing the first element twice.
#pragma once

#include "grammar/actions.hpp"
#include "grammar/expression.hpp"
#include "grammar/invalid.hpp"
#include "grammar/tokens.hpp"

namespace minipy::grammar::rules {

using namespace tokens;
using namespace actions;
using ast::Expr;
using build::Argument;
using build::Display;
using build::Parameter;

// ------------------------------------------------------------------ actions

inline constexpr auto push_elt = act([](ParserState&, Display& d, Expr* e) { d.elts.push_back(e); });
inline constexpr auto set_trailing = [](auto& ctx) { x3::_val(ctx).trailing_comma = true; };
inline constexpr auto set_generators = act([](ParserState&, Display& d, std::vector<ast::Comprehension>& g) {
    d.generators = std::move(g);
});
inline constexpr auto push_pair = act([](ParserState&, Display& d, auto& attr) {
    d.dict = true;
    d.elts.push_back(at_c<0>(attr));
    d.values.push_back(at_c<1>(attr));
});
inline constexpr auto push_unpack = act([](ParserState&, Display& d, Expr* e) {
    d.dict = true;
    d.elts.push_back(nullptr);
    d.values.push_back(e);
});
// The first item turned out to be a dict key: `{k: v ...}`.
inline constexpr auto to_pair = act([](ParserState&, Display& d, Expr* value) {
    d.dict = true;
    d.values.push_back(value);
});

template <Expr* (*Finish)(ParserState&, Tok, Display&, Tok)>
inline constexpr auto finish_display = act([](ParserState& st, Expr*& val, auto& attr) {
    val = Finish(st, at_c<0>(attr), at_c<1>(attr), at_c<2>(attr));
});

// ------------------------------------------------------------ comprehensions

// for_if_clauses: ('for' star_targets 'in' disjunction ('if' disjunction)*)+
// The second pass adds invalid_for_target where `'for' star_targets 'in'`
// did not match (pegen cuts after 'in'): `[x for f() in y]`, and `[x for
// x y]`, whose target reads as expressions side by side.
auto const comp_invalid_target =
    (second_pass >> !(kw("for") >> star_targets >> kw("in")) >> kw("for") >> star_expressions)[check(
        [](ParserState& st, std::vector<ast::Comprehension>&, Expr* target) {
            build::check_target(st, target, build::TargetUse::For);
            return false;
        })];
auto const comp_for_def = +((kw("for") >> star_targets >> kw("in") >> disjunction >> *(kw("if") >> disjunction))[
    act([](ParserState& st, std::vector<ast::Comprehension>& val, auto& attr) {
        build::add_comprehension(st, val, at_c<0>(attr), at_c<1>(attr), std::move(at_c<2>(attr)));
    })] | comp_invalid_target);

// ------------------------------------------------------------------ brackets

// tuple | group | genexp:
//   '(' [star_named_expression ',' [star_named_expressions]] ')'
//   '(' (yield_expr | named_expression) ')'
//   '(' named_expression for_if_clauses ')'
const x3::rule<class paren_body_id, Display> paren_body = "paren_body";
auto const paren_body_def =
      yield_expr[push_elt]
    | star_named_expression[push_elt] >> -(
          comp_for[set_generators]
        | op(",")[set_trailing] >> -(star_named_expression[push_elt] % op(",") >> -op(",")));
auto const paren_atom_def = (op_t("(") >> -paren_body >> op_t(")"))[act([](ParserState& st, Expr*& val, auto& attr) {
    Display empty;
    val = build::paren_display(st, at_c<0>(attr), at_c<1>(attr) ? *at_c<1>(attr) : empty, at_c<2>(attr));
})];

// list | listcomp: '[' [star_named_expressions] ']' | '[' named_expression for_if_clauses ']'
const x3::rule<class list_body_id, Display> list_body = "list_body";
auto const list_body_def =
    star_named_expression[push_elt] >> (comp_for[set_generators] | *(op(",") >> star_named_expression[push_elt]) >> -op(","));
auto const list_atom_def = (op_t("[") >> -list_body >> op_t("]"))[act([](ParserState& st, Expr*& val, auto& attr) {
    Display empty;
    val = build::list_display(st, at_c<0>(attr), at_c<1>(attr) ? *at_c<1>(attr) : empty, at_c<2>(attr));
})];

// dict | set | dictcomp | setcomp:
//   '{' [double_starred_kvpair (',' double_starred_kvpair)* [',']] '}'
//   '{' star_named_expressions '}'
//   '{' kvpair for_if_clauses '}' | '{' named_expression for_if_clauses '}'
const x3::rule<class brace_body_id, Display> brace_body = "brace_body";
// invalid_kvpair (second pass): what follows a key's ':' when it is no value.
auto const invalid_dict_value =
      (op(":") >> op_t("*") >> bitwise_or)[check([](ParserState& st, auto&, auto& attr) {
          return invalid::starred_dict_value(st, at_c<0>(attr), at_c<1>(attr));
      })]
    | (op_t(":") >> &(op("}") | op(",")))[check([](ParserState& st, auto&, Tok colon) {
          return invalid::kvpair_missing_value(st, colon);
      })];
auto const dict_item = (op("**") >> bitwise_or)[push_unpack] | (expression >> op(":") >> expression)[push_pair]
    | second_pass >> (
          (expression >> !op(":"))[check([](ParserState& st, auto&, Expr* key) {
              return invalid::kvpair_missing_colon(st, key);
          })]
        | x3::omit[expression] >> invalid_dict_value);
auto const dict_rest = *(op(",") >> dict_item) >> -op(",");
auto const set_rest = *(op(",") >> star_named_expression[push_elt]) >> -op(",");
// A starred item is no key: `{*a: 1}` is a set display that stops at ':'.
auto const plain_key = x3::eps[check([](ParserState&, Display& d, auto&) {
    return d.elts.back()->kind != ast::ExprKind::Starred;
})];
auto const brace_body_def =
      (op("**") >> bitwise_or)[push_unpack] >> dict_rest
    | star_named_expression[push_elt] >> (
          plain_key >> (op(":") >> expression)[to_pair] >> (comp_for[set_generators] | dict_rest)
        | second_pass >> plain_key >> invalid_dict_value
        | comp_for[set_generators]
        | set_rest);
auto const brace_atom_def = (op_t("{") >> -brace_body >> op_t("}"))[act([](ParserState& st, Expr*& val, auto& attr) {
    Display empty;
    val = build::brace_display(st, at_c<0>(attr), at_c<1>(attr) ? *at_c<1>(attr) : empty, at_c<2>(attr));
})];

// ------------------------------------------------------------------ subscripts

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
// with the shared prefix read once; `*x` items are PEP 646's.
const x3::rule<class slice_item_id, Expr*> slice_item = "slice_item";
struct SliceTail {
    Tok colon, colon2;
    Expr* upper = nullptr;
    Expr* step = nullptr;
};
const x3::rule<class slice_tail_id, SliceTail> slice_tail = "slice_tail";
auto const slice_tail_def =
    op_t(":")[act([](ParserState&, SliceTail& val, Tok t) { val.colon = t; })]
    >> -expression[act([](ParserState&, SliceTail& val, Expr* e) { val.upper = e; })]
    >> -(op_t(":")[act([](ParserState&, SliceTail& val, Tok t) { val.colon2 = t; })]
         >> -expression[act([](ParserState&, SliceTail& val, Expr* e) { val.step = e; })]);
inline constexpr auto make_slice = [](ParserState& st, Expr* lower, const SliceTail& t) {
    return build::slice(st, lower, t.colon, t.upper, t.colon2, t.step);
};
auto const slice_item_def =
      slice_tail[act([](ParserState& st, Expr*& val, const SliceTail& t) { val = make_slice(st, nullptr, t); })]
    | (op_t("*") >> expression)[act([](ParserState& st, Expr*& val, auto& attr) {
          val = build::starred(st, at_c<0>(attr), at_c<1>(attr));
      })]
    | named_expression[assign] >> -slice_tail[act([](ParserState& st, Expr*& val, const SliceTail& t) {
          val = make_slice(st, val, t);
      })];
// slices: slice !',' | ','.(slice | starred_expression)+ [',']
auto const slices_def = (slice_item >> *(op(",") >> slice_item) >> -op_t(","))[act([](ParserState& st, Expr*& val, auto& attr) {
    const auto& trailing = at_c<2>(attr);
    Expr* first = at_c<0>(attr);
    val = build::bare_tuple(st, first, at_c<1>(attr), trailing ? *trailing : Tok{});
    if (val == first && first->kind == ast::ExprKind::Starred) {  // `a[*b]` is a one-element tuple
        auto* t = st.make<ast::Tuple>();
        t->elts.push_back(first);
        t->pos = first->pos;
        val = t;
    }
})];

// ------------------------------------------------------------------ calls

// args: positional (assignment_expression | expression !':='), '*' expression,
// NAME '=' expression, '**' expression; a lone generator needs no parentheses.
const x3::rule<class argument_id, Argument> argument = "argument";
auto const argument_def =
      (op_t("*") >> expression)[act([](ParserState&, Argument& val, auto& attr) {
          val = Argument{Argument::Star, {}, at_c<0>(attr), at_c<1>(attr), {}};
      })]
    | (op_t("**") >> expression)[act([](ParserState&, Argument& val, auto& attr) {
          val = Argument{Argument::DoubleStar, {}, at_c<0>(attr), at_c<1>(attr), {}};
      })]
    | (name >> op("=") >> expression)[act([](ParserState&, Argument& val, auto& attr) {
          val = Argument{Argument::Keyword, at_c<0>(attr), {}, at_c<1>(attr), {}};
      })] >> -(second_pass >> comp_for)[check([](ParserState& st, Argument& val, auto&) {
          return invalid::keyword_comprehension(st, val.name);
      })]
    | (name >> op(":=") >> expression)[act([](ParserState& st, Argument& val, auto& attr) {
          val = Argument{Argument::Positional, {}, {}, build::named_expr(st, at_c<0>(attr), at_c<1>(attr)), {}};
      })] >> -comp_for[act([](ParserState&, Argument& val, std::vector<ast::Comprehension>& g) { val.generators = std::move(g); })]
    | expression[act([](ParserState&, Argument& val, Expr* e) { val = Argument{Argument::Positional, {}, {}, e, {}}; })]
      >> -( comp_for[act([](ParserState&, Argument& val, std::vector<ast::Comprehension>& g) { val.generators = std::move(g); })]
          | (second_pass >> op_t("="))[check([](ParserState& st, Argument& val, Tok eq) {
                return invalid::keyword_expression(st, val.value, eq);
            })]);
auto const call_args_def = argument % op(",") >> -op(",");

// ------------------------------------------------------------------ lambda

// lambda_params: the parameter list of a def, without annotations.
const x3::rule<class lambda_param_id, Parameter> lambda_param = "lambda_param";
auto const lambda_param_def =
      op_t("/")[start_param<Parameter::Slash>]
    | op_t("**")[start_param<Parameter::DoubleStar>] >> name[set_param_name] >> -(op_t("=") >> expression)[set_default]
    | op_t("*")[start_param<Parameter::Star>] >> -name[set_param_name] >> -(op_t("=") >> expression)[set_default]
    | name[start_param<Parameter::Plain>] >> -(op_t("=") >> expression)[set_default];
// A parameter list cannot start with '/' (pegen reports plain invalid syntax).
auto const lambda_params_def = !op("/") >> lambda_param % op(",") >> -op(",");

// invalid_lambda_parameters (second pass): `lambda a, (b, c): 0`.
auto const invalid_lambda_parens =
    (op_t("(") >> x3::omit[lambda_param % op(",")] >> -op(",") >> op_t(")"))[check(
        [](ParserState& st, auto&, auto& attr) {
            return invalid::parenthesized_parameters(st, at_c<0>(attr), at_c<1>(attr), true);
        })];

// lambdef: 'lambda' [lambda_params] ':' expression
// Guarded, and its body is an expression, guarded too: pegen's two levels
// per nested lambda.
auto const lambdef_def = guarded[(kw_t("lambda") >> -lambda_parameters_checked[lambda_params] >> (op(":") | second_pass >> x3::omit[invalid_lambda_parens]) >> expression)[act(
    [](ParserState& st, Expr*& val, auto& attr) {
        static const std::vector<Parameter> none;
        val = build::lambda(st, at_c<0>(attr), at_c<1>(attr) ? *at_c<1>(attr) : none, at_c<2>(attr));
    })]];

BOOST_SPIRIT_DEFINE(comp_for, paren_body, paren_atom, list_body, list_atom, brace_body, brace_atom, slice_tail, slice_item,
                    slices, argument, call_args, lambda_param, lambda_params, lambdef)

}  // namespace minipy::grammar::rules
