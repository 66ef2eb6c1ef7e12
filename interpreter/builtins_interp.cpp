// The builtins that need the evaluator: exec, eval, compile, globals,
// locals, __import__, and the context of zero-argument super().
#include "interpreter/builtins_interp.hpp"

#include "compiler/compiler.hpp"
#include "interpreter/call.hpp"
#include "interpreter/import.hpp"
#include "interpreter/traceback.hpp"
#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/modules/modules.hpp"
#include "runtime/objects/buffer.hpp"
#include "runtime/objects/bytes.hpp"
#include "runtime/objects/cell.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/module.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/super.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

namespace minipy::interp {

namespace {

// The running frame's local namespace: the namespace dict of a module or
// class body, or a snapshot of a function's locals (as CPython's locals()).
Ref<> current_locals() {
    if (!current_frame) return share<Object>(builtins_dict);
    if (current_frame->namespace_) return share(current_frame->namespace_);
    return getattr(frame_object(*current_frame), "f_locals");
}

Ref<> builtin_globals(Object*, const Args& args) {
    if (!check_no_args("globals", args)) return nullptr;
    return share<Object>(current_frame ? current_frame->globals : builtins_dict);
}

Ref<> builtin_locals(Object*, const Args& args) {
    if (!check_no_args("locals", args)) return nullptr;
    return current_locals();
}

// The text of a source argument: str, or a bytes-like object (bytes,
// bytearray, memoryview) decoded as UTF-8, as CPython's source_as_string.
bool source_text(Object* source, const char* fname, std::string& out) {
    std::string_view raw;
    if (is_str(source)) {
        out = std::string(cast<Str>(source)->view());
    } else if (is_bytes_like(source)) {
        if (bytes_like(source, out, raw) < 0) return false;
        if (raw.data() != out.data()) out = std::string(raw);
    } else {
        raisef(exc::TypeError, "{}() arg 1 must be a string, bytes or code object", fname);
        return false;
    }
    if (out.find('\0') != std::string::npos) {
        raise(exc::SyntaxError, "source code string cannot contain null bytes");
        return false;
    }
    return true;
}

// `syntax_refs` (may be null) receives CompileResult::syntax_refs, for a
// caller that runs the code at once (exec and eval of a string).
Ref<CodeObject> compile_text(const std::string& text, const std::string& filename, CompileMode mode,
                             std::vector<Ref<>>* syntax_refs = nullptr) {
    CompileResult compiled = compile_source(text, filename, mode);
    if (compiled.error) {
        Ref<> exc = syntax_error_object(*compiled.error);
        if (exc) raise_chained(std::move(exc));
        return nullptr;
    }
    if (syntax_refs) *syntax_refs = std::move(compiled.syntax_refs);
    return std::move(compiled.code);
}

// exec/eval share the argument handling: source or code, globals, locals.
Ref<> run_code_argument(const char* fname, const Args& args, CompileMode mode) {
    static const ArgSpec exec_spec{"exec", {"source", "globals", "locals"}, 1, 3};
    static const ArgSpec eval_spec{"eval", {"source", "globals", "locals"}, 1, 3};
    Object* a[3];
    if (!parse_args(args, mode == CompileMode::Eval ? eval_spec : exec_spec, a)) return nullptr;
    Object* globals = a[1] && a[1] != None ? a[1] : nullptr;
    Object* locals = a[2] && a[2] != None ? a[2] : nullptr;
    if (globals && !is_dict(globals))
        return raisef(exc::TypeError, "{}() globals must be a dict, not {}", fname, type_name(globals));
    Ref<> default_locals;
    if (!globals) {
        globals = current_frame ? static_cast<Object*>(current_frame->globals) : builtins_dict;
        if (!locals) {
            default_locals = current_locals();
            if (!default_locals) return nullptr;
            locals = default_locals.get();
        }
    }
    if (!locals) locals = globals;
    if (!is_dict(locals)) return raisef(exc::TypeError, "locals must be a mapping");
    Dict* g = cast<Dict>(globals);
    if (!dict_get(g, "__builtins__") && dict_set(g, "__builtins__", builtins_dict) < 0) return nullptr;

    Ref<CodeObject> code;
    std::vector<Ref<>> syntax_refs;  // alive while a string's code runs
    if (a[0]->type == &CodeType) {
        code = share(cast<CodeObject>(a[0]));
    } else {
        std::string text;
        if (!source_text(a[0], fname, text)) return nullptr;
        if (mode == CompileMode::Eval) {
            // eval() ignores leading spaces and tabs, as CPython does.
            std::size_t start = text.find_first_not_of(" \t");
            text = start == std::string::npos ? std::string() : text.substr(start);
        }
        code = compile_text(text, "<string>", mode, &syntax_refs);
        if (!code) return nullptr;
    }
    Ref<> result = run_module_code(code.get(), g, locals);
    syntax_refs.clear();
    if (!result) return nullptr;
    if (mode == CompileMode::Eval) return result;
    return none();
}

Ref<> builtin_exec(Object*, const Args& args) { return run_code_argument("exec", args, CompileMode::File); }
Ref<> builtin_eval(Object*, const Args& args) { return run_code_argument("eval", args, CompileMode::Eval); }

// compile(source, filename, mode): a code object for exec/eval.
Ref<> builtin_compile(Object*, const Args& args) {
    static const ArgSpec spec{"compile", {"source", "filename", "mode", "flags", "dont_inherit", "optimize"}, 3};
    Object* a[6];
    if (!parse_args(args, spec, a)) return nullptr;
    std::string text;
    if (!source_text(a[0], "compile", text)) return nullptr;
    std::string filename;
    if (!str_text(a[1], filename)) return nullptr;
    if (!is_str(a[2])) return raise(exc::TypeError, "compile() mode must be str");
    std::string_view mode = cast<Str>(a[2])->view();
    CompileMode m;
    if (mode == "exec") m = CompileMode::File;
    else if (mode == "eval") m = CompileMode::Eval;
    else if (mode == "single") m = CompileMode::Single;
    else return raise(exc::ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    return compile_text(text, filename, m);
}

// __import__(name, globals=None, locals=None, fromlist=(), level=0)
Ref<> builtin_import(Object*, const Args& args) {
    static const ArgSpec spec{"__import__", {"name", "globals", "locals", "fromlist", "level"}, 1};
    Object* a[5];
    if (!parse_args(args, spec, a)) return nullptr;
    if (!is_str(a[0])) return raisef(exc::TypeError, "__import__() argument 1 must be str, not {}", type_name(a[0]));
    std::int64_t level = 0;
    if (a[4] && !index_to_i64(a[4], level)) return nullptr;
    if (!current_frame) return raise(exc::ImportError, "__import__ outside of any frame");
    Ref<> module = import_module(*current_frame, cast<Str>(a[0]), static_cast<int>(level));
    if (!module) return nullptr;
    // Without a fromlist the top-level package is returned.
    bool has_fromlist = a[3] && a[3] != None && is_true(a[3]) > 0;
    std::string_view name = cast<Str>(a[0])->view();
    if (!has_fromlist && level == 0 && name.find('.') != std::string_view::npos)
        return share(dict_get(sys_modules, name.substr(0, name.find('.'))));
    return module;
}

// super() without arguments: the __class__ cell and the first argument of
// the calling method (CPython's super_init_without_args).
bool zero_argument_super(Type** type, Object** obj) {
    Frame* frame = current_frame;
    if (!frame || !frame->code) {
        raise(exc::RuntimeError, "super(): no current frame");
        return false;
    }
    CodeObject* code = frame->code;
    if (code->argcount == 0 && !code->has_varargs) {
        raise(exc::RuntimeError, "super(): no arguments");
        return false;
    }
    Object* first = frame->slots[0];
    for (int p : *code->cell_params)
        if (p == 0 && first) first = cast<Cell>(first)->value;
    if (!first) {
        raise(exc::RuntimeError, "super(): arg[0] deleted");
        return false;
    }
    for (int i = code->first_free; i < code->first_temp; ++i) {
        if (code->slot_name(i) != "__class__") continue;
        Object* cls = cast<Cell>(frame->slots[i])->value;
        if (!cls) {
            raise(exc::RuntimeError, "super(): empty __class__ cell");
            return false;
        }
        if (!is_type(cls)) {
            raisef(exc::RuntimeError, "super(): __class__ is not a type ({})", type_name(cls));
            return false;
        }
        *type = cast<Type>(cls);
        *obj = first;
        return true;
    }
    raise(exc::RuntimeError, "super(): __class__ cell not found");
    return false;
}

// sys._getframe(depth=0, /): the frame `depth` calls above the caller's
// (CPython's sys__getframe_impl); frames of native functions are not
// counted, as CPython has none for them.
Ref<> sys_getframe(Object*, const Args& args) {
    if (!check_no_keywords("sys._getframe", args) || !check_arg_range("_getframe", args, 0, 1)) return nullptr;
    std::int64_t depth = 0;
    if (args.size() == 1 && !index_to_i64(args[0], depth)) return nullptr;
    Frame* frame = current_frame;
    for (; frame && depth > 0; --depth) frame = frame->back;
    if (!frame) return raise(exc::ValueError, "call stack is not deep enough");
    return share<Object>(frame_object(*frame));
}

}  // namespace

void add_interpreter_sys_functions(Module* sys) { add_module_functions(sys, {{"_getframe", sys_getframe}}); }

void add_interpreter_builtins(Module* builtins) {
    add_module_functions(builtins, {
                                       {"exec", builtin_exec},
                                       {"eval", builtin_eval},
                                       {"compile", builtin_compile},
                                       {"globals", builtin_globals},
                                       {"locals", builtin_locals},
                                       {"__import__", builtin_import},
                                   });
    builtins_locals_provider = current_locals;
    current_globals_hook = [] { return current_frame ? current_frame->globals : nullptr; };
    super_context = zero_argument_super;
}

}  // namespace minipy::interp
