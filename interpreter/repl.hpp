// The interactive prompt: `>>> ` and `... `, readline editing and history.
#pragma once

namespace minipy::interp {

// Runs the REPL until Ctrl-D (or exit()); returns the exit code.
int run_repl();

}  // namespace minipy::interp
