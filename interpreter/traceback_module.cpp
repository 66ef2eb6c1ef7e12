// _traceback: the C++ half of lib/traceback.py. It formats exceptions,
// tracebacks and stacks with the printer the interpreter reports uncaught
// exceptions with (traceback.cpp), so that traceback.print_exc() shows
// what an uncaught exception would, carets included.
#include "interpreter/traceback_module.hpp"

#include "interpreter/frame.hpp"
#include "interpreter/traceback.hpp"
#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/text/str.hpp"

#include <optional>
#include <string>

namespace minipy::interp {

namespace {

// `limit`: None, or an int (clamped to what a long holds).
bool limit_argument(Object* value, std::optional<long>& limit) {
    if (value == None) return true;
    std::int64_t n = 0;
    if (!index_to_i64(value, n)) return false;
    limit = static_cast<long>(n);
    return true;
}

// format_exception(value, tb, limit, chain, /)
Ref<> traceback_format_exception(Object*, const Args& args) {
    if (!check_no_keywords("format_exception", args) || !check_arg_range("format_exception", args, 4, 4))
        return nullptr;
    std::optional<long> limit;
    if (!limit_argument(args[2], limit)) return nullptr;
    int chain = is_true(args[3]);
    if (chain < 0) return nullptr;
    return format_exception_lines(args[0], args[1] == None ? nullptr : args[1], limit, chain != 0);
}

// format_exception_only(value, /)
Ref<> traceback_format_exception_only(Object*, const Args& args) {
    if (!check_no_keywords("format_exception_only", args) || !check_arg_range("format_exception_only", args, 1, 1))
        return nullptr;
    return format_exception_only_lines(args[0]);
}

// format_tb(tb, limit, /)
Ref<> traceback_format_tb(Object*, const Args& args) {
    if (!check_no_keywords("format_tb", args) || !check_arg_range("format_tb", args, 2, 2)) return nullptr;
    std::optional<long> limit;
    if (!limit_argument(args[1], limit)) return nullptr;
    if (args[0] != None && args[0]->type != &TracebackType)
        return raisef(exc::TypeError, "expected a traceback, not {}", type_name(args[0]));
    return format_traceback_entries(args[0], limit);
}

// format_stack(frame, limit, /)
Ref<> traceback_format_stack(Object*, const Args& args) {
    if (!check_no_keywords("format_stack", args) || !check_arg_range("format_stack", args, 2, 2)) return nullptr;
    if (args[0]->type != &FrameType) return raisef(exc::TypeError, "expected a frame, not {}", type_name(args[0]));
    std::optional<long> limit;
    if (!limit_argument(args[1], limit)) return nullptr;
    return format_stack_entries(cast<FrameObject>(args[0]), limit);
}

// source_line(filename, lineno, /): the line, stripped, or '' (linecache's
// getline as FrameSummary reads it).
Ref<> traceback_source_line(Object*, const Args& args) {
    if (!check_no_keywords("source_line", args) || !check_arg_range("source_line", args, 2, 2)) return nullptr;
    std::string filename;
    if (!str_text(args[0], filename)) return nullptr;
    std::int64_t lineno = 0;
    if (!index_to_i64(args[1], lineno)) return nullptr;
    std::string line;
    if (lineno <= 0 || lineno > INT32_MAX || !stripped_source_line(filename, static_cast<int>(lineno), line))
        line.clear();
    return str_from(line);
}

}  // namespace

Ref<Module> make_traceback_module() {
    Ref<Module> m = module_new("_traceback", ModuleOrigin::BuiltIn);
    add_module_functions(m.get(), {
                                      {"format_exception", traceback_format_exception},
                                      {"format_exception_only", traceback_format_exception_only},
                                      {"format_tb", traceback_format_tb},
                                      {"format_stack", traceback_format_stack},
                                      {"source_line", traceback_source_line},
                                  });
    return m;
}

}  // namespace minipy::interp
