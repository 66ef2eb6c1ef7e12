// Work the evaluator does between statements and loop iterations: run an
// automatic collection that came due, and turn Ctrl-C into KeyboardInterrupt.
#pragma once

#include "runtime/core/gc.hpp"
#include "runtime/core/interrupts.hpp"

namespace minipy::interp {

// False with KeyboardInterrupt pending. Each one is a step of the budget
// (runtime/core/interrupts.hpp).
inline bool safe_point() {
    if (gc_collection_due) gc_collect_if_due();
    return step_budget_point() && (!interrupt_requested || check_interrupts());
}

// sys.displayhook for a REPL expression statement: prints repr(value)
// unless it is None, and stores it in builtins._ . False on error.
bool display_value(Object* value);

}  // namespace minipy::interp
