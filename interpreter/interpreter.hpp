// The interpreter as the command line and the REPL use it: start-up, running
// a script or a piece of source as __main__, and shutdown as CPython does it.
#pragma once

#include <string>
#include <vector>

namespace minipy::interp {

// Starts the runtime and the interpreter. `argv` becomes sys.argv;
// `path0` is sys.path[0] (the script's directory, or '' for -c and stdin).
void interpreter_init(const std::vector<std::string>& argv, const std::string& path0);

// Runs a script file as __main__. Returns the process exit code: 0, 1 after
// an uncaught exception (its traceback printed), SystemExit's code, or 2 when
// the file cannot be read.
int run_file(const std::string& path);

// Runs source text as __main__ (`-c CODE`, `-`, piped stdin) under `filename`.
int run_source(const std::string& source, const std::string& filename);

// REPL entry points. An entry is compiled in interactive mode; expression
// statements print their value.
enum class ReplResult { Done, NeedMore };
ReplResult repl_run(const std::string& source);

// Ends the program as CPython does: weakref.finalize atexit callbacks, then
// __main__ and the other modules are cleared (finalizers run), then a last
// collection. Returns `exit_code` (or 1 if something failed on the way out
// that CPython would also report).
int interpreter_finalize(int exit_code);

// The exit code for an uncaught SystemExit (pending), handled as CPython's
// _Py_HandleSystemExit; -1 when the pending exception is something else.
int handle_system_exit();

}  // namespace minipy::interp
