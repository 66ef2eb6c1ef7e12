// co_stacksize: the deepest CPython 3.11's value stack gets in a code object
// (Python/compile.c's code generation, stack_effect and stackdepth).
//
// minipy walks a tree and has no value stack, but a generator's size is
// CPython's only if its frame has CPython's number of words, and that
// counts the value stack. So this pass reads one scope's syntax tree as
// CPython's compiler would emit it, and follows the depth instruction by
// instruction without emitting anything: one rule per kind of expression
// and statement, each pushing and popping what CPython's bytecode for it
// pushes and pops, in the same order.
//
// What CPython's code generation does that changes the depth, and so is
// followed here:
//   - ast_opt.c's folding: a folded expression is one LOAD_CONST (constant
//     operators, tuples of constants, constant subscripts, `__debug__`, the
//     list or set after `in` and of a `for`).
//   - the shapes of the sequences it emits: PUSH_NULL or LOAD_METHOD before
//     a call's arguments, CALL_FUNCTION_EX for `*`/`**` calls, BUILD_* ops
//     and their "big" forms past STACK_USE_GUIDELINE (30 items), the
//     defaults, keyword defaults, annotations and closure a MAKE_FUNCTION
//     takes, a comprehension called with its outermost iterator;
//   - exception handling: the depth at each handler an instruction can jump
//     to (SETUP_FINALLY +1, SETUP_CLEANUP +2, SETUP_WITH +1) counts, as
//     stackdepth() visits every jump target;
//   - what `return`, `break` and `continue` emit to unwind the blocks they
//     leave (an iterator popped, `__exit__` called, a finally body
//     repeated);
//   - reachability: stackdepth() visits only reachable instructions, so
//     code after return/raise/break/continue, and the branch a constant
//     condition never takes, does not count.
// The checker scripts/check_stacksize.sh compares the result with CPython's
// for every code object of the golden tests and lib/.
#pragma once

#include "compiler/scope.hpp"
#include "grammar/ast.hpp"

namespace minipy::interp {

// co_stacksize of the code object for `node`'s scope: a FunctionDef, a
// Lambda, a ClassDef (its body) or a comprehension expression.
// `future_annotations`: the module imports annotations from __future__
// (annotations are string constants).
int stack_size(const ast::Node* node, const SymbolTable& table, bool future_annotations);

// co_stacksize of a module's code (compile()'s 'exec' mode), and of an
// expression's ('eval' mode).
int module_stack_size(const ast::Module& module, const SymbolTable& table, bool future_annotations);
int expression_stack_size(const ast::Expr* e, const SymbolTable& table, bool future_annotations);

}  // namespace minipy::interp
