// Work the evaluator does between statements and loop iterations: run an
// automatic collection that came due, turn Ctrl-C into KeyboardInterrupt and
// an exhausted heap into MemoryError.
#pragma once

#include "runtime/core/gc.hpp"
#include "runtime/core/interrupts.hpp"

namespace minipy::interp {

struct Frame;
class StmtNode;

// Called before each statement of a block runs (after its safe point), with
// the block and the statement: memviz's steps (interpreter/memviz/
// session.hpp). Null unless drawing; must not run Python code.
using StatementHook = void (*)(Frame& frame, const StmtNode* block, const StmtNode* stmt);
extern StatementHook statement_hook;

// Tells the hook that `stmt` is about to run: a statement of `block`, or a
// one-statement body (block null), which is no Block (Compiler::block).
inline void announce_statement(Frame& frame, const StmtNode* block, const StmtNode* stmt) {
    if (__builtin_expect(statement_hook != nullptr, false)) statement_hook(frame, block, stmt);
}

// False with KeyboardInterrupt (or MemoryError, once the heap ran dry)
// pending. Each one is a step of the budget (runtime/core/interrupts.hpp).
[[nodiscard]] inline bool safe_point() {
    if (gc_collection_due) gc_collect_if_due();
    return step_budget_point() && (!(interrupt_requested | memory_error_pending) || check_interrupts());
}

}  // namespace minipy::interp
