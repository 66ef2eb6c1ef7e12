// The interactive prompt: `>>> ` and `... `, readline editing and history.
#pragma once

namespace minipy::interp {

// Runs the REPL until Ctrl-D or SystemExit (exit(), sys.exit()); returns the
// exit code. `banner`: print the start-up lines (to stderr, as CPython; -q
// turns them off).
int run_repl(bool banner);

}  // namespace minipy::interp
