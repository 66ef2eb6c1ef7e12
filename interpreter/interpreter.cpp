// Start-up, running __main__, the REPL's entry point, and shutdown.
#include "interpreter/interpreter.hpp"

#include "compiler/compiler.hpp"
#include "interpreter/builtins_interp.hpp"
#include "interpreter/call.hpp"
#include "interpreter/generator.hpp"
#include "interpreter/import.hpp"
#include "interpreter/memviz/module.hpp"
#include "interpreter/safe_point.hpp"
#include "interpreter/source_file.hpp"
#include "interpreter/sys_hooks.hpp"
#include "interpreter/traceback.hpp"
#include "interpreter/traceback_module.hpp"
#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/heap_check.hpp"
#include "runtime/core/heap_trace.hpp"
#include "runtime/core/interrupts.hpp"
#include "runtime/core/recursion.hpp"
#include "runtime/core/runtime.hpp"
#include "runtime/core/slot_dispatch.hpp"
#include "runtime/core/weakref.hpp"
#include "runtime/modules/math.hpp"
#include "runtime/modules/modules.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/function.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/objects/module.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/slice.hpp"
#include "runtime/text/str.hpp"

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>
#include <vector>

namespace minipy::interp {

namespace {

Module* main_module = nullptr;    // owned
Module* builtins_module = nullptr;  // owned
bool uncaught_keyboard_interrupt = false;

// "Exception ignored in: <repr>" followed by the full traceback, as CPython
// prints errors from __del__ and weakref callbacks.
void unraisable_with_traceback(Object* exc, Object* context) {
    std::fflush(stdout);
    // Without a context CPython writes the exception alone.
    if (context) {
        std::string where;
        if (!repr_text(context, where)) {
            clear_error();
            where = "<object repr() failed>";
        }
        std::fprintf(stderr, "Exception ignored in: %s\n", where.c_str());
    }
    print_unraisable(exc);
}

void on_sigint(int) { interrupt_requested = 1; }

// CPython installs its SIGINT handler only over the default action: a
// program started with SIGINT ignored (as `cmd &` in a script) keeps
// ignoring it. SA_RESTART: the file reads of the runtime do not expect
// EINTR, so an interrupted read() goes on and the next safe point raises
// KeyboardInterrupt; the REPL's pselect() returns EINTR all the same.
void install_sigint_handler() {
    struct sigaction old {};
    if (sigaction(SIGINT, nullptr, &old) == 0 && old.sa_handler == SIG_IGN) return;
    struct sigaction action {};
    action.sa_handler = on_sigint;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
}

Ref<Module> make_main_module() {
    Ref<Module> main = module_new("__main__");
    // Start-up stores under str keys: a table the heap cannot give comes from
    // its reserve (heap.hpp), so these cannot fail.
    // CPython's names, in its order (module_init_dict, then add_main_module;
    // __loader__ stays None: there is no importlib to name a loader).
    (void)dict_set(main->dict, "__package__", None);
    (void)dict_set(main->dict, "__loader__", None);
    (void)dict_set(main->dict, "__spec__", None);
    (void)dict_set(main->dict, "__annotations__", dict_new().get());
    (void)dict_set(main->dict, "__builtins__", builtins_module);
    (void)dict_set(sys_modules, "__main__", main.get());
    return main;
}

// CPython's _Py_abspath: the current directory joined as it is, without
// normalising `./` or `..` and without resolving links ('' and '.' are the
// current directory itself). `python3 ./x.py` shows '/cwd/./x.py'.
std::string absolute(const std::string& path) {
    if (!path.empty() && path.front() == '/') return path;
    char cwd[PATH_MAX];
    if (!getcwd(cwd, sizeof cwd)) return path;
    if (path.empty() || path == ".") return cwd;
    return std::string(cwd) + "/" + path;
}

// os.path.join(directory, name).
std::string join_path(const std::string& directory, const std::string& name) {
    return !directory.empty() && directory.back() == '/' ? directory + name : directory + "/" + name;
}

bool is_directory(const std::string& path) {
    struct stat st;
    return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// Reads a whole file; false with errno set when it cannot be opened or read.
bool read_file(const std::string& path, std::string& text) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return false;
    char chunk[65536];
    std::size_t n;
    while ((n = std::fread(chunk, 1, sizeof chunk, f)) > 0) text.append(chunk, n);
    bool ok = !std::ferror(f);
    int saved = errno;
    std::fclose(f);
    errno = saved;
    return ok;
}

bool system_exit_is_error = false;  // minipy -i (report_system_exit_as_error)

// Prints an uncaught exception (or handles SystemExit) and gives the exit code.
int report_uncaught() {
    if (!system_exit_is_error) {
        if (std::optional<int> code = handle_system_exit()) return *code;
    }
    if (error_matches(exc::KeyboardInterrupt)) uncaught_keyboard_interrupt = true;
    if (std::optional<int> code = report_through_excepthook(take_error())) return *code;
    return 1;
}

int run_main(const std::string& source, const std::string& filename) {
    CompileResult compiled = compile_source(source, filename, CompileMode::File);
    if (compiled.error) {
        print_syntax_error(*compiled.error);
        return 1;
    }
    Dict* globals = main_module->dict;
    Ref<> result = run_module_code(compiled.code.get(), globals, globals);
    compiled.syntax_refs.clear();  // before the traceback, as run_mod frees its arena
    if (!result) return report_uncaught();
    return 0;
}

}  // namespace

void report_system_exit_as_error(bool on) { system_exit_is_error = on; }

std::optional<int> handle_system_exit() {
    if (!error_matches(exc::SystemExit)) return std::nullopt;
    Ref<> exc = take_error();
    std::fflush(stdout);
    // CPython's _Py_HandleSystemExit asks for the attribute (a subclass may
    // compute it); failing that, the exception itself is the code.
    Ref<> code = getattr(exc.get(), intern("code"));
    if (!code) {
        clear_error();
        code = std::move(exc);
    }
    if (code.get() == None) return 0;
    if (is_int(code.get())) {
        // (int)PyLong_AsLong(code): truncated to an int, -1 when it does not
        // fit a long (the OverflowError is dropped).
        auto value = int_to_i64(cast<Int>(code.get()));
        return value ? static_cast<int>(*value) : -1;
    }
    std::string text;
    if (!str_text(code.get(), text)) clear_error();
    std::fprintf(stderr, "%s\n", text.c_str());
    return 1;
}

// CPython 3.11's free lists as its start-up leaves them when a script's
// first line runs (`sys._debugmallocstats()` there, `python3 script.py`
// with site imported): whether a new list, dict, tuple or float is a fresh
// block, which tracemalloc traces and the collector counts, or a recycled
// one, which neither sees, depends on them.
static void start_free_lists_as_cpython() {
    float_free_list_fill(4);
    list_free_list_fill(40);
    dict_free_list_fill(8);
    static constexpr int tuples_by_length[kTupleFreeListLengths] = {4, 8, 2, 2, 3, 0, 8, 6, 1, 0,
                                                                    1, 3, 5, 1, 2, 2, 2, 3, 1, 6};
    tuple_free_lists_fill(tuples_by_length);
}

void interpreter_init(const std::vector<std::string>& argv, const std::string& path0) {
    runtime_init();
    code_types_init();
    traceback_type_init();
    generator_type_init();
    FunctionType.call = call_function;
    call_function_prepended = run_function_prepended;
    // The call slot is filled only now, after FunctionType was readied:
    // give it its `__call__` wrapper as type_ready would have.
    add_slot_wrappers(FunctionType, FunctionType.base);
    type_modified(&FunctionType);
    unraisable_hook = unraisable_with_traceback;
    heap_check_frame_roots = visit_running_frames;
    heap_trace_frames = trace_running_frames;

    Ref<Module> builtins = make_builtins_module();
    builtins_module = builtins.release();
    builtins_dict = builtins_module->dict;
    add_interpreter_builtins(builtins_module);

    Ref<Module> sys = make_sys_module(argv);
    add_interpreter_sys_functions(sys.get());
    add_sys_hooks(sys.get());
    sys_modules = cast<Dict>(dict_get(sys->dict, "modules"));
    (void)dict_set(sys_modules, "sys", sys.get());  // start-up, str keys: as in make_main_module
    (void)dict_set(sys_modules, "builtins", builtins_module);
    if (Object* path = dict_get(sys->dict, "path"); path && is_list(path)) {
        List* list = cast<List>(path);
        if (list->size > 0) set_slot(list->items[0], static_cast<Object*>(str_from(path0).get()));
        else (void)list_append(list, str_from(path0).get());  // fails only when memory is exhausted, not at start-up
    }
    register_builtin_module("gc", make_gc_module);
    register_builtin_module("_traceback", make_traceback_module);
    register_builtin_module("weakref", make_weakref_module);
    register_builtin_module("_weakref", make_weakref_module);
    register_builtin_module("math", make_math_module);
    register_builtin_module("time", make_time_module);
    register_builtin_module("random", make_random_module);
    register_builtin_module("_heapq", make_heapq_module);
    register_builtin_module("_bisect", make_bisect_module);
    register_builtin_module("_operator", make_operator_module);
    register_builtin_module("_functools", make_functools_module);
    register_builtin_module("_json", make_json_module);
    register_builtin_module("itertools", make_itertools_module);
    register_builtin_module("_io", make_io_module);
    register_builtin_module("_struct", make_struct_module);
    register_builtin_module("array", make_array_module);
    register_builtin_module("_collections", make_collections_module);
    register_builtin_module("_ctypes", make_ctypes_module);
    register_builtin_module("posix", make_posix_module);
    register_builtin_module("_tracemalloc", make_tracemalloc_module);
    register_builtin_module("_re", make_re_module);
    register_builtin_module("memviz", memviz::make_memviz_module);

    main_module = make_main_module().release();
    install_sigint_handler();
    // As CPython's signal_install_handlers: a write to a closed pipe fails
    // with BrokenPipeError (EPIPE) instead of killing the process.
    std::signal(SIGPIPE, SIG_IGN);
    // Making the builtin types' descriptors and the modules' functions
    // passes generation 0's threshold, as it does in CPython's start-up,
    // whose collections run there: run the one that came due now, before
    // the program is compiled, not at its first statement.
    if (gc_collection_due) gc_collect_if_due();
    start_free_lists_as_cpython();
}

bool ended_by_keyboard_interrupt() { return uncaught_keyboard_interrupt; }

std::string script_path0(const std::string& script) {
    std::string full = absolute(script);
    if (is_directory(full)) return full;
    char resolved[PATH_MAX];
    std::string path = realpath(script.c_str(), resolved) ? resolved : script;
    std::size_t slash = path.rfind('/');
    if (slash == std::string::npos) return "";
    return slash == 0 ? "/" : path.substr(0, slash);
}

int run_file(const std::string& path) {
    std::string full = absolute(path);
    // A directory runs its __main__.py, as runpy does for `python3 DIR`.
    if (is_directory(full)) {
        std::string main_py = join_path(full, "__main__.py");
        struct stat st;
        if (stat(main_py.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
            std::fprintf(stderr, "minipy: can't find '__main__' module in '%s'\n", full.c_str());
            return 1;
        }
        full = main_py;
    }
    std::string text;
    if (!read_file(full, text)) {
        int error = errno;
        std::fprintf(stderr, "minipy: can't open file '%s': [Errno %d] %s\n", full.c_str(), error,
                     std::strerror(error));
        return 2;
    }
    return run_file_program(text, full);
}

int run_source(const std::string& source, const std::string& filename) { return run_main(source, filename); }

int run_program_bytes(const std::string& bytes, const std::string& filename) {
    DecodedSource source = decode_source_file(bytes, filename);
    if (source.error) {
        print_syntax_error(*source.error);
        return 1;
    }
    return run_main(source.text, filename);
}

int run_file_program(const std::string& bytes, const std::string& filename) {
    // _PyRun_SimpleFileObject: __file__ and __cached__ while the program runs.
    Dict* globals = main_module->dict;
    if (dict_set(globals, "__file__", str_from(filename).get()) < 0 || dict_set(globals, "__cached__", None) < 0)
        return report_uncaught();
    int status = run_program_bytes(bytes, filename);
    if (main_module) {
        for (const char* name : {"__file__", "__cached__"})
            if (!dict_pop(main_module->dict, intern(name)) && error_pending()) clear_error();
    }
    return status;
}

std::string module_path0() { return absolute("."); }

int run_module(const std::string& name) {
    // The parent package is imported (and its __init__ run) as usual.
    Ref<> parent;
    std::size_t dot = name.rfind('.');
    if (dot != std::string::npos) {
        parent = import_absolute(std::string_view(name).substr(0, dot));
        if (!parent && error_matches(exc::ModuleNotFoundError)) {
            // runpy's _get_module_details words a missing parent so.
            Ref<> exc = take_error();
            std::string message;
            if (!str_text(exc.get(), message)) clear_error();
            std::fprintf(stderr, "minipy: Error while finding module specification for '%s' (ModuleNotFoundError: %s)\n",
                         name.c_str(), message.c_str());
            return 1;
        }
        if (!parent) return report_uncaught();
    }
    ModuleSource found;
    std::string main_name = name;
    if (find_module(name, parent.get(), found) && found.package) {
        // A package runs its __main__ submodule.
        Ref<> package = import_absolute(name);
        if (!package) return report_uncaught();
        main_name = name + ".__main__";
        if (!find_module(main_name, package.get(), found)) {
            clear_error();
            std::fprintf(stderr, "minipy: No module named %s; '%s' is a package and cannot be directly executed\n",
                         main_name.c_str(), name.c_str());
            return 1;
        }
    }
    if (error_pending()) {
        clear_error();
        std::fprintf(stderr, "minipy: No module named %s\n", name.c_str());
        return 1;
    }
    Object* argv = sys_attribute("argv");
    if (argv && is_list(argv) && cast<List>(argv)->size > 0)
        set_slot(cast<List>(argv)->items[0], static_cast<Object*>(str_from(found.filename).get()));
    Dict* globals = main_module->dict;
    if (found.origin == ModuleOrigin::Source && dict_set(globals, "__file__", str_from(found.filename).get()) < 0)
        return report_uncaught();
    std::size_t main_dot = main_name.rfind('.');
    Ref<Str> package = str_from(main_dot == std::string::npos ? "" : main_name.substr(0, main_dot));
    if (dict_set(globals, "__package__", package.get()) < 0) return report_uncaught();
    // A file is decoded as a script is; frozen modules are UTF-8 already.
    if (found.origin == ModuleOrigin::Source) return run_program_bytes(found.text, found.filename);
    return run_main(found.text, found.filename);
}

// An entry ended by Ctrl-D. CPython's tokenizer meets EOF there: blocks
// close as after an empty line, and an error is the one a file ending there
// gives ("'(' was never closed", "expected an indented block" on the last
// line rather than on an empty one after it).
static CompileResult compile_at_eof(const std::string& source) {
    CompileResult compiled = compile_source(source + "\n", "<stdin>", CompileMode::Interactive);
    if (!compiled.incomplete && !compiled.error) return compiled;
    CompileResult as_file = compile_source(source, "<stdin>", CompileMode::File);
    return compiled.incomplete || as_file.error ? std::move(as_file) : std::move(compiled);
}

ReplResult repl_run(const std::string& source, bool at_eof, int& exit_code) {
    CompileResult compiled = at_eof ? compile_at_eof(source)
                                    : compile_source(source, "<stdin>", CompileMode::Interactive);
    if (compiled.incomplete) return ReplResult::NeedMore;
    if (compiled.error) {
        print_syntax_error(*compiled.error);
        return ReplResult::Done;
    }
    Dict* globals = main_module->dict;
    Ref<> result = run_module_code(compiled.code.get(), globals, globals);
    compiled.syntax_refs.clear();
    if (!result) {
        if (std::optional<int> code = handle_system_exit()) {
            exit_code = *code;
            return ReplResult::Exit;
        }
        if (std::optional<int> code = report_through_excepthook(take_error())) {
            exit_code = *code;
            return ReplResult::Exit;
        }
    }
    return ReplResult::Done;
}

// CPython's _PyModule_ClearDict: names starting with one underscore become
// None first, then every other name but __builtins__, in dict order; each
// replaced value is released on the spot (so __del__ methods run now).
static void clear_module_dict(Dict* d) {
    for (int pass = 0; pass < 2; ++pass) {
        Ref<Dict> snapshot = dict_copy(d);
        Object* key;
        Object* value;
        for (std::int64_t pos = 0; dict_next(snapshot.get(), pos, &key, &value);) {
            if (value == None || !is_str(key)) continue;
            std::string_view name = cast<Str>(key)->view();
            if (name == "__builtins__") continue;
            bool underscore = name.size() > 1 && name[0] == '_' && name[1] != '_';
            if (pass == 0 && !underscore) continue;
            if (dict_set(d, key, None) < 0) write_unraisable(nullptr);
        }
    }
}

// ------------------------------------------------------ many programs, one process

namespace {

struct SavedModule {
    Ref<> name;
    Ref<Module> module;
    Ref<Dict> names;  // a copy of its dict
    // The lists among its names (sys.path, sys.argv) and a copy of each one's
    // items: a program may change a list in place.
    std::vector<std::pair<Ref<List>, Ref<List>>> lists;
};

struct SavedState {
    std::vector<SavedModule> modules;
    int recursion_limit = 0;
    std::int64_t max_str_digits = 0;
    bool gc_enabled = true;
    int gc_threshold[kGenerations] = {};
    int gc_debug = 0;
};

SavedState* saved_state = nullptr;  // owned, never freed: the host lives as long

// `list[:] = items`, which cannot fail for a list of items.
void set_items(Object* list, Object* items) {
    Ref<> all = slice_new(nullptr, nullptr, nullptr);
    if (setitem(list, all.get(), items) < 0) write_unraisable(nullptr);
}

}  // namespace

void interpreter_save_state() {
    if (!saved_state) saved_state = new SavedState();
    SavedState& s = *saved_state;
    s.modules.clear();
    Object* key;
    Object* value;
    for (std::int64_t pos = 0; dict_next(sys_modules, pos, &key, &value);) {
        if (!is_module(value) || value == main_module) continue;
        Dict* d = cast<Module>(value)->dict;
        SavedModule m{share(key), share(cast<Module>(value)), dict_copy(d), {}};
        Object* name;
        Object* item;
        for (std::int64_t at = 0; dict_next(d, at, &name, &item);)
            if (item->type == &ListType) {
                List* list = cast<List>(item);
                m.lists.emplace_back(share(list), list_from_array(list->items, list->size));
            }
        s.modules.push_back(std::move(m));
    }
    s.recursion_limit = recursion_limit;
    s.max_str_digits = int_get_max_str_digits();
    s.gc_enabled = gc_is_enabled();
    for (int g = 0; g < kGenerations; ++g) s.gc_threshold[g] = gc_get_threshold(g);
    s.gc_debug = gc_get_debug();
}

void interpreter_reset() {
    if (!saved_state) return;
    const SavedState& s = *saved_state;
    // __main__ first, as at exit: its finalizers see the other modules intact.
    clear_module_dict(main_module->dict);
    {
        Ref<Module> old = Ref<Module>::adopt(main_module);
        main_module = nullptr;
        dict_clear(old->dict);
        if (error_pending()) write_unraisable(nullptr);
    }
    dict_clear(sys_modules);
    if (error_pending()) write_unraisable(nullptr);
    for (const SavedModule& m : s.modules) {
        // A failure leaves MemoryError pending, reported below.
        (void)dict_set(sys_modules, m.name.get(), m.module.get());
        Dict* d = m.module->dict;
        dict_clear(d);
        (void)dict_merge(d, m.names.get());
        for (const auto& [list, items] : m.lists) set_items(list.get(), items.get());
        if (m.module.get() == dict_get(sys_modules, "sys")) sys_set_standard_streams(m.module.get());
        if (error_pending()) write_unraisable(nullptr);
    }
    // The collector's own references to gc.garbage and gc.callbacks outlive
    // the gc module dropped above: what a program put there goes too.
    Ref<List> none_at_all = list_new();
    if (gc_garbage_list) set_items(gc_garbage_list, none_at_all.get());
    if (gc_callbacks_list) set_items(gc_callbacks_list, none_at_all.get());
    recursion_limit = s.recursion_limit;
    int_set_max_str_digits(s.max_str_digits);
    gc_set_enabled(s.gc_enabled);
    for (int g = 0; g < kGenerations; ++g) gc_set_threshold(g, s.gc_threshold[g]);
    gc_set_debug(s.gc_debug);
    gc_unfreeze();
    gc_collect(2);
    if (error_pending()) write_unraisable(nullptr);
    main_module = make_main_module().release();
    uncaught_keyboard_interrupt = false;
    // A MemoryError the program left on the reserve is its own, not the next one's.
    memory_error_pending = 0;
    heap_keep_reserve();
}

// flush_std_files (Python/pylifecycle.c): sys.stdout.flush() and
// sys.stderr.flush() at exit. False when one fails; stdout's failure is
// reported ("Exception ignored in: <_io.TextIOWrapper name='<stdout>' ...>"
// and "BrokenPipeError: [Errno 32] Broken pipe" when the reader has gone).
static bool flush_std_files() {
    bool ok = true;
    for (const char* name : {"stdout", "stderr"}) {
        Object* file = sys_attribute(name);
        if (!file || file == None) continue;
        Ref<> keep = share(file);
        Ref<> closed = getattr_optional(file, intern("closed"));
        int is_closed = closed ? is_true(closed.get()) : 0;
        if (is_closed < 0 || !closed) clear_error();
        if (is_closed > 0) continue;
        if (!call_method(file, "flush", {})) {
            if (std::strcmp(name, "stdout") == 0) write_unraisable(file);
            else clear_error();
            ok = false;
        }
    }
    return ok;
}

// finalize_modules_delete_special: places where programs leave values of
// their own, emptied before the modules go, and the standard streams put
// back, so that finalizers print where the process's output goes.
static void clear_special_names() {
    if (dict_set(builtins_dict, "_", None) < 0) write_unraisable(nullptr);
    Module* sys = sys_module();
    if (!sys) return;
    Dict* d = sys->dict;
    for (const char* name : {"path", "argv", "ps1", "ps2", "last_type", "last_value", "last_traceback", "path_hooks",
                             "path_importer_cache", "meta_path", "__interactivehook__"})
        if (dict_set(d, name, None) < 0) write_unraisable(nullptr);
    for (const char* name : {"stdin", "stdout", "stderr"}) {
        Object* original = dict_get(d, "__" + std::string(name) + "__");
        if (dict_set(d, name, original ? original : None) < 0) write_unraisable(nullptr);
    }
}

// CPython's finalize_modules, as far as a program can tell: the order in
// which what is still alive at exit dies and its __del__ methods run. Every
// module leaves sys.modules, so a module nothing else holds goes, and with
// it the names it had, unless a cycle holds them (a module that defines a
// function or a class is in one): the collection that follows finalizes
// those in the collector's order. Only then do the modules something still
// holds lose their names, the latest imported first.
static void finalize_modules() {
    stop_showing_source_lines();
    clear_special_names();
    std::vector<Ref<>> weak_modules;  // import order
    if (sys_modules) {
        Ref<Dict> modules = dict_copy(sys_modules);
        Object* key;
        Object* value;
        for (std::int64_t pos = 0; dict_next(modules.get(), pos, &key, &value);) {
            if (!is_module(value)) continue;
            if (Ref<> weak = weakref_new(&WeakRefType, value, nullptr)) weak_modules.push_back(std::move(weak));
            else write_unraisable(nullptr);
            if (dict_set(sys_modules, key, None) < 0) write_unraisable(nullptr);
        }
        dict_clear(sys_modules);
    }
    // The interpreter's reference to __main__, which CPython does not keep.
    if (main_module) decref(std::exchange(main_module, nullptr));
    gc_collect(2);
    Module* sys = sys_module();
    for (auto it = weak_modules.rbegin(); it != weak_modules.rend(); ++it) {
        Object* module = weakref_get(cast<WeakRef>(it->get()));
        // sys and builtins keep theirs until the end, which is the process's.
        if (module == None || module == sys || cast<Module>(module)->dict == builtins_dict) continue;
        Ref<> hold = share(module);
        clear_module_dict(cast<Module>(module)->dict);
    }
    gc_collect(2);
}

int interpreter_finalize(int exit_code) {
    run_atexit_finalizers();
    if (error_pending()) write_unraisable(nullptr);
    // Py_RunMain: a failed flush at exit makes the status 120.
    if (!flush_std_files()) exit_code = 120;
    // Py_FinalizeEx's PyGC_Collect, which a disabled collector skips.
    if (gc_is_enabled()) gc_collect(2);
    finalize_modules();
    if (!flush_std_files()) exit_code = 120;  // again, for what finalizers printed
    std::fflush(stderr);
    heap_check("at exit");
    return exit_code;
}

}  // namespace minipy::interp
