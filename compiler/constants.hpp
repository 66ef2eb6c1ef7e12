// Constants of one compilation unit: folding and sharing.
//
// CPython folds constant expressions (`10 ** 20`, `"hel" + "lo"`, `-5`,
// `(1, 2)`) at compile time within size limits, and stores each distinct
// constant once per compilation (all code objects of a module share it), so
// `a = 10 ** 20; b = 10 ** 20; a is b` is True. String constants made of
// name characters only are interned. This file reproduces those rules.
#pragma once

#include "grammar/ast.hpp"
#include "runtime/core/object.hpp"
#include "runtime/core/operators.hpp"

#include <map>
#include <string>
#include <vector>

namespace minipy::interp {

class ConstantPool {
public:
    // The unit's single copy of a constant equal (with the same type) to `value`.
    Ref<> merge(Ref<> value);

    // The value of a literal. Null with an exception set only for
    // pathological literals (e.g. huge ints beyond the digit limit).
    Ref<> literal(const ast::Constant& c);

    // The pool's own reference to each constant, handed over. They stand
    // for the references CPython's syntax tree (its arena) holds on the
    // constants of a script while it runs; see CompileResult::syntax_refs.
    std::vector<Ref<>> take_references();

private:
    std::map<std::string, Ref<>> by_key_;
};

// The runtime operator for a binary operator of the syntax tree.
BinaryOp to_runtime_op(ast::BinOpKind op);

// Folding (CPython's Python/ast_opt.c): the result, or null when the
// expression must be left to run time (unsupported types, errors, results
// past CPython's size limits). Never leaves an exception pending.
Ref<> fold_unary(ast::UnaryOpKind op, Object* operand);
Ref<> fold_binary(ast::BinOpKind op, Object* left, Object* right);
// `'abc'[0]`, `(1, 2)[-1]` (ast_opt's fold_subscr): any item a constant
// gives, with no size limit.
Ref<> fold_subscript(Object* value, Object* index);

}  // namespace minipy::interp
