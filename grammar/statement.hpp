// Statement rules: declarations shared by every grammar translation unit.
//
// Simple statements, blocks and the entry points are defined in
// statement_def.hpp, compound statements in compound_def.hpp.
#pragma once

#include "grammar/build_stmt.hpp"
#include "grammar/config.hpp"

namespace minipy::grammar::rules {

using file_input_type = x3::rule<class file_input_id, ast::Body>;
using interactive_input_type = x3::rule<class interactive_input_id, ast::Body>;
using eval_input_type = x3::rule<class eval_input_id, ast::Expr*>;
using statements_type = x3::rule<class statements_id, ast::Body>;
using simple_stmts_type = x3::rule<class simple_stmts_id, ast::Body>;
using block_type = x3::rule<class block_id, ast::Body>;
using compound_stmt_type = x3::rule<class compound_stmt_id, ast::Stmt*>;

BOOST_SPIRIT_DECLARE(file_input_type, interactive_input_type, eval_input_type, statements_type,
                     simple_stmts_type, block_type)
BOOST_SPIRIT_DECLARE(compound_stmt_type)

inline const file_input_type file_input = "file_input";
inline const interactive_input_type interactive_input = "interactive_input";
inline const eval_input_type eval_input = "eval_input";
inline const statements_type statements = "statements";
inline const simple_stmts_type simple_stmts = "simple_stmts";
inline const block_type block = "block";
inline const compound_stmt_type compound_stmt = "compound_stmt";

}  // namespace minipy::grammar::rules
