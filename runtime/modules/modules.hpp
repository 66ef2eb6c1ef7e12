// The builtin modules the runtime provides: `builtins`, `sys`, `gc`,
// `weakref`, `time`, `random`, and the C++ halves of library modules
// (`_heapq`, `_bisect`, `_operator`, `_functools`, `_json`, `_collections`,
// `_io`, `_struct`) and the library modules written wholly in C++
// (`itertools`, `array`); the math module is in math.hpp.
//
// The interpreter creates each module once at start-up, registers it in
// `sys.modules`, and adds to `builtins` the functions that need its frames
// (exec, eval, compile, globals, locals, __import__, __build_class__, vars()
// and dir() without an argument, zero-argument super()).
//
// Every constructor may be called more than once (the unit tests do); the
// newest sys module is the one print() and input() consult for sys.stdout
// and sys.stdin, as CPython's builtins look them up at each call.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/objects/module.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace minipy {

Ref<Module> make_builtins_module();
// `argv` becomes sys.argv as given (argv[0] is the script path, or '' / '-c'
// as CPython sets it); sys.path[0] is the script's directory.
Ref<Module> make_sys_module(const std::vector<std::string>& argv);
// The newest sys module (borrowed), or null before there is one: the one
// print() and the interpreter use, as CPython's interpreter keeps its own
// reference to sys's dict, whatever sys.modules holds.
Module* sys_module();
// An attribute of it (borrowed), or null when there is no sys module or it
// lacks the attribute. print() reads sys.stdout this way.
Object* sys_attribute(std::string_view name);
// Gives `sys` new stream objects for the process's stdin, stdout and stderr,
// as sys.stdin and sys.__stdin__ etc.: a host running another program after
// one that closed or replaced them (interpreter_reset) starts afresh.
void sys_set_standard_streams(Module* sys);
Ref<Module> make_gc_module();
Ref<Module> make_weakref_module();
Ref<Module> make_time_module();
Ref<Module> make_random_module();
// _heapq and _bisect: the C++ halves of lib/heapq.py and lib/bisect.py.
Ref<Module> make_heapq_module();
Ref<Module> make_bisect_module();
Ref<Module> make_operator_module();
Ref<Module> make_functools_module();
Ref<Module> make_json_module();
Ref<Module> make_itertools_module();
// _io: the C++ half of lib/io.py (open, the file types, StringIO, BytesIO).
Ref<Module> make_io_module();
// _struct: the C++ half of lib/struct.py.
Ref<Module> make_struct_module();
Ref<Module> make_array_module();
// _collections: deque, defaultdict, _tuplegetter and _count_elements, the
// C++ half of lib/collections.
Ref<Module> make_collections_module();
// _ctypes: the C++ half of lib/ctypes (C data over minipy's checked heap).
Ref<Module> make_ctypes_module();
// posix: the system calls under lib/os.py.
Ref<Module> make_posix_module();
// _tracemalloc: the C++ half of lib/tracemalloc.py, over the heap's tracer.
Ref<Module> make_tracemalloc_module();
// _re: the C++ core of lib/re on PCRE2 (compiled patterns, matching).
Ref<Module> make_re_module();

// At interpreter shutdown: calls the weakref.finalize objects that are still
// alive and have atexit=True, newest first, as Lib/weakref.py's
// finalize._exitfunc; afterwards no finalizer runs its function any more.
void run_atexit_finalizers();

// The module `name` (CPython's PyImport_ImportModule): sys.modules' entry,
// else what builtins.__import__(name) gives. Null with an exception set.
Ref<> import_module_named(std::string_view name);

// Writes text to sys.stderr (CPython's PySys_WriteStderr), or to the
// process's stderr when sys.stderr is missing or fails; never raises.
void sys_write_stderr(std::string_view text);

// What dir() and vars() without an argument report: the caller's local
// namespace (a new reference, or null with an exception set). The interpreter
// installs it; while it is null those calls raise TypeError.
using LocalsProvider = Ref<> (*)();
extern LocalsProvider builtins_locals_provider;

}  // namespace minipy
