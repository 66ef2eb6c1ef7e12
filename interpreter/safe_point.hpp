// Work the evaluator does between statements and loop iterations: run an
// automatic collection that came due, and turn Ctrl-C into KeyboardInterrupt.
#pragma once

#include "runtime/gc.hpp"

#include <csignal>

namespace minipy::interp {

// Set by the SIGINT handler; polled at safe points.
extern volatile std::sig_atomic_t interrupt_requested;

void raise_keyboard_interrupt();

// False with KeyboardInterrupt pending.
inline bool safe_point() {
    if (gc_collection_due) gc_collect_if_due();
    if (interrupt_requested) {
        interrupt_requested = 0;
        raise_keyboard_interrupt();
        return false;
    }
    return true;
}

// sys.displayhook for a REPL expression statement: prints repr(value)
// unless it is None, and stores it in builtins._ . False on error.
bool display_value(Object* value);

}  // namespace minipy::interp
