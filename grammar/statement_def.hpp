// Statement rules: simple statements, blocks and the three entry points.
//
// Productions follow Grammar/python.gram (3.11). The assignment family is
// read as CPython's old parser did: one expression list first, then what
// follows it (':' for an annotation, an augmented operator, or '=' chains)
// decides the statement, and the targets are checked afterwards. That reads
// every expression once; the checks raise CPython's messages.
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
using build::StmtTail;

struct augassign_ops_t : x3::symbols<ast::BinOpKind> {
    augassign_ops_t() {
        using K = ast::BinOpKind;
        add("+=", K::Add)("-=", K::Sub)("*=", K::Mult)("@=", K::MatMult)("/=", K::Div)("%=", K::Mod)(
            "&=", K::BitAnd)("|=", K::BitOr)("^=", K::BitXor)("<<=", K::LShift)(">>=", K::RShift)(
            "**=", K::Pow)("//=", K::FloorDiv);
    }
};
inline const augassign_ops_t augassign_ops;

inline constexpr auto push_stmt = act([](ParserState&, Body& val, Stmt* s) { val.push_back(s); });
inline constexpr auto append_body = act([](ParserState&, Body& val, Body& b) {
    val.insert(val.end(), b.begin(), b.end());
});

// ------------------------------------------------------- expression statements

// annotated_rhs: yield_expr | star_expressions
const x3::rule<class annotated_rhs_id, Expr*> annotated_rhs = "annotated_rhs";
auto const annotated_rhs_def = yield_expr[assign] | star_expressions[assign];

// The second pass's invalid_assignment for a '=' with nothing valid after.
inline constexpr auto dangling_assignment = [](ParserState& st, StmtTail& val, auto&) {
    return invalid::dangling_assignment(st, st.statement_head, val.values);
};

// What may follow the first expression list of a statement:
//   ':' expression ['=' annotated_rhs]     (annotated assignment)
//   augassign annotated_rhs                 (augmented assignment)
//   ('=' annotated_rhs)+                    (assignment)
const x3::rule<class stmt_tail_id, StmtTail> stmt_tail = "stmt_tail";
auto const stmt_tail_def =
      (annotatable >> op(":") >> expression)[act([](ParserState&, StmtTail& val, Expr* e) {
          val.kind = StmtTail::Annotation;
          val.annotation = e;
      })] >> -(op("=") >> annotated_rhs)[act([](ParserState&, StmtTail& val, Expr* e) { val.values.push_back(e); })]
    | (op_table_parser<ast::BinOpKind>(augassign_ops) >> annotated_rhs)[act([](ParserState&, StmtTail& val, auto& attr) {
          val.kind = StmtTail::Augmented;
          val.op = at_c<0>(attr);
          val.values.push_back(at_c<1>(attr));
      })]
    | +(op_t("=") >> annotated_rhs)[act([](ParserState&, StmtTail& val, auto& attr) {
          val.kind = StmtTail::Assignment;
          val.equals.push_back(at_c<0>(attr));
          val.values.push_back(at_c<1>(attr));
      })] >> -(second_pass >> op("="))[check(dangling_assignment)]
    | (second_pass >> op("="))[check(dangling_assignment)];

const x3::rule<class expr_stmt_id, Stmt*> expr_stmt = "expr_stmt";
inline constexpr auto note_head = [](auto& ctx) { state(ctx).statement_head = x3::_attr(ctx); };
auto const expr_stmt_def = (annotated_rhs[note_head] >> -stmt_tail)[act([](ParserState& st, Stmt*& val, auto& attr) {
    static const StmtTail none;
    val = build::expression_statement(st, at_c<0>(attr), at_c<1>(attr) ? *at_c<1>(attr) : none);
})];

// ----------------------------------------------------------------- imports

// dotted_name: NAME ('.' NAME)*
const x3::rule<class dotted_name_id, std::vector<Tok>> dotted_name = "dotted_name";
auto const dotted_name_def = name % op(".");

// dotted_as_name: dotted_name ['as' NAME]    import_from_as_name: NAME ['as' NAME]
const x3::rule<class dotted_as_name_id, ast::Alias*> dotted_as_name = "dotted_as_name";
auto const dotted_as_name_def = (dotted_name >> -(kw("as") >> name))[act([](ParserState& st, ast::Alias*& val, auto& attr) {
    val = build::alias(st, at_c<0>(attr), at_c<1>(attr) ? *at_c<1>(attr) : Tok{});
})];
const x3::rule<class import_as_name_id, ast::Alias*> import_as_name = "import_as_name";
auto const import_as_name_def = (name >> -(kw("as") >> name))[act([](ParserState& st, ast::Alias*& val, auto& attr) {
    val = build::alias(st, {at_c<0>(attr)}, at_c<1>(attr) ? *at_c<1>(attr) : Tok{});
})];

// import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
struct ImportTargets {
    std::vector<ast::Alias*> names;
    Tok close;  // the ')' of a parenthesized list
};
const x3::rule<class import_targets_id, ImportTargets> import_targets = "import_targets";
auto const import_targets_def =
      (op("(") >> (import_as_name % op(",")) >> -op(",") >> op_t(")"))[act([](ParserState&, ImportTargets& val, auto& attr) {
          val.names = std::move(at_c<0>(attr));
          val.close = at_c<1>(attr);
      })]
    | op_t("*")[act([](ParserState& st, ImportTargets& val, Tok t) {
          auto* a = st.make<ast::Alias>();
          a->name.assign(1, '*');
          a->pos = build::pos(st, t);
          val.names.push_back(a);
      })]
    | (import_as_name % op(","))[act([](ParserState&, ImportTargets& val, std::vector<ast::Alias*>& names) {
          val.names = std::move(names);
      })] >> -(op(",") >> fail_here("trailing comma not allowed without surrounding parentheses"));

const x3::rule<class dot_id, Tok> dot = "dot";
auto const dot_def = op_t(".")[assign] | op_t("...")[assign];

// import_name: 'import' dotted_as_names
// import_from: 'from' ('.' | '...')* dotted_name 'import' targets | 'from' ('.' | '...')+ 'import' targets
const x3::rule<class import_stmt_id, Stmt*> import_stmt = "import_stmt";
auto const import_stmt_def =
      (kw_t("import") >> (dotted_as_name % op(",")))[act([](ParserState& st, Stmt*& val, auto& attr) {
          val = build::import_stmt(st, at_c<0>(attr), std::move(at_c<1>(attr)));
      })]
    | (kw_t("from") >> *dot >> dotted_name >> kw("import") >> import_targets)[act([](ParserState& st, Stmt*& val, auto& attr) {
          val = build::import_from(st, at_c<0>(attr), at_c<1>(attr), at_c<2>(attr), std::move(at_c<3>(attr).names),
                                   at_c<3>(attr).close);
      })]
    | (kw_t("from") >> +dot >> kw("import") >> import_targets)[act([](ParserState& st, Stmt*& val, auto& attr) {
          val = build::import_from(st, at_c<0>(attr), at_c<1>(attr), {}, std::move(at_c<2>(attr).names),
                                   at_c<2>(attr).close);
      })];

// ------------------------------------------------------------ simple statements

const x3::rule<class simple_stmt_id, Stmt*> simple_stmt = "simple_stmt";
inline constexpr auto keyword_statement = act([](ParserState& st, Stmt*& val, Tok t) {
    val = build::keyword_statement(st, t);
});
inline constexpr auto global_statement = act([](ParserState& st, Stmt*& val, auto& attr) {
    val = build::global_stmt(st, at_c<0>(attr), at_c<1>(attr));
});
auto const simple_stmt_def =
      kw_t("pass")[keyword_statement]
    | kw_t("break")[keyword_statement]
    | kw_t("continue")[keyword_statement]
    // return_stmt: 'return' [star_expressions]
    | (kw_t("return") >> -star_expressions)[act([](ParserState& st, Stmt*& val, auto& attr) {
          val = build::return_stmt(st, at_c<0>(attr), at_c<1>(attr) ? *at_c<1>(attr) : nullptr);
      })]
    // raise_stmt: 'raise' expression ['from' expression] | 'raise'
    | (kw_t("raise") >> expression >> -(kw("from") >> expression))[act([](ParserState& st, Stmt*& val, auto& attr) {
          val = build::raise_stmt(st, at_c<0>(attr), at_c<1>(attr), at_c<2>(attr) ? *at_c<2>(attr) : nullptr);
      })]
    | kw_t("raise")[act([](ParserState& st, Stmt*& val, Tok t) { val = build::raise_stmt(st, t, nullptr, nullptr); })]
    // global_stmt: 'global' ','.NAME+     nonlocal_stmt: 'nonlocal' ','.NAME+
    | (kw_t("global") >> (name % op(",")))[global_statement]
    | (kw_t("nonlocal") >> (name % op(",")))[global_statement]
    // del_stmt: 'del' del_targets &(';' | NEWLINE)
    | (kw_t("del") >> star_expressions >> &(op(";") | newline))[act([](ParserState& st, Stmt*& val, auto& attr) {
          val = build::del_stmt(st, at_c<0>(attr), at_c<1>(attr));
      })]
    // assert_stmt: 'assert' expression [',' expression]
    | (kw_t("assert") >> expression >> -(op(",") >> expression))[act([](ParserState& st, Stmt*& val, auto& attr) {
          val = build::assert_stmt(st, at_c<0>(attr), at_c<1>(attr), at_c<2>(attr) ? *at_c<2>(attr) : nullptr);
      })]
    | import_stmt[assign]
    | expr_stmt[assign];

// simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
auto const simple_stmts_def = simple_stmt[push_stmt] >> *(op(";") >> simple_stmt[push_stmt]) >> -op(";") >> x3::omit[newline];

// statements: statement+     statement: compound_stmt | simple_stmts
auto const statements_def = +(compound_stmt[push_stmt] | simple_stmts[append_body]);

// block: NEWLINE INDENT statements DEDENT | simple_stmts
auto const block_def = (x3::omit[newline >> indent] >> statements >> x3::omit[dedent])[assign]
                     | simple_stmts[assign]
                     | missing_block;

// ----------------------------------------------------------------- entry points

// file: [statements] ENDMARKER
auto const file_input_def = -statements[assign] >> x3::omit[endmarker];

// interactive: statement_newline (compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER).
// The prompt reads one statement; any more is CPython's "multiple statements"
// error, reported at the last token of the first statement.
auto const interactive_input_def =
    ( (compound_stmt >> x3::omit[newline])[push_stmt]
    | simple_stmts[assign]
    | x3::omit[newline]
    | x3::omit[endmarker])
    >> x3::omit[*newline]
    >> (x3::omit[endmarker | incomplete] | fail_after("multiple statements found while compiling a single statement"));

// eval: expressions NEWLINE* ENDMARKER
auto const eval_input_def = (expression >> *(op(",") >> expression) >> -op_t(","))[act([](ParserState& st, Expr*& val, auto& attr) {
    const auto& trailing = at_c<2>(attr);
    val = build::bare_tuple(st, at_c<0>(attr), at_c<1>(attr), trailing ? *trailing : Tok{});
})] >> x3::omit[*newline] >> x3::omit[endmarker];

BOOST_SPIRIT_DEFINE(annotated_rhs, stmt_tail, expr_stmt, dotted_name, dotted_as_name, import_as_name, import_targets,
                    dot, import_stmt, simple_stmt, simple_stmts, statements, block, file_input, interactive_input,
                    eval_input)

}  // namespace minipy::grammar::rules
