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
// The same for a script file or stdin's program, with `__file__` (the file
// name, or '<stdin>') and `__cached__` in its globals while it runs, as
// CPython's _PyRun_SimpleFileObject sets them.
int run_file_program(const std::string& bytes, const std::string& filename);

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

// For a host that runs many programs in one process (the fuzz targets).
// interpreter_save_state() records the state interpreter_init() left (after
// whatever set-up the host added); interpreter_reset() then puts back,
// after each program, what a program can change, so that the next one
// starts as it would in a new process: __main__ is cleared (its finalizers
// run) and replaced by a fresh module; modules imported since are dropped
// from sys.modules; the modules that were there get their names back, and
// the lists among them (sys.path, sys.argv) their items; sys gets new
// standard streams; gc.garbage and gc.callbacks are emptied; the recursion
// limit, the int-to-str digit limit and the collector's switches are
// restored, frozen objects thawed, and a full collection frees the cycles
// left. What a program stored deeper (an attribute of an object a saved
// module holds) is not tracked down. Call it with no exception pending and
// a step budget not yet spent (runtime/core/interrupts.hpp), or finalizers
// cannot run.
void interpreter_save_state();
void interpreter_reset();

// The exit code for an uncaught SystemExit (pending), handled as CPython's
// _Py_HandleSystemExit (a non-int code is printed to stderr and gives 1);
// nullopt, with the exception left pending, when it is something else.
std::optional<int> handle_system_exit();
// `minipy -i`: while set, an uncaught SystemExit in the program is printed
// as a traceback like any other exception (the REPL follows it).
void report_system_exit_as_error(bool on);

// True once a script or -c program ended with an uncaught KeyboardInterrupt:
// the process should then die by SIGINT, as CPython does, so that a shell
// sees it was interrupted.
bool ended_by_keyboard_interrupt();

}  // namespace minipy::interp
