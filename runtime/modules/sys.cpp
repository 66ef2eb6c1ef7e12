// The sys module (CPython's Python/sysmodule.c): the interpreter's view of
// itself — argv, path, the standard streams, the recursion and int-digit
// limits, reference counts and object sizes.
#include "runtime/modules/internal.hpp"
#include "runtime/modules/modules.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/core/recursion.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/file.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

#include <cfloat>
#include <climits>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>

namespace minipy {

namespace {

// The newest sys module (owned): print() and input() read its stdout and
// stdin at each call, so a script can redirect them.
Object* current_sys = nullptr;

constexpr std::int64_t kHexVersion = 0x030B07F0;  // 3.11.7 final

// sys.getrefcount(object): the true count, which includes the reference the
// caller holds for the argument (CPython's answer has the same +1).
Ref<> sys_getrefcount(Object*, const Args& args) {
    if (!check_one_arg("sys.getrefcount", args)) return nullptr;
    return int_from(args[0]->refcount);
}

// sys.getsizeof(object[, default]): __sizeof__() plus what goes in front of
// a GC object (the collector's 16-byte header, and a managed dict's two
// words), as CPython computes it;
// for builtin types whose __sizeof__ is object's, the answer is the size of
// the object's layout.
Ref<> sys_getsizeof(Object*, const Args& args) {
    static const ArgSpec spec{"getsizeof", {"object", "default"}, 1};
    Object* a[2];
    if (!parse_args(args, spec, a)) return nullptr;
    Object* o = a[0];
    const std::size_t gc_head = object_has_gc(o) ? object_pre_header_size(o->type) : 0;
    static Object* object_sizeof = type_lookup(&ObjectType, "__sizeof__");
    Object* method = type_lookup(o->type, "__sizeof__");
    if (method == object_sizeof) {
        if (o->type->size_of) return int_from(static_cast<std::int64_t>(o->type->size_of(o) + gc_head));
        return int_from(static_cast<std::int64_t>(object_size(o) + gc_head));
    }
    if (!method) {
        if (a[1]) return share(a[1]);
        return raisef(exc::TypeError, "Type {} doesn't define __sizeof__", type_name(o));
    }
    Ref<> size = call_method(o, "__sizeof__", {});
    if (!size) {
        if (a[1] && error_matches(exc::TypeError)) {
            clear_error();
            return share(a[1]);
        }
        return nullptr;
    }
    if (!is_int(size.get())) return raise(exc::TypeError, "an integer is required");
    std::int64_t n;
    if (!index_to_i64(size.get(), n)) return nullptr;
    if (n < 0) return raise(exc::ValueError, "__sizeof__() should return >= 0");
    return int_from(n + static_cast<std::int64_t>(gc_head));
}

Ref<> sys_intern(Object*, const Args& args) {
    if (!check_one_arg("sys.intern", args)) return nullptr;
    Object* s = args[0];
    if (!is_str(s)) return raisef(exc::TypeError, "intern() argument must be str, not {}", type_name(s));
    if (!is_exact_str(s)) return raisef(exc::TypeError, "can't intern {}", type_name(s));
    return intern_str(share(cast<Str>(s)));
}

// sys.exit(status=None): SystemExit carries the status to the interpreter.
Ref<> sys_exit(Object*, const Args& args) {
    if (!check_arg_range("exit", args, 0, 1)) return nullptr;
    Ref<> exit = exception_new(exc::SystemExit, args);
    if (!exit) return nullptr;
    raise_chained(std::move(exit));
    return nullptr;
}

// sys.exception() and sys.exc_info(): the exception being handled by an
// except clause or finally block, here or in a calling frame.
Ref<> sys_exception(Object*, const Args& args) {
    if (!check_no_args("exception", args)) return nullptr;
    Object* handled = handled_exception();
    return share(handled ? handled : None);
}

Ref<> sys_exc_info(Object*, const Args& args) {
    if (!check_no_args("exc_info", args)) return nullptr;
    Object* handled = handled_exception();
    if (!handled) return tuple_from({None, None, None});
    Object* tb = cast<ExceptionObject>(handled)->traceback;
    return tuple_from({handled->type, handled, tb ? tb : None});
}

Ref<> sys_getrecursionlimit(Object*, const Args& args) {
    if (!check_no_args("getrecursionlimit", args)) return nullptr;
    return int_from(recursion_limit);
}

Ref<> sys_setrecursionlimit(Object*, const Args& args) {
    if (!check_one_arg("setrecursionlimit", args)) return nullptr;
    if (is_float(args[0])) return raise(exc::TypeError, "'float' object cannot be interpreted as an integer");
    std::int64_t limit;
    if (!index_to_i64(args[0], limit)) return nullptr;
    if (limit < 1) return raise(exc::ValueError, "recursion limit must be greater or equal than 1");
    if (limit > INT_MAX) return raise(exc::OverflowError, "Python int too large to convert to C int");
    if (recursion_depth >= limit)
        return raisef(exc::RecursionError,
                      "cannot set the recursion limit to {} at the recursion depth {}: the limit is too low", limit,
                      recursion_depth);
    recursion_limit = static_cast<int>(limit);
    return none();
}

Ref<> sys_get_int_max_str_digits(Object*, const Args& args) {
    if (!check_no_args("get_int_max_str_digits", args)) return nullptr;
    return int_from(int_get_max_str_digits());
}

Ref<> sys_set_int_max_str_digits(Object*, const Args& args) {
    static const ArgSpec spec{"set_int_max_str_digits", {"maxdigits"}, 1};
    Object* a[1];
    if (!parse_args(args, spec, a)) return nullptr;
    std::int64_t digits;
    if (!index_to_i64(a[0], digits)) return nullptr;
    if (digits != 0 && digits < 640) return raise(exc::ValueError, "maxdigits must be 0 or larger than 640");
    int_set_max_str_digits(digits);
    return none();
}

Ref<> sys_getdefaultencoding(Object*, const Args& args) {
    if (!check_no_args("getdefaultencoding", args)) return nullptr;
    return str_from("utf-8");
}

Ref<> sys_getfilesystemencoding(Object*, const Args& args) {
    if (!check_no_args("getfilesystemencoding", args)) return nullptr;
    return str_from("utf-8");
}

// ------------------------------------------------------- constant values

Ref<> make_version_info() {
    return struct_seq_new(StructSeqKind::VersionInfo, {small_int(3), small_int(11), small_int(7),
                                                       str_from("final").get(), small_int(0)});
}

Ref<> make_float_info() {
    return struct_seq_new(StructSeqKind::FloatInfo,
                          {float_from(DBL_MAX).get(), int_from(DBL_MAX_EXP).get(), int_from(DBL_MAX_10_EXP).get(),
                           float_from(DBL_MIN).get(), int_from(DBL_MIN_EXP).get(), int_from(DBL_MIN_10_EXP).get(),
                           int_from(DBL_DIG).get(), int_from(DBL_MANT_DIG).get(), float_from(DBL_EPSILON).get(),
                           int_from(FLT_RADIX).get(), small_int(1)});
}

// CPython's values: its int layout is 30-bit digits, which int() and str()
// limits are defined in terms of.
Ref<> make_int_info() {
    return struct_seq_new(StructSeqKind::IntInfo,
                          {small_int(30), small_int(4), int_from(4300).get(), int_from(640).get()});
}

Ref<> make_flags() {
    Object* zero = small_int(0);
    return struct_seq_new(StructSeqKind::Flags, {zero, zero, zero, zero, zero, zero, zero, zero, zero, zero, zero,
                                                 small_int(1), zero, False, zero, zero, False, int_from(-1).get()});
}

Ref<> make_implementation(Object* version_info) {
    Ref<Dict> attrs = dict_new();
    // Start-up stores under str keys: a table the heap cannot give comes from
    // its reserve (heap.hpp), so these cannot fail.
    (void)dict_set(attrs.get(), "name", str_from("minipy").get());
    (void)dict_set(attrs.get(), "cache_tag", None);
    (void)dict_set(attrs.get(), "version", version_info);
    (void)dict_set(attrs.get(), "hexversion", int_from(kHexVersion).get());
    return namespace_new(attrs.get());
}

std::string executable_path() {
    char buf[4096];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    return n > 0 ? std::string(buf, static_cast<std::size_t>(n)) : std::string();
}

// sys.path[0]: the script's directory, or '' for the REPL and -c, as CPython.
std::string script_directory(const std::vector<std::string>& argv) {
    if (argv.empty() || argv[0].empty() || argv[0] == "-c" || argv[0] == "-") return "";
    char* full = realpath(argv[0].c_str(), nullptr);
    if (!full) return "";
    std::string path(full);
    std::free(full);
    std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? std::string() : path.substr(0, slash == 0 ? 1 : slash);
}

}  // namespace

Module* sys_module() { return current_sys ? cast<Module>(current_sys) : nullptr; }

Object* sys_attribute(std::string_view name) {
    if (!current_sys) return nullptr;
    return dict_get(cast<Module>(current_sys)->dict, name);
}

Ref<> import_module_named(std::string_view name) {
    Object* modules = sys_attribute("modules");
    if (modules && is_dict(modules))
        if (Object* found = dict_get(cast<Dict>(modules), name)) return share(found);
    Object* builtins = modules && is_dict(modules) ? dict_get(cast<Dict>(modules), "builtins") : nullptr;
    if (!builtins) return raise(exc::ImportError, "__import__ not found");
    Ref<> import = getattr(builtins, "__import__");
    if (!import) return nullptr;
    Ref<> name_str = str_from(name);
    return call(import.get(), {name_str.get()});
}

void sys_write_stderr(std::string_view text) {
    Ref<> saved = take_error();
    Object* err = sys_attribute("stderr");
    Ref<> s = str_from(text);
    if (!err || err == None || !s || !call_method(err, "write", {s.get()})) {
        clear_error();
        std::fwrite(text.data(), 1, text.size(), stderr);
    }
    if (saved) set_error(std::move(saved));
}

void sys_set_standard_streams(Module* sys) {
    Ref<> in = file_from_stream(stdin, "<stdin>", "r", "strict");
    Ref<> out = file_from_stream(stdout, "<stdout>", "w", "strict");
    Ref<> err = file_from_stream(stderr, "<stderr>", "w", "backslashreplace");
    module_add(sys, "stdin", in.get());
    module_add(sys, "stdout", out.get());
    module_add(sys, "stderr", err.get());
    module_add(sys, "__stdin__", in.get());
    module_add(sys, "__stdout__", out.get());
    module_add(sys, "__stderr__", err.get());
}

Ref<Module> make_sys_module(const std::vector<std::string>& argv) {
    module_types_init();
    Ref<Module> m = module_new("sys", ModuleOrigin::BuiltIn);
    Module* sys = m.get();
    add_module_functions(sys, {
                                  {"getrefcount", sys_getrefcount},
                                  {"getsizeof", sys_getsizeof},
                                  {"intern", sys_intern},
                                  {"exit", sys_exit},
                                  {"exception", sys_exception},
                                  {"exc_info", sys_exc_info},
                                  {"getrecursionlimit", sys_getrecursionlimit},
                                  {"setrecursionlimit", sys_setrecursionlimit},
                                  {"get_int_max_str_digits", sys_get_int_max_str_digits},
                                  {"set_int_max_str_digits", sys_set_int_max_str_digits},
                                  {"getdefaultencoding", sys_getdefaultencoding},
                                  {"getfilesystemencoding", sys_getfilesystemencoding},
                              });

    Ref<List> args = list_new();
    // Start-up: a list grows by malloc, which does not fail this early.
    for (const std::string& a : argv) (void)list_append(args.get(), str_from(a).get());
    module_add(sys, "argv", args.get());
    module_add(sys, "orig_argv", list_from_array(args->items, args->size).get());
    Ref<List> path = list_new();
    (void)list_append(path.get(), str_from(script_directory(argv)).get());  // start-up: as argv
    module_add(sys, "path", path.get());
    module_add(sys, "modules", dict_new().get());
    module_add(sys, "builtin_module_names",
               tuple_from({str_from("builtins").get(), str_from("gc").get(), str_from("math").get(),
                           str_from("random").get(), str_from("sys").get(), str_from("time").get(),
                           str_from("weakref").get()})
                   .get());
    module_add(sys, "warnoptions", list_new().get());
    module_add(sys, "executable", str_from(executable_path()).get());
    module_add(sys, "platform", str_from("linux").get());
    module_add(sys, "byteorder", str_from("little").get());
    module_add(sys, "maxsize", int_from(INT64_MAX).get());
    module_add(sys, "maxunicode", int_from(0x10FFFF).get());
    module_add(sys, "dont_write_bytecode", True);

    Ref<> version_info = make_version_info();
    module_add(sys, "version", str_from("3.11.7 (minipy 0.1.0) [GCC " __VERSION__ "]").get());
    module_add(sys, "version_info", version_info.get());
    module_add(sys, "hexversion", int_from(kHexVersion).get());
    module_add(sys, "api_version", int_from(1013).get());
    module_add(sys, "implementation", make_implementation(version_info.get()).get());
    module_add(sys, "float_info", make_float_info().get());
    module_add(sys, "int_info", make_int_info().get());
    module_add(sys, "flags", make_flags().get());
    // The hash parameters: numbers hash as CPython's (modulo 2**61 - 1,
    // inf 314159, complex's imaginary multiplier); str and bytes use a
    // fixed-seed wyhash-style function with a 64-bit seed, not SipHash-1-3
    // (runtime/text/str.cpp).
    Ref<> modulus = int_from((std::int64_t{1} << 61) - 1);
    Ref<> algorithm = str_from("wyhash");
    module_add(sys, "hash_info",
               struct_seq_new(StructSeqKind::HashInfo,
                              {small_int(64), modulus.get(), int_from(314159).get(), small_int(0),
                               int_from(1000003).get(), algorithm.get(), small_int(64), small_int(64),
                               small_int(0)})
                   .get());
    module_add(sys, "float_repr_style", str_from("short").get());

    // PYTHONUNBUFFERED (CPython's -u) makes stdout and stderr write through,
    // which keeps their output in order when both go to one pipe. Done once,
    // before the streams are first written to.
    static bool buffering_set = false;
    if (!buffering_set) {
        buffering_set = true;
        const char* unbuffered = std::getenv("PYTHONUNBUFFERED");
        if (unbuffered && *unbuffered) {
            std::fflush(stdout);
            std::setvbuf(stdout, nullptr, _IONBF, 0);
        }
    }

    sys_set_standard_streams(sys);
    set_slot(current_sys, static_cast<Object*>(sys));
    return m;
}

}  // namespace minipy
