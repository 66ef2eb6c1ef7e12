// libFuzzer target: runs what compiles as __main__, under a step budget and a heap limit, then resets the interpreter.
//
// Every input must end, whatever it does: the step budget
// (runtime/core/interrupts.hpp, counted in this build) stops loops, even
// ones that catch KeyboardInterrupt, and builtins that drain an iterator;
// the heap limit (runtime/core/heap.hpp) turns a huge allocation into
// MemoryError before libFuzzer's -malloc_limit_mb sees it. What a script
// can reach outside the process is fenced in: open() takes only a plain
// file name (no descriptors, no paths) and opens it in a scratch directory,
// which is also sys.path[0] (so a module a script writes can be imported);
// os cannot remove, rename or make files or change the environment or the
// working directory; memviz.render cannot write; time.sleep() does not
// sleep.
//
// After each input the interpreter is reset (interpreter_reset), and two
// invariants are checked that no crash would reveal: the recursion depth is
// back to 0 with no exception pending, and running an input again leaves no
// more objects tracked by the collector than running it once did (a
// container whose count never reaches zero is a leak LeakSanitizer cannot
// see: the collector's list still links it).
//
// Environment: MINIPY_FUZZ_STEPS (default 200000 steps), MINIPY_FUZZ_HEAP_MB
// (64: an int that size already takes GMP a second to square),
// MINIPY_FUZZ_LEAK_CHECK (1; 0 to switch the leak check off).
#include "fuzz/harness.hpp"
#include "interpreter/call.hpp"
#include "interpreter/import.hpp"
#include "interpreter/interpreter.hpp"
#include "interpreter/memviz/module.hpp"
#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/interrupts.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/core/recursion.hpp"
#include "runtime/modules/modules.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/module.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <stdlib.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

using namespace minipy;

namespace {

std::int64_t steps = 0;
bool leak_check = true;
std::string scratch;             // the directory scripts write in
bool scratch_used = false;       // open() was called since the last clean-up
Object* real_open = nullptr;     // owned
Object* real_sleep = nullptr;    // owned
std::int64_t tracked_after = -1; // objects the collector tracked after the last reset

// open() for a script under test: a str file name, without '/', opened in
// the scratch directory; anything else would let the fuzzer reach (and
// truncate) files of the machine, or libFuzzer's own descriptors.
Ref<> fenced_open(Object*, const Args& args) {
    std::vector<Object*> values(args.values, args.values + (args.count + args.kw_count()));
    Object** file = args.count > 0 ? &values[0] : nullptr;
    for (std::size_t i = 0; !file && i < args.kw_count(); ++i)
        if (args.kw_name(i)->view() == "file") file = &values[args.count + i];
    if (!file) return call(real_open, args);  // the real one says what is missing
    if (!is_exact_str(*file)) return raise(exc::PermissionError, "fuzz: open() takes a str file name here");
    std::string_view name = cast<Str>(*file)->view();
    if (name.empty() || name.size() > 100 || name.find('/') != std::string_view::npos || name.find('\0') != std::string_view::npos)
        return raise(exc::PermissionError, "fuzz: open() takes a plain file name here");
    Ref<> path = str_from(scratch + "/" + std::string(name));
    *file = path.get();
    scratch_used = true;
    return call(real_open, Args{values.data(), args.count, args.kwnames});
}

// time.sleep() that returns at once, after the real one checked the
// argument (given 0 in place of a positive number).
Ref<> quick_sleep(Object*, const Args& args) {
    if (args.count != 1 || args.has_keywords() || !(is_int(args[0]) || is_float(args[0])))
        return call(real_sleep, args);
    double seconds;
    if (!to_double(args[0], seconds)) return nullptr;
    if (seconds > 0) {
        Ref<> zero = int_from(0);
        return call(real_sleep, {zero.get()});
    }
    return call(real_sleep, args);
}

Ref<Module> make_quick_time_module() {
    Ref<Module> m = make_time_module();
    if (!real_sleep) real_sleep = share(dict_get(m->dict, "sleep")).release();
    add_module_functions(m.get(), {{"sleep", quick_sleep}});
    return m;
}

// os's system calls that change the machine are refused: a fuzzed program
// must not remove or rename files outside the scratch directory, nor leave
// an environment or a working directory behind that changes the runs after
// it (open()'s plain names are relative to the scratch directory).
Ref<> refused_posix_call(Object*, const Args&) {
    return raise(exc::PermissionError, "fuzz: os calls that change files or the environment are disabled here");
}

Ref<Module> make_fenced_posix_module() {
    Ref<Module> m = make_posix_module();
    if (!m) return nullptr;
    add_module_functions(m.get(), {{"unlink", refused_posix_call},
                                   {"rmdir", refused_posix_call},
                                   {"mkdir", refused_posix_call},
                                   {"rename", refused_posix_call},
                                   {"chdir", refused_posix_call},
                                   {"putenv", refused_posix_call},
                                   {"unsetenv", refused_posix_call}});
    return m;
}

// memviz.render writes wherever its path says, as open() would.
Ref<> refused_render(Object*, const Args&) {
    return raise(exc::PermissionError, "fuzz: memviz.render is disabled here");
}

Ref<Module> make_fenced_memviz_module() {
    Ref<Module> m = interp::memviz::make_memviz_module();
    if (!m) return nullptr;
    add_module_functions(m.get(), {{"render", refused_render}});
    return m;
}

void set_up() {
    heap_set_limit(static_cast<std::size_t>(fuzz::env_number("MINIPY_FUZZ_HEAP_MB", 64)) << 20);
    real_open = share(dict_get(interp::builtins_dict, "open")).release();
    Ref<Module> fence = module_new("fuzz");
    add_module_functions(fence.get(), {{"open", fenced_open}});
    dict_set(interp::builtins_dict, "open", dict_get(fence->dict, "open"));
    interp::register_builtin_module("time", make_quick_time_module);
    interp::register_builtin_module("posix", make_fenced_posix_module);
    interp::register_builtin_module("memviz", make_fenced_memviz_module);
    interp::interpreter_save_state();
}

void clean_scratch() {
    std::error_code ignored;
    for (const auto& entry : std::filesystem::directory_iterator(scratch, ignored))
        std::filesystem::remove_all(entry.path(), ignored);
    scratch_used = false;
}

std::int64_t tracked_objects() {
    std::int64_t n = 0;
    gc_for_each(-1, [&](Object*) { ++n; });
    return n;
}

void run_one(std::string_view source) {
    set_step_budget(steps);
    // As a script file: decoded first (source_file.hpp), so that what is not
    // UTF-8 is CPython's SyntaxError rather than text for the compiler.
    interp::run_program_bytes(std::string(source), "<fuzz>");
    if (recursion_depth != 0) fuzz::invariant_broken("recursion depth not back to 0 after the program");
    if (error_pending()) fuzz::invariant_broken("an exception left pending after the program");
    // Finalizers run during the reset get a budget of their own.
    set_step_budget(steps);
    interp::interpreter_reset();
    set_step_budget(0);
    if (error_pending()) fuzz::invariant_broken("an exception left pending by the reset");
    if (scratch_used) clean_scratch();
}

// A program that leaves more tracked objects behind may only have filled a
// cache (a lazily made module, a type's first subclass list): run it again,
// and a leak shows by growing once more.
void run_checked(std::string_view source) {
    run_one(source);
    if (!leak_check) return;
    std::int64_t tracked = tracked_objects();
    if (tracked_after >= 0 && tracked > tracked_after) {
        run_one(source);
        std::int64_t again = tracked_objects();
        if (again > tracked)
            fuzz::invariant_broken("containers leaked: each run leaves more objects tracked by the collector");
        tracked = again;
    }
    tracked_after = tracked;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    fuzz::quiet_standard_streams();
    steps = fuzz::env_number("MINIPY_FUZZ_STEPS", 200000);
    leak_check = fuzz::env_number("MINIPY_FUZZ_LEAK_CHECK", 1) != 0;
    char dir[] = "/tmp/minipy-fuzz-XXXXXX";
    if (!mkdtemp(dir)) fuzz::invariant_broken("cannot make the scratch directory");
    scratch = dir;
    std::atexit([] {
        std::error_code ignored;
        std::filesystem::remove_all(scratch, ignored);
    });
    fuzz::start_interpreter(scratch);
    fuzz::on_evaluator_thread(set_up);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view source = fuzz::as_text(data, size);
    fuzz::on_evaluator_thread([&] { run_checked(source); });
    return 0;
}
