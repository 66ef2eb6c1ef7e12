// The interpreter as the command line and the REPL use it: start-up, running
// a script or a piece of source as __main__, and shutdown as CPython does it.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace minipy::interp {

// Starts the runtime and the interpreter. `argv` becomes sys.argv;
// `path0` is sys.path[0] (the script's directory, or '' for -c and stdin).
void interpreter_init(const std::vector<std::string>& argv, const std::string& path0);

// sys.path[0] for `minipy SCRIPT`, as CPython's _PyPathConfig_ComputeSysPath0:
// the directory of the script with symbolic links resolved, or the absolute
// path of SCRIPT itself when it is a directory run through its __main__.py.
std::string script_path0(const std::string& script);

// Runs a script file (or a directory's __main__.py) as __main__. Returns the
// process exit code: 0, 1 after an uncaught exception (its traceback printed)
// or for a directory without __main__.py, SystemExit's code, or 2 when the
// file cannot be opened (`minipy: can't open file ...`, as CPython words it).
int run_file(const std::string& path);

// `minipy -m NAME`: runs the module NAME (a package: NAME.__main__) as
// __main__, as CPython's runpy._run_module_as_main: its parent packages are
// imported first, sys.argv[0] becomes the module's file. 1 when it cannot
// be found (`minipy: No module named NAME`).
int run_module(const std::string& name);
// sys.path[0] for -m: the current directory.
std::string module_path0();

// Runs source text as __main__ (`-c CODE`) under `filename`.
int run_source(const std::string& source, const std::string& filename);

// Runs a program read from a file or from stdin (`-`, piped stdin): its
// bytes are decoded first as CPython's file tokenizer decodes them (BOM,
// coding declaration, UTF-8 check, null bytes; see source_file.hpp).
int run_program_bytes(const std::string& bytes, const std::string& filename);

// REPL entry points. An entry is compiled in interactive mode; expression
// statements print their value. `at_eof`: Ctrl-D ended the input, so the
// entry is complete as it stands (CPython's tokenizer hits EOF there). Exit
// means SystemExit was raised; `exit_code` is then its code.
enum class ReplResult { Done, NeedMore, Exit };
ReplResult repl_run(const std::string& source, bool at_eof, int& exit_code);

// Ends the program as CPython does: weakref.finalize atexit callbacks, then
// __main__ and the other modules are cleared (finalizers run), then a last
// collection. Returns `exit_code` (or 1 if something failed on the way out
// that CPython would also report).
int interpreter_finalize(int exit_code);

// The exit code for an uncaught SystemExit (pending), handled as CPython's
// _Py_HandleSystemExit (a non-int code is printed to stderr and gives 1);
// nullopt, with the exception left pending, when it is something else.
std::optional<int> handle_system_exit();

// True once a script or -c program ended with an uncaught KeyboardInterrupt:
// the process should then die by SIGINT, as CPython does, so that a shell
// sees it was interrupted.
bool ended_by_keyboard_interrupt();

}  // namespace minipy::interp
