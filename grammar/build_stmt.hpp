// Statement construction for the grammar's semantic actions (the statement
// half of build.hpp). A statement spans from its first token to the end of
// its last child; a compound statement ends where its last block ends.
#pragma once

#include "grammar/build.hpp"


namespace minipy::grammar::build {

// What follows the first expression of an expression statement.
struct StmtTail {
    enum Kind { None, Annotation, Augmented, Assignment } kind = None;
    ast::Expr* annotation = nullptr;
    ast::BinOpKind op{};
    std::vector<ast::Expr*> values;  // right of each '=' (one for ann/aug)
    std::vector<Tok> equals;
};
ast::Stmt* expression_statement(ParserState& st, ast::Expr* first, const StmtTail& tail);

ast::Stmt* keyword_statement(ParserState& st, Tok kw);  // pass, break, continue
ast::Stmt* return_stmt(ParserState& st, Tok kw, ast::Expr* value);
ast::Stmt* raise_stmt(ParserState& st, Tok kw, ast::Expr* exc, ast::Expr* cause);
ast::Stmt* global_stmt(ParserState& st, Tok kw, const std::vector<Tok>& names);
ast::Stmt* del_stmt(ParserState& st, Tok kw, ast::Expr* targets);
ast::Stmt* assert_stmt(ParserState& st, Tok kw, ast::Expr* test, ast::Expr* msg);
// Optional tokens are Tok{} (index -1) when absent.
ast::Alias* alias(ParserState& st, const std::vector<Tok>& dotted, Tok asname);
ast::Stmt* import_stmt(ParserState& st, Tok kw, std::vector<ast::Alias*> names);
// `dots` are the '.' and '...' tokens; `close` is the ')' of a parenthesized list.
ast::Stmt* import_from(ParserState& st, Tok kw, const std::vector<Tok>& dots, const std::vector<Tok>& module,
                       std::vector<ast::Alias*> names, Tok close);

// --------------------------------------------------------------- compound
ast::Position end_of(const ast::Body& body);
ast::Stmt* if_stmt(ParserState& st, Tok kw, ast::Expr* test, ast::Body body, ast::Body orelse);
ast::Stmt* while_stmt(ParserState& st, Tok kw, ast::Expr* test, ast::Body body, ast::Body orelse);
ast::Stmt* for_stmt(ParserState& st, Tok kw, ast::Expr* target, ast::Expr* iter, ast::Body body, ast::Body orelse);
ast::Stmt* with_stmt(ParserState& st, Tok kw, std::vector<ast::WithItem> items, ast::Body body);
ast::ExceptHandler* except_handler(ParserState& st, Tok kw, ast::Expr* type, Tok name, ast::Body body);
ast::Stmt* try_stmt(ParserState& st, Tok kw, ast::Body body, std::vector<ast::ExceptHandler*> handlers,
                    ast::Body orelse, ast::Body finalbody);
ast::Stmt* function_def(ParserState& st, Tok kw, Tok name, const std::vector<Parameter>& params,
                        ast::Expr* returns, ast::Body body);
ast::Stmt* class_def(ParserState& st, Tok kw, Tok name, ast::Call* bases, ast::Body body);
void decorate(ast::Stmt* def, std::vector<ast::Expr*> decorators);

}  // namespace minipy::grammar::build
