// sys.excepthook and sys.displayhook (sys_hooks.hpp).
#include "interpreter/sys_hooks.hpp"
#include "interpreter/call.hpp"
#include "interpreter/interpreter.hpp"
#include "interpreter/traceback.hpp"
#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/modules/modules.hpp"
#include "runtime/objects/builtin_function.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/module.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/text/str.hpp"

#include <cstdio>
#include <string>

namespace minipy::interp {

namespace {

// PyErr_Display: the traceback to stderr, unless sys.stderr is None.
void display_exception(Object* exc) {
    if (sys_attribute("stderr") == None) return;
    print_exception(exc);
}

// sys.excepthook(exctype, value, traceback, /): prints the exception with
// its traceback (given one, a value that has none takes it first, so that
// it is shown).
Ref<> sys_excepthook(Object*, const Args& args) {
    if (!check_no_keywords("sys.excepthook", args) || !check_arg_range("excepthook", args, 3, 3)) return nullptr;
    Object* value = args[1];
    Object* traceback = args[2];
    if (is_exception(value) && traceback->type == &TracebackType && !cast<ExceptionObject>(value)->traceback)
        set_slot(cast<ExceptionObject>(value)->traceback, traceback);
    display_exception(value);
    return none();
}

// sys.displayhook(object, /): prints repr(object) to sys.stdout unless it
// is None, and keeps it as builtins._ (set to None first, so that the repr
// does not see the previous value).
Ref<> sys_displayhook(Object*, const Args& args) {
    if (!check_one_arg("sys.displayhook", args)) return nullptr;
    Object* value = args[0];
    if (value == None) return none();
    if (dict_set(builtins_dict, "_", None) < 0) return nullptr;
    Object* out = sys_attribute("stdout");
    if (!out || out == None) return raise(exc::RuntimeError, "lost sys.stdout");
    Ref<> hold = share(out);
    std::string text;
    if (!repr_text(value, text)) return nullptr;
    text += "\n";
    Ref<> line = str_from(text);
    if (!call_method(out, "write", {line.get()})) return nullptr;
    if (dict_set(builtins_dict, "_", value) < 0) return nullptr;
    return none();
}

bool is_builtin(Object* o, NativeFn fn) {
    return o->type == &BuiltinFunctionType && cast<BuiltinFunction>(o)->def->fn == fn;
}

}  // namespace

void add_sys_hooks(Module* sys) {
    add_module_functions(sys, {{"excepthook", sys_excepthook}, {"displayhook", sys_displayhook}});
    Dict* d = sys->dict;
    // Start-up, str keys: cannot fail.
    (void)dict_set(d, "__excepthook__", dict_get(d, "excepthook"));
    (void)dict_set(d, "__displayhook__", dict_get(d, "displayhook"));
}

std::optional<int> report_through_excepthook(Ref<> exc) {
    Object* hook = sys_attribute("excepthook");
    if (!hook) {
        std::fflush(stdout);
        std::fputs("sys.excepthook is missing\n", stderr);
        display_exception(exc.get());
        return std::nullopt;
    }
    if (is_builtin(hook, sys_excepthook)) {
        display_exception(exc.get());
        return std::nullopt;
    }
    Ref<> hold = share(hook);
    Object* traceback = is_exception(exc.get()) ? cast<ExceptionObject>(exc.get())->traceback : nullptr;
    Object* type = exc->type;
    if (call(hook, {type, exc.get(), traceback ? traceback : None})) return std::nullopt;
    if (std::optional<int> code = handle_system_exit()) return code;
    Ref<> failure = take_error();
    std::fflush(stdout);
    std::fputs("Error in sys.excepthook:\n", stderr);
    display_exception(failure.get());
    std::fputs("\nOriginal exception was:\n", stderr);
    display_exception(exc.get());
    return std::nullopt;
}

bool display_value(Object* value) {
    Object* hook = sys_attribute("displayhook");
    if (!hook) {
        raise(exc::RuntimeError, "lost sys.displayhook");
        return false;
    }
    Ref<> hold = share(hook);
    return static_cast<bool>(call(hook, {value}));
}

}  // namespace minipy::interp
