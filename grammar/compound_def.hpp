// Statement rules: compound statements (if, while, for, with, try, def,
// class, decorators) and function parameters.
//
// Headers record what block they open (ParserState::block_kind) so that a
// missing indented block is reported as CPython does. Some colons are
// pegen's forced tokens (`try`, `finally`, `else`, `def`): a missing one is
// an immediate "expected ':'" wherever it points; the others only say so
// when the line simply ends, and otherwise leave a generic "invalid syntax".
#pragma once

#include "grammar/actions.hpp"
#include "grammar/expression.hpp"
#include "grammar/invalid.hpp"
#include "grammar/statement.hpp"
#include "grammar/tokens.hpp"

namespace minipy::grammar::rules {

using namespace tokens;
using namespace actions;
using ast::Body;
using ast::Expr;
using ast::Stmt;
using build::Parameter;

// The block after a header: "expected an indented block after <Kind> on line N".
inline constexpr char if_kind[] = "'if' statement";
inline constexpr char elif_kind[] = "'elif' statement";
inline constexpr char else_kind[] = "'else' statement";
inline constexpr char while_kind[] = "'while' statement";
inline constexpr char for_kind[] = "'for' statement";
inline constexpr char with_kind[] = "'with' statement";
inline constexpr char try_kind[] = "'try' statement";
inline constexpr char except_kind[] = "'except' statement";
inline constexpr char finally_kind[] = "'finally' statement";
inline constexpr char def_kind[] = "function definition";
inline constexpr char class_kind[] = "class definition";

template <const char* Kind>
inline constexpr auto header = [](auto& ctx) {
    ParserState& st = state(ctx);
    st.block_kind = Kind;
    st.block_line = st.token(x3::_attr(ctx)).pos.line;
};
// `if` reports the line of its condition (pegen rebinds `a` to it).
inline constexpr auto if_header = [](auto& ctx) {
    ParserState& st = state(ctx);
    st.block_kind = if_kind;
    st.block_line = x3::_attr(ctx)->pos.line;
};

// ':' where pegen's invalid_*_stmt says "expected ':'" only before a NEWLINE.
auto const colon = op(":") | (second_pass >> &newline >> fail_here("expected ':'"));
auto const forced_colon = forced(":", "expected ':'");

// ---------------------------------------------------------------- if / while / for

// else_block: 'else' &&':' block
const x3::rule<class else_block_id, Body> else_block = "else_block";
auto const else_block_def = (kw_t("else")[header<else_kind>] >> forced_colon >> block)[act([](ParserState&, Body& val, auto& attr) {
    val = std::move(at_c<1>(attr));
})];
// [else_block], as an empty Body when absent (no optional to unwrap).
const x3::rule<class opt_else_id, Body> opt_else = "opt_else";
auto const opt_else_def = else_block[assign] | x3::eps;

// if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
// elif_stmt: 'elif' named_expression ':' block (elif_stmt | [else_block])
const x3::rule<class if_tail_id, Body> if_tail = "if_tail";
const x3::rule<class elif_stmt_id, Stmt*> elif_stmt = "elif_stmt";
const x3::rule<class if_stmt_id, Stmt*> if_stmt = "if_stmt";
inline constexpr auto make_if = act([](ParserState& st, Stmt*& val, auto& attr) {
    val = build::if_stmt(st, at_c<0>(attr), at_c<1>(attr), std::move(at_c<2>(attr)), std::move(at_c<3>(attr)));
});
auto const if_tail_def = elif_stmt[act([](ParserState&, Body& val, Stmt* s) { val = Body{s}; })] | opt_else[assign];
// Each elif nests the next: one level of the depth limit, as in pegen.
auto const elif_stmt_def = guarded[(kw_t("elif")[header<elif_kind>] >> named_expression >> colon >> block >> if_tail)[make_if]];
auto const if_stmt_def = (kw_t("if") >> named_expression[if_header] >> colon >> block >> if_tail)[make_if];

// while_stmt: 'while' named_expression ':' block [else_block]
const x3::rule<class while_stmt_id, Stmt*> while_stmt = "while_stmt";
auto const while_stmt_def = (kw_t("while")[header<while_kind>] >> named_expression >> colon >> block >> opt_else)[act(
    [](ParserState& st, Stmt*& val, auto& attr) {
        val = build::while_stmt(st, at_c<0>(attr), at_c<1>(attr), std::move(at_c<2>(attr)), std::move(at_c<3>(attr)));
    })];

// for_stmt: 'for' star_targets 'in' star_expressions ':' block [else_block]
// The second pass adds invalid_for_target, tried last: `for f() in x`, `for a (b) in c`.
const x3::rule<class for_stmt_id, Stmt*> for_stmt = "for_stmt";
auto const invalid_for_target = (second_pass >> kw("for") >> star_expressions)[check([](ParserState& st, Stmt*&, Expr* target) {
    build::check_target(st, target, build::TargetUse::For);
    return false;
})];
auto const for_stmt_def = (kw_t("for")[header<for_kind>] >> star_targets >> kw("in") >> star_expressions >> colon >> block >> opt_else)[act(
    [](ParserState& st, Stmt*& val, auto& attr) {
        val = build::for_stmt(st, at_c<0>(attr), at_c<1>(attr), at_c<2>(attr), std::move(at_c<3>(attr)),
                              std::move(at_c<4>(attr)));
    })]
    | invalid_for_target;

// ---------------------------------------------------------------------- with

// with_item: expression 'as' star_target &(',' | ')' | ':') | expression
const x3::rule<class with_item_id, ast::WithItem> with_item = "with_item";
auto const with_item_def =
    expression[act([](ParserState&, ast::WithItem& val, Expr* e) { val = ast::WithItem{e, nullptr}; })]
    >> -(kw("as") >> star_target >> &(op(",") | op(")") | op(":")))[act([](ParserState&, ast::WithItem& val, Expr* e) {
           val.optional_vars = e;
       })];

// with_stmt: 'with' '(' ','.with_item+ ','? ')' ':' block | 'with' ','.with_item+ ':' block
const x3::rule<class with_stmt_id, Stmt*> with_stmt = "with_stmt";
const x3::rule<class with_items_id, std::vector<ast::WithItem>> with_items = "with_items";
auto const with_items_def = (op("(") >> (with_item % op(",")) >> -op(",") >> op(")") >> &op(":"))[assign]
                          | (with_item % op(","))[assign];
// invalid_with_stmt: 'with' ','.(expression ['as' star_target])+ NEWLINE
// (pegen's star_target there cannot be a call, so neither can ours).
inline constexpr auto plain_target = check([](ParserState&, Stmt*&, Expr* target) {
    return build::invalid_target(target, build::TargetUse::With) == nullptr;
});
auto const with_missing_colon = second_pass >> kw("with")
                              >> ((expression >> -(kw("as") >> star_target)[plain_target]) % op(","))
                              >> &newline >> fail_here("expected ':'");
auto const with_stmt_def = x3::omit[with_missing_colon] | (kw_t("with")[header<with_kind>] >> with_items >> colon >> block)[act(
    [](ParserState& st, Stmt*& val, auto& attr) {
        val = build::with_stmt(st, at_c<0>(attr), std::move(at_c<1>(attr)), std::move(at_c<2>(attr)));
    })];

// ----------------------------------------------------------------------- try

// except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
const x3::rule<class except_block_id, ast::ExceptHandler*> except_block = "except_block";
auto const except_block_def =
      (kw_t("except")[header<except_kind>] >> expression >> -(kw("as") >> name) >> colon >> block)[act(
          [](ParserState& st, ast::ExceptHandler*& val, auto& attr) {
              val = build::except_handler(st, at_c<0>(attr), at_c<1>(attr), at_c<2>(attr) ? *at_c<2>(attr) : Tok{},
                                          std::move(at_c<3>(attr)));
          })]
    | (kw_t("except")[header<except_kind>] >> colon >> block)[act([](ParserState& st, ast::ExceptHandler*& val, auto& attr) {
          val = build::except_handler(st, at_c<0>(attr), nullptr, Tok{}, std::move(at_c<1>(attr)));
      })];

// finally_block: 'finally' &&':' block
const x3::rule<class finally_block_id, Body> finally_block = "finally_block";
auto const finally_block_def = (kw_t("finally")[header<finally_kind>] >> forced_colon >> block)[act(
    [](ParserState&, Body& val, auto& attr) { val = std::move(at_c<1>(attr)); })];

// try_stmt: 'try' &&':' block finally_block
//         | 'try' &&':' block except_block+ [else_block] [finally_block]
struct TryTail {
    std::vector<ast::ExceptHandler*> handlers;
    Body orelse, finalbody;
};
const x3::rule<class try_tail_id, TryTail> try_tail = "try_tail";
auto const try_tail_def =
      finally_block[act([](ParserState&, TryTail& val, Body& b) { val.finalbody = std::move(b); })]
    | +except_block[act([](ParserState&, TryTail& val, ast::ExceptHandler* h) { val.handlers.push_back(h); })]
      >> -else_block[act([](ParserState&, TryTail& val, Body& b) { val.orelse = std::move(b); })]
      >> -finally_block[act([](ParserState&, TryTail& val, Body& b) { val.finalbody = std::move(b); })]
    | !(kw("except") | kw("finally")) >> fail_here("expected 'except' or 'finally' block");
const x3::rule<class try_stmt_id, Stmt*> try_stmt = "try_stmt";
auto const try_stmt_def = (kw_t("try")[header<try_kind>] >> forced_colon >> block >> try_tail)[act(
    [](ParserState& st, Stmt*& val, auto& attr) {
        TryTail& tail = at_c<2>(attr);
        val = build::try_stmt(st, at_c<0>(attr), std::move(at_c<1>(attr)), std::move(tail.handlers),
                              std::move(tail.orelse), std::move(tail.finalbody));
    })];

// ------------------------------------------------------------- def and class

// param: NAME [':' expression] ['=' expression] | '/' | '*' [NAME [':' expression]] | '**' NAME [':' expression]
const x3::rule<class param_id, Parameter> param = "param";
inline constexpr auto set_annotation = act([](ParserState&, Parameter& val, Expr* e) { val.annotation = e; });
auto const param_def =
      op_t("/")[start_param<Parameter::Slash>]
    | op_t("**")[start_param<Parameter::DoubleStar>] >> name[set_param_name] >> -(op(":") >> expression)[set_annotation]
      >> -(op_t("=") >> expression)[set_default]
    | op_t("*")[start_param<Parameter::Star>] >> -(name[set_param_name] >> -(op(":") >> expression)[set_annotation])
      >> -(op_t("=") >> expression)[set_default]
    | name[start_param<Parameter::Plain>] >> -(op(":") >> expression)[set_annotation]
      >> -(op_t("=") >> expression)[set_default];
const x3::rule<class params_id, std::vector<Parameter>> params = "params";
auto const params_def = !op("/") >> param % op(",") >> -op(",");

// function_def_raw: 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block
// invalid_parameters (second pass): `def f(a, (b)):`.
auto const invalid_param_parens =
    (op_t("(") >> x3::omit[(name >> -(op(":") >> expression)) % op(",")] >> -op(",") >> op_t(")"))[check(
        [](ParserState& st, auto&, auto& attr) {
            return invalid::parenthesized_parameters(st, at_c<0>(attr), at_c<1>(attr), false);
        })];

const x3::rule<class function_def_id, Stmt*> function_def = "function_def";
auto const function_def_def = (kw_t("def")[header<def_kind>] >> name >> forced("(", "expected '('") >> -def_parameters_checked[params]
                               >> (op(")") | second_pass >> x3::omit[invalid_param_parens])
                               >> -(op("->") >> expression) >> forced_colon >> block)[act(
    [](ParserState& st, Stmt*& val, auto& attr) {
        static const std::vector<Parameter> none;
        val = build::function_def(st, at_c<0>(attr), at_c<1>(attr), at_c<2>(attr) ? *at_c<2>(attr) : none,
                                  at_c<3>(attr) ? *at_c<3>(attr) : nullptr, std::move(at_c<4>(attr)));
    })];

// class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block
struct ClassBases {
    Tok open, close;
    std::vector<build::Argument> args;
};
const x3::rule<class class_bases_id, ClassBases> class_bases = "class_bases";
auto const class_bases_def = (op_t("(") >> -call_args >> op_t(")"))[check([](ParserState& st, ClassBases& val, auto& attr) {
    val.open = at_c<0>(attr);
    if (at_c<1>(attr)) val.args = std::move(*at_c<1>(attr));
    val.close = at_c<2>(attr);
    for (const build::Argument& a : val.args)
        if (!a.generators.empty()) return invalid::generator_in_bases(st, a.value);
    return true;
})];
const x3::rule<class class_def_id, Stmt*> class_def = "class_def";
auto const class_def_def = (kw_t("class")[header<class_kind>] >> name >> -class_bases >> colon >> block)[act(
    [](ParserState& st, Stmt*& val, auto& attr) {
        const auto& bases = at_c<2>(attr);
        ast::Call* call = bases ? build::call(st, nullptr, bases->open, bases->args, bases->close) : nullptr;
        val = build::class_def(st, at_c<0>(attr), at_c<1>(attr), call, std::move(at_c<3>(attr)));
    })];

// decorators: ('@' named_expression NEWLINE)+, then a def or class
const x3::rule<class definition_id, Stmt*> definition = "definition";
auto const definition_def = function_def[assign] | class_def[assign];
const x3::rule<class decorated_id, Stmt*> decorated = "decorated";
auto const decorated_def = (+(op("@") >> named_expression >> x3::omit[newline]) >> definition)[act(
    [](ParserState&, Stmt*& val, auto& attr) {
        val = at_c<1>(attr);
        build::decorate(val, std::move(at_c<0>(attr)));
    })];

// compound_stmt: function_def | if_stmt | class_def | with_stmt | for_stmt | try_stmt | while_stmt
auto const compound_stmt_def = decorated[assign] | function_def[assign] | if_stmt[assign] | class_def[assign]
                             | with_stmt[assign] | for_stmt[assign] | try_stmt[assign] | while_stmt[assign];

BOOST_SPIRIT_DEFINE(else_block, opt_else, if_tail, elif_stmt, if_stmt, while_stmt, for_stmt, with_item, with_items, with_stmt,
                    except_block, finally_block, try_tail, try_stmt, param, params, function_def, class_bases,
                    class_def, definition, decorated, compound_stmt)

}  // namespace minipy::grammar::rules
