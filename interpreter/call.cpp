// Calling Python functions: argument binding (CPython's initialize_locals,
// with its error messages) and frame execution.
#include "interpreter/call.hpp"

#include "interpreter/generator.hpp"
#include "interpreter/nodes.hpp"
#include "interpreter/run_frame.hpp"
#include "interpreter/slot_stack.hpp"
#include "interpreter/stmt_nodes.hpp"
#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/recursion.hpp"
#include "runtime/objects/bound_method.hpp"
#include "runtime/objects/cell.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/function.hpp"
#include "runtime/objects/module.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

#include <memory>
#include <string>
#include <vector>

namespace minipy::interp {

Dict* builtins_dict = nullptr;

std::string function_str(Object* callable) {
    Ref<> saved = take_error();
    std::string result;
    Ref<> qualname = getattr_optional(callable, intern("__qualname__"));
    if (qualname && is_str(qualname.get())) {
        Ref<> module = getattr_optional(callable, intern("__module__"));
        if (module && is_str(module.get()) && cast<Str>(module.get())->view() != "builtins")
            result = fmt::format("{}.{}()", cast<Str>(module.get())->view(), cast<Str>(qualname.get())->view());
        else
            result = fmt::format("{}()", cast<Str>(qualname.get())->view());
    } else {
        std::string text;
        result = str_text(callable, text) ? text : std::string(type_name(callable));
    }
    clear_error();
    if (saved) set_error(std::move(saved));
    return result;
}

// --------------------------------------------------------------- binding

namespace {

std::string_view qualname_of(Function* fn) { return fn->qualname->view(); }

// 'a', 'a' and 'b', 'a', 'b', and 'c'
std::string name_list(const std::vector<std::string_view>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
        out += '\'';
        out += names[i];
        out += '\'';
    }
    return out;
}

void raise_missing(Function* fn, const std::vector<std::string_view>& names, const char* kind) {
    raisef(exc::TypeError, "{}() missing {} required {} argument{}: {}", qualname_of(fn), names.size(), kind,
           names.size() == 1 ? "" : "s", name_list(names));
}

void raise_too_many_positional(Function* fn, CodeObject* code, std::size_t given, std::size_t kwonly_given) {
    const int ndefaults = fn->defaults ? static_cast<int>(fn->defaults->length()) : 0;
    const int max = code->argcount;
    const int min = max - ndefaults;
    std::string takes = min < max ? fmt::format("from {} to {}", min, max) : std::to_string(max);
    bool plural = min < max || max != 1;
    std::string kwonly;
    if (kwonly_given)
        kwonly = fmt::format(" positional argument{} (and {} keyword-only argument{})", given == 1 ? "" : "s",
                             kwonly_given, kwonly_given == 1 ? "" : "s");
    raisef(exc::TypeError, "{}() takes {} positional argument{} but {}{} {} given", qualname_of(fn), takes,
           plural ? "s" : "", given, kwonly, given == 1 && !kwonly_given ? "was" : "were");
}

// Binds `args` to the first slots of a frame for `fn`. On error, slots
// already filled are left for the caller to release.
//
// `owned` (may be null) holds the caller's references to args.values, which
// binding consumes, as CPython 3.11's initialize_locals does: a parameter
// takes the caller's reference instead of adding one, and values collected
// into *args and **kwargs are dropped by the caller once the container holds
// them. Entries not consumed (on error) stay with the caller.
[[gnu::noinline]] bool bind_arguments_in_general(Function* fn, CodeObject* code, const Args& args, Object** slots,
                                                  Ref<>* owned) {
    const int argcount = code->argcount;
    const int total = argcount + code->kwonly_count;
    const std::size_t npos = args.count;
    Tuple* const varnames = code->varnames;

    // The reference for args.values[i]: the caller's own, or a new one.
    auto take = [&](std::size_t i) { return owned ? owned[i].release() : share(args.values[i]).release(); };
    auto drop = [&](std::size_t i) {
        if (owned) owned[i].reset();
    };

    const std::size_t direct = std::min<std::size_t>(npos, static_cast<std::size_t>(argcount));
    for (std::size_t i = 0; i < direct; ++i) slots[i] = take(i);

    int next_slot = total;
    if (code->has_varargs) {
        std::int64_t extra = npos > direct ? static_cast<std::int64_t>(npos - direct) : 0;
        slots[next_slot++] = tuple_from_array(args.values + direct, extra).release();
        for (std::size_t i = direct; i < npos; ++i) drop(i);
    } else if (npos > direct) {
        std::size_t kwonly_given = 0;
        for (std::size_t k = 0; k < args.kw_count(); ++k) {
            std::string_view kw = args.kw_name(k)->view();
            for (int i = argcount; i < total; ++i)
                if (cast<Str>((*varnames)[i])->view() == kw) ++kwonly_given;
        }
        raise_too_many_positional(fn, code, npos, kwonly_given);
        return false;
    }
    Dict* kwargs = nullptr;
    if (code->has_varkw) {
        kwargs = dict_new().release();
        slots[next_slot] = kwargs;
    }

    std::vector<std::string_view> posonly_as_keyword;
    for (std::size_t k = 0; k < args.kw_count(); ++k) {
        Str* kw = args.kw_name(k);
        Object* value = args.kw_value(k);
        int index = -1;
        for (int i = code->posonly_count; i < total; ++i) {
            if (str_equal(cast<Str>((*varnames)[i]), kw)) {
                index = i;
                break;
            }
        }
        if (index < 0) {
            if (kwargs) {
                if (dict_set(kwargs, kw, value) < 0) return false;
                drop(args.count + k);
                continue;
            }
            for (int i = 0; i < code->posonly_count; ++i)
                if (str_equal(cast<Str>((*varnames)[i]), kw)) posonly_as_keyword.push_back(kw->view());
            if (!posonly_as_keyword.empty()) continue;
            raisef(exc::TypeError, "{}() got an unexpected keyword argument '{}'", qualname_of(fn),
                   StrUtf8(kw).view());
            return false;
        }
        if (slots[index]) {
            raisef(exc::TypeError, "{}() got multiple values for argument '{}'", qualname_of(fn), kw->view());
            return false;
        }
        slots[index] = take(args.count + k);
    }
    if (!posonly_as_keyword.empty()) {
        std::string names;
        for (std::size_t i = 0; i < posonly_as_keyword.size(); ++i)
            names += (i ? ", '" : "'") + std::string(posonly_as_keyword[i]) + "'";
        raisef(exc::TypeError, "{}() got some positional-only arguments passed as keyword arguments: {}",
               qualname_of(fn), names);
        return false;
    }

    // Defaults fill the missing trailing positional parameters.
    const int ndefaults = fn->defaults ? static_cast<int>(fn->defaults->length()) : 0;
    const int first_default = argcount - ndefaults;
    std::vector<std::string_view> missing;
    for (int i = static_cast<int>(direct); i < argcount; ++i) {
        if (slots[i]) continue;
        if (i >= first_default) slots[i] = share((*fn->defaults)[i - first_default]).release();
        else missing.push_back(cast<Str>((*varnames)[i])->view());
    }
    if (!missing.empty()) {
        raise_missing(fn, missing, "positional");
        return false;
    }
    for (int i = argcount; i < total; ++i) {
        if (slots[i]) continue;
        Object* fallback = fn->kwdefaults ? dict_get(fn->kwdefaults, (*varnames)[i]) : nullptr;
        if (fallback) slots[i] = share(fallback).release();
        else missing.push_back(cast<Str>((*varnames)[i])->view());
    }
    if (!missing.empty()) {
        raise_missing(fn, missing, "keyword-only");
        return false;
    }
    return true;
}

// The common call, exactly the positional parameters and nothing else,
// binds here; any other goes out of line, so that a call's C++ frame stays
// small (deep recursion touches that much stack per Python call).
bool bind_arguments(Function* fn, CodeObject* code, const Args& args, Object** slots, Ref<>* owned) {
    const std::size_t npos = args.count;
    if (args.kwnames || npos != static_cast<std::size_t>(code->argcount) || code->kwonly_count || code->has_varargs ||
        code->has_varkw)
        return bind_arguments_in_general(fn, code, args, slots, owned);
    for (std::size_t i = 0; i < npos; ++i) slots[i] = owned ? owned[i].release() : share(args.values[i]).release();
    return true;
}

}  // namespace

void setup_cells_and_free_variables(CodeObject* code, Object** slots, Tuple* closure) {
    for (int p : *code->cell_params) slots[p] = cell_new(adopt(slots[p]).get()).release();
    for (int i = code->first_cell; i < code->first_free; ++i) slots[i] = cell_new(nullptr).release();
    for (int i = code->first_free; i < code->first_temp; ++i) slots[i] = share((*closure)[i - code->first_free]).release();
}

Ref<> execute_frame(Frame& frame) { return run_frame(frame); }

Ref<> run_function_in_slots(Function* fn, CodeObject* code, Object** slots) {
    if (code->is_generator) {
        setup_cells(code, slots, fn->closure);
        return generator_new(fn, slots);
    }
    return run_plain_function_in_slots(fn, code, slots);
}

namespace {

Ref<> run_function(Function* fn, const Args& args, Ref<>* owned) {
    CodeObject* code = cast<CodeObject>(fn->code);
    SlotBuffer buffer(code->nslots);
    Object** slots = buffer.data();
    if (!bind_arguments(fn, code, args, slots, owned)) {
        release_slots(slots, code->nslots);
        return nullptr;
    }
    return run_function_in_slots(fn, code, slots);
}

}  // namespace

Ref<> call_function(Object* callable, const Args& args) { return run_function(cast<Function>(callable), args, nullptr); }

Ref<> run_function_prepended(Function* fn, Object* first, const Args& args) {
    CodeObject* code = cast<CodeObject>(fn->code);
    const std::size_t count = args.count + 1;
    if (binds_positionally(code, count)) {
        SlotBuffer buffer(code->nslots);
        Object** slots = buffer.data();
        slots[0] = share(first).release();
        for (std::size_t i = 0; i < args.count; ++i) slots[i + 1] = share(args.values[i]).release();
        return run_function_in_slots(fn, code, slots);
    }
    std::vector<Object*> argv;
    argv.reserve(count);
    argv.push_back(first);
    argv.insert(argv.end(), args.values, args.values + args.count);
    return run_function(fn, Args{argv.data(), count, nullptr}, nullptr);
}

// CALL unpacks a bound method of a Python function: self becomes the first
// argument and the method object itself is released before the function
// runs. Out of line, so that a plain call's C++ frame has no room for the
// unpacked arguments.
[[gnu::noinline]] static Ref<> call_bound_method_consuming(Ref<> callable, BoundMethod* method, const Args& args,
                                                           Ref<>* owned) {
    Ref<> function = share(method->function);
    const std::size_t total = args.count + args.kw_count();
    ArgBuffer unpacked(total + 1);
    unpacked.push(share(method->self));
    for (std::size_t i = 0; i < total; ++i) {
        unpacked.push(std::move(owned[i]));
        unpacked.values()[i + 1] = args.values[i];  // owned[i] may be null where the caller kept it
    }
    callable.reset();
    return run_function(cast<Function>(function.get()), Args{unpacked.values(), args.count + 1, args.kwnames},
                        unpacked.refs());
}

Ref<> call_consuming(Ref<> callable, const Args& args, Ref<>* owned) {
    if (callable->type == &FunctionType) return run_function(cast<Function>(callable.get()), args, owned);
    auto* method = callable->type == &BoundMethodType ? cast<BoundMethod>(callable.get()) : nullptr;
    if (!method || method->function->type != &FunctionType) return call(callable.get(), args);
    return call_bound_method_consuming(std::move(callable), method, args, owned);
}

// The builtins of code run over `globals` (CPython's
// _PyEval_BuiltinsFromGlobals): the dict that globals['__builtins__'] is, or
// that module's dict, else the interpreter's. Any other value (the
// `{"__builtins__": None}` of a restricted eval) leaves the code with no
// builtins, an empty dict: CPython would index that value as a mapping,
// which for None fails with a TypeError where minipy's lookups give a
// NameError (tests/golden/DEVIATIONS.md).
static Ref<Dict> builtins_from_globals(Dict* globals) {
    Object* value = dict_get(globals, "__builtins__");
    if (!value) return error_pending() ? nullptr : share(builtins_dict);
    if (is_module(value)) return share(cast<Module>(value)->dict);
    if (is_dict(value)) return share(cast<Dict>(value));
    return dict_new();
}

Ref<> run_module_code(CodeObject* code, Dict* globals, Object* ns) {
    Ref<Dict> builtins = builtins_from_globals(globals);  // alive while the code runs
    if (!builtins) return nullptr;
    SlotBuffer buffer(code->nslots);
    Frame frame;
    frame.code = code;
    frame.slots = buffer.data();
    frame.globals = globals;
    frame.builtins = builtins.get();
    frame.namespace_ = ns;
    return execute_frame(frame);
}

}  // namespace minipy::interp
