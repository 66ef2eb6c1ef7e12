// BaseException and the builtin exception classes (CPython's Objects/exceptions.c).
#include "runtime/objects/exceptions.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <climits>
#include <cstddef>

namespace minipy {

namespace exc {
#define X(name, base)   \
    static Type name##_type; \
    Type* const name = &name##_type;
MINIPY_EXCEPTIONS(X)
#undef X
}  // namespace exc

static ExceptionObject* as_exc(Object* o) { return cast<ExceptionObject>(o); }

// ------------------------------------------------------------- lifetime

// Fields in the order of CPython's BaseException_clear, which
// BaseException_traverse follows too. (Both also name a `notes` field after
// args, which 3.11 leaves unused: __notes__ lives in the dict, as here.)
static void exception_clear(Object* o) {
    ExceptionObject* e = as_exc(o);
    clear_slot(e->dict);
    clear_slot(e->args);
    clear_slot(e->traceback);
    clear_slot(e->cause);
    clear_slot(e->context);
}

// CPython's BaseException_dealloc: clear, which keeps nothing.
static void exception_destroy(Object* o) {
    exception_clear(o);
    delete_object(as_exc(o));
}

static void exception_traverse(Object* o, VisitFn visit, void* arg) {
    ExceptionObject* e = as_exc(o);
    visit_instance_dict(e->dict, visit, arg);
    visit_field(e->args, visit, arg);
    visit_field(e->traceback, visit, arg);
    visit_field(e->cause, visit, arg);
    visit_field(e->context, visit, arg);
}

// BaseException.__new__: any arguments are accepted and kept in .args.
static Ref<> exception_new_slot(Type* type, const Args& args) {
    auto e = new_object<ExceptionObject>(type);
    e->args = tuple_from_array(args.values, static_cast<std::int64_t>(args.size())).release();
    gc_track(e.get());
    return e;
}

Type* os_error_subclass(int errnum) {
    switch (errnum) {
        case EAGAIN: case EALREADY: case EINPROGRESS: return exc::BlockingIOError;
        case ECHILD: return exc::ChildProcessError;
        case EPIPE: case ESHUTDOWN: return exc::BrokenPipeError;
        case ECONNABORTED: return exc::ConnectionAbortedError;
        case ECONNREFUSED: return exc::ConnectionRefusedError;
        case ECONNRESET: return exc::ConnectionResetError;
        case EINTR: return exc::InterruptedError;
        case ESRCH: return exc::ProcessLookupError;
        case ENOENT: return exc::FileNotFoundError;
        case EEXIST: return exc::FileExistsError;
        case EISDIR: return exc::IsADirectoryError;
        case ENOTDIR: return exc::NotADirectoryError;
        case EACCES:
        case EPERM: return exc::PermissionError;
        case ETIMEDOUT: return exc::TimeoutError;
        default: return exc::OSError;
    }
}

// OSError.__new__: OSError(errno, strerror, ...) itself makes the subclass
// for errno (FileNotFoundError for ENOENT, ...), as CPython's does (PEP 3151).
static Ref<> os_error_new_slot(Type* type, const Args& args) {
    if (type == exc::OSError && args.size() >= 2 && args.size() <= 5 && is_int(args[0])) {
        if (auto errnum = int_to_i64(cast<Int>(args[0])); errnum && *errnum >= INT_MIN && *errnum <= INT_MAX)
            type = os_error_subclass(static_cast<int>(*errnum));
    }
    return exception_new_slot(type, args);
}

static int exception_init(Object* self, const Args& args) {
    if (args.has_keywords())
        return raisef(exc::TypeError, "{}() takes no keyword arguments", type_name(self)), -1;
    steal_into(as_exc(self)->args, tuple_from_array(args.values, static_cast<std::int64_t>(args.size())));
    return 0;
}

Ref<> exception_new(Type* type, const Args& args) { return call(type, args); }

Ref<> exception_with_message(Type* type, std::string_view message) {
    Ref<> text = str_from(message);
    Object* argv[] = {text.get()};
    return exception_new(type, Args{argv, 1, nullptr});
}

// ---------------------------------------------------------------- repr/str

static Tuple* args_of(Object* o) { return as_exc(o)->args; }

// str(e): '' for no args, str(arg) for one, str(args) for several.
static Ref<> exception_str_slot(Object* o) {
    Tuple* args = args_of(o);
    if (!args || args->length() == 0) return str_from("");
    if (args->length() == 1) return str((*args)[0]);
    return str(args);
}

// ValueError('bad'), KeyError(1, 2), ZeroDivisionError()
static Ref<> exception_repr(Object* o) {
    Tuple* args = args_of(o);
    std::string inner;
    if (args && args->length() == 1) {
        if (!repr_text((*args)[0], inner)) return nullptr;
    } else if (args && args->length() > 1) {
        if (!repr_text(args, inner)) return nullptr;
    }
    if (args && args->length() > 1) return str_from(fmt::format("{}{}", type_name(o), inner));
    return str_from(fmt::format("{}({})", type_name(o), inner));
}

// KeyError shows the repr of a lone key: KeyError: 'x'
static Ref<> key_error_str(Object* o) {
    Tuple* args = args_of(o);
    if (args && args->length() == 1) return repr((*args)[0]);
    return exception_str_slot(o);
}

Ref<> exception_str(Object* exc) { return str(exc); }

// ------------------------------------------------------------- attributes

static Ref<> get_args(Object* o) {
    Tuple* args = args_of(o);
    return args ? Ref<>(share<Object>(args)) : Ref<>(empty_tuple());
}
static int set_args(Object* o, Object* value) {
    if (!value) return raise(exc::TypeError, "args may not be deleted"), -1;
    Ref<Tuple> t;
    if (is_tuple(value)) {
        t = share(cast<Tuple>(value));
    } else {
        Ref<> seq = call(&TupleType, {value});
        if (!seq) return -1;
        t = cast<Tuple>(std::move(seq));
    }
    steal_into(as_exc(o)->args, std::move(t));
    return 0;
}

static Ref<> or_none(Object* o) { return share(o ? o : None); }

static Ref<> get_traceback(Object* o) { return or_none(as_exc(o)->traceback); }
static int set_traceback(Object* o, Object* value) {
    if (!value) return raise(exc::TypeError, "__traceback__ may not be deleted"), -1;
    if (value == None) value = nullptr;
    set_slot(as_exc(o)->traceback, value);
    return 0;
}

static Ref<> get_context(Object* o) { return or_none(as_exc(o)->context); }
static int set_context(Object* o, Object* value) {
    if (!value) return raise(exc::TypeError, "__context__ may not be deleted"), -1;
    if (value == None) value = nullptr;
    else if (!is_exception(value))
        return raise(exc::TypeError, "exception context must be None or derive from BaseException"), -1;
    set_slot(as_exc(o)->context, value);
    return 0;
}

static Ref<> get_cause(Object* o) { return or_none(as_exc(o)->cause); }
static int set_cause(Object* o, Object* value) {
    if (!value) return raise(exc::TypeError, "__cause__ may not be deleted"), -1;
    if (value == None) value = nullptr;
    else if (!is_exception(value))
        return raise(exc::TypeError, "exception cause must be None or derive from BaseException"), -1;
    set_slot(as_exc(o)->cause, value);
    as_exc(o)->suppress_context = true;
    return 0;
}

static Ref<> get_suppress_context(Object* o) { return bool_from(as_exc(o)->suppress_context); }
static int set_suppress_context(Object* o, Object* value) {
    if (!value) return raise(exc::TypeError, "__suppress_context__ may not be deleted"), -1;
    int truth = is_true(value);
    if (truth < 0) return -1;
    as_exc(o)->suppress_context = truth != 0;
    return 0;
}

// add_note(note): appends to the __notes__ list (created on first use), which
// the traceback printer shows after the message (PEP 678).
static Ref<> exception_add_note(Object* self, const Args& args) {
    if (!check_one_arg("add_note", args)) return nullptr;
    Object* note = args[0];
    if (!is_str(note)) return raisef(exc::TypeError, "note must be a str, not '{}'", type_name(note));
    Ref<> notes = getattr_optional(self, intern("__notes__"));
    if (!notes) {
        if (error_pending()) return nullptr;
        notes = list_new();
        if (setattr(self, intern("__notes__"), notes.get()) < 0) return nullptr;
    } else if (!is_list(notes.get())) {
        return raise(exc::TypeError, "Cannot add note: __notes__ is not a list");
    }
    if (!list_append(cast<List>(notes.get()), note)) return nullptr;
    return none();
}

static Ref<> exception_with_traceback(Object* self, const Args& args) {
    if (!check_one_arg("with_traceback", args)) return nullptr;
    if (set_traceback(self, args[0]) < 0) return nullptr;
    return share(self);
}

// __reduce__(): (type, args) or, once the exception has attributes,
// (type, args, __dict__), which copy and pickle rebuild it from.
static Ref<> exception_reduce(Object* self, const Args& args) {
    if (!check_no_args("BaseException.__reduce__", args)) return nullptr;
    Ref<> exc_args = args_of(self) ? share<Object>(args_of(self)) : Ref<>(empty_tuple());
    if (!cast<ExceptionObject>(self)->dict) return tuple_from({self->type, exc_args.get()});
    Ref<> d = instance_expose_dict(self);
    if (!d) return nullptr;
    return tuple_from({self->type, exc_args.get(), d.get()});
}

// __setstate__(state): each item of the state dict becomes an attribute.
static Ref<> exception_setstate(Object* self, const Args& args) {
    if (!check_one_arg("BaseException.__setstate__", args)) return nullptr;
    Object* state = args[0];
    if (state == None) return none();
    if (!is_dict(state)) return raise(exc::TypeError, "state is not a dictionary");
    Object* key;
    Object* value;
    for (std::int64_t pos = 0; dict_next(cast<Dict>(state), pos, &key, &value);) {
        Ref<> keep_key = share(key), keep_value = share(value);
        if (!is_str(key))
            return raisef(exc::TypeError, "attribute name must be string, not '{}'", type_name(key));
        if (setattr(self, cast<Str>(key), value) < 0) return nullptr;
    }
    return none();
}

// ------------------------------------------- class-specific constructors
//
// Each stores its extra fields as instance attributes, which is where CPython
// scripts read them from (e.value, e.code, e.errno, e.lineno …).

static int set_attr(Object* self, std::string_view name, Object* value) {
    Dict* d = instance_dict(self, /*create=*/true);
    return dict_set(d, name, value ? value : None);
}

static int stop_iteration_init(Object* self, const Args& args) {
    if (exception_init(self, args) < 0) return -1;
    return set_attr(self, "value", args.size() > 0 ? args[0] : None);
}

static int system_exit_init(Object* self, const Args& args) {
    if (exception_init(self, args) < 0) return -1;
    if (args.size() == 0) return set_attr(self, "code", None);
    if (args.size() == 1) return set_attr(self, "code", args[0]);
    return set_attr(self, "code", args_of(self));
}

// OSError(errno, strerror[, filename]) — the shape CPython prints as
// "[Errno 2] No such file or directory: 'x.txt'".
static int os_error_init(Object* self, const Args& args) {
    if (exception_init(self, args) < 0) return -1;
    bool full = args.size() >= 2 && args.size() <= 5;
    if (set_attr(self, "errno", full ? args[0] : None) < 0) return -1;
    if (set_attr(self, "strerror", full ? args[1] : None) < 0) return -1;
    if (set_attr(self, "filename", full && args.size() >= 3 ? args[2] : None) < 0) return -1;
    // OSError(errno, strerror, filename, winerror, filename2): rename's two paths.
    if (set_attr(self, "filename2", full && args.size() >= 5 ? args[4] : None) < 0) return -1;
    if (full && args.size() >= 3) {
        // CPython keeps only (errno, strerror) in .args when a filename is given.
        steal_into(as_exc(self)->args, tuple_from({args[0], args[1]}));
    }
    return 0;
}

static Ref<> os_error_str(Object* self) {
    Dict* d = instance_dict(self, false);
    Object* errnum = d ? dict_get(d, "errno") : nullptr;
    Object* strerror = d ? dict_get(d, "strerror") : nullptr;
    Object* filename = d ? dict_get(d, "filename") : nullptr;
    if (errnum && strerror && errnum != None && strerror != None) {
        std::string num, text;
        if (!str_text(errnum, num) || !str_text(strerror, text)) return nullptr;
        if (filename && filename != None) {
            std::string file;
            if (!repr_text(filename, file)) return nullptr;
            Object* filename2 = dict_get(d, "filename2");
            if (filename2 && filename2 != None) {
                std::string file2;
                if (!repr_text(filename2, file2)) return nullptr;
                return str_from(fmt::format("[Errno {}] {}: {} -> {}", num, text, file, file2));
            }
            return str_from(fmt::format("[Errno {}] {}: {}", num, text, file));
        }
        return str_from(fmt::format("[Errno {}] {}", num, text));
    }
    return exception_str_slot(self);
}

// SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset))
static int syntax_error_init(Object* self, const Args& args) {
    if (exception_init(self, args) < 0) return -1;
    static const char* const kFields[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
    if (set_attr(self, "msg", args.size() >= 1 ? args[0] : None) < 0) return -1;
    Tuple* info = args.size() >= 2 && is_tuple(args[1]) ? cast<Tuple>(args[1]) : nullptr;
    for (std::size_t i = 0; i < 6; ++i) {
        Object* v = info && static_cast<std::int64_t>(i) < info->length() ? (*info)[i] : None;
        if (set_attr(self, kFields[i], v) < 0) return -1;
    }
    return set_attr(self, "print_file_and_line", None);
}

// "invalid syntax (x.py, line 3)"
static Ref<> syntax_error_str(Object* self) {
    Dict* d = instance_dict(self, false);
    Object* msg = d ? dict_get(d, "msg") : nullptr;
    if (!msg) return exception_str_slot(self);
    std::string text;
    if (!str_text(msg, text)) return nullptr;
    Object* filename = dict_get(d, "filename");
    Object* lineno = dict_get(d, "lineno");
    bool have_file = filename && is_str(filename);
    bool have_line = lineno && is_int(lineno);
    std::string line;
    if (have_line && !str_text(lineno, line)) return nullptr;
    if (have_file) {
        std::string_view file = cast<Str>(filename)->view();
        std::size_t slash = file.rfind('/');
        if (slash != std::string_view::npos) file = file.substr(slash + 1);
        if (have_line) return str_from(fmt::format("{} ({}, line {})", text, file, line));
        return str_from(fmt::format("{} ({})", text, file));
    }
    if (have_line) return str_from(fmt::format("{} (line {})", text, line));
    return str_from(text);
}

// ImportError(msg, name=..., path=...); NameError(name=...); AttributeError(name=..., obj=...)
template <std::size_t N>
static int init_with_keywords(Object* self, const Args& args, const char* const (&names)[N]) {
    Args positional{args.values, args.count, nullptr};
    if (exception_init(self, positional) < 0) return -1;
    Object* given[N] = {};
    for (std::size_t k = 0; k < args.kw_count(); ++k) {
        std::string_view kw = args.kw_name(k)->view();
        bool known = false;
        for (std::size_t i = 0; i < N; ++i) {
            if (kw == names[i]) {
                given[i] = args.kw_value(k);
                known = true;
            }
        }
        if (!known)
            return raisef(exc::TypeError, "'{}' is an invalid keyword argument for {}()", kw, type_name(self)), -1;
    }
    for (std::size_t i = 0; i < N; ++i)
        if (set_attr(self, names[i], given[i]) < 0) return -1;
    return 0;
}

static int import_error_init(Object* self, const Args& args) {
    static const char* const kNames[] = {"name", "path"};
    if (init_with_keywords(self, args, kNames) < 0) return -1;
    return set_attr(self, "msg", args.size() >= 1 ? args[0] : None);
}
static int name_error_init(Object* self, const Args& args) {
    static const char* const kNames[] = {"name"};
    return init_with_keywords(self, args, kNames);
}
// obj before name: kept in the dict, they are then released in the order of
// CPython's AttributeError_clear.
static int attribute_error_init(Object* self, const Args& args) {
    static const char* const kNames[] = {"obj", "name"};
    return init_with_keywords(self, args, kNames);
}

// ------------------------------------------------------------------ setup

static void init_base_exception() {
    Type& t = *exc::BaseException;
    // Not weakrefable, as in CPython (BaseException has no __weakref__);
    // exception classes defined in Python are.
    type_init_builtin(t, "BaseException", &ObjectType, sizeof(ExceptionObject),
                      type_flags::kHasGC | type_flags::kBaseType | type_flags::kExceptionSubclass);
    t.dict_offset = offsetof(ExceptionObject, dict);
    t.destroy = exception_destroy;
    t.traverse = exception_traverse;
    t.clear = exception_clear;
    t.new_instance = exception_new_slot;
    t.init = exception_init;
    t.repr = exception_repr;
    t.str = exception_str_slot;
    t.getattr = generic_getattr;
    t.setattr = generic_setattr;
    add_getsets(t, {
                       kInstanceDictGetSet,
                       {"args", get_args, set_args},
                       {"__traceback__", get_traceback, set_traceback},
                       {"__context__", get_context, set_context},
                       {"__cause__", get_cause, set_cause},
                       {"__suppress_context__", get_suppress_context, set_suppress_context},
                   });
    add_methods(t, {{"with_traceback", exception_with_traceback},
                    {"add_note", exception_add_note},
                    {"__reduce__", exception_reduce},
                    {"__setstate__", exception_setstate}});
    type_ready(t);
}

void exceptions_init() {
    init_base_exception();
    // Every other class has BaseException's layout; type_ready inherits its slots.
#define X(name, base)                                                                               \
    if (exc::name != exc::BaseException) {                                                         \
        type_init_builtin(*exc::name, #name, exc::base, sizeof(ExceptionObject), exc::base->flags); \
        exc::name->dict_offset = offsetof(ExceptionObject, dict);                                  \
    }
    MINIPY_EXCEPTIONS(X)
#undef X
    exc::StopIteration->init = stop_iteration_init;
    exc::SystemExit->init = system_exit_init;
    exc::OSError->init = os_error_init;
    exc::OSError->new_instance = os_error_new_slot;
    exc::OSError->str = os_error_str;
    exc::SyntaxError->init = syntax_error_init;
    exc::SyntaxError->str = syntax_error_str;
    exc::ImportError->init = import_error_init;
    exc::NameError->init = name_error_init;
    exc::AttributeError->init = attribute_error_init;
    exc::KeyError->str = key_error_str;
#define X(name, base) \
    if (exc::name != exc::BaseException) type_ready(*exc::name);
    MINIPY_EXCEPTIONS(X)
#undef X
}

}  // namespace minipy
