// BaseException, the layouts of the builtin exception classes and their set-up
// (CPython's Objects/exceptions.c); the classes with fields of their own are
// in exceptions_fields.cpp, exceptions_os.cpp and exceptions_unicode.cpp.
#include "runtime/objects/exceptions.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions_detail.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/member.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

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

// BaseException_clear's order, which BaseException_traverse follows too.
void exception_base_clear(Object* o) {
    ExceptionObject* e = as_exc(o);
    clear_slot(e->dict);
    clear_slot(e->args);
    clear_slot(e->notes);
    clear_slot(e->traceback);
    clear_slot(e->cause);
    clear_slot(e->context);
}

void exception_base_traverse(Object* o, VisitFn visit, void* arg) {
    ExceptionObject* e = as_exc(o);
    visit_instance_dict(e->dict, visit, arg);
    visit_field(e->args, visit, arg);
    visit_field(e->notes, visit, arg);
    visit_field(e->traceback, visit, arg);
    visit_field(e->cause, visit, arg);
    visit_field(e->context, visit, arg);
}

// A new instance of `type` with the layout of its builtin base, which that
// base's destroy slot names.
static Ref<ExceptionObject> exception_alloc(Type* type) {
    DestroyFn layout = solid_base_of(type)->destroy;
    if (layout == StopIterationLayout::destroy) return new_object<StopIterationObject>(type);
    if (layout == SystemExitLayout::destroy) return new_object<SystemExitObject>(type);
    if (layout == ImportErrorLayout::destroy) return new_object<ImportErrorObject>(type);
    if (layout == NameErrorLayout::destroy) return new_object<NameErrorObject>(type);
    if (layout == AttributeErrorLayout::destroy) return new_object<AttributeErrorObject>(type);
    if (layout == OSErrorLayout::destroy) return new_object<OSErrorObject>(type);
    if (layout == SyntaxErrorLayout::destroy) return new_object<SyntaxErrorObject>(type);
    if (layout == UnicodeErrorLayout::destroy) return new_object<UnicodeErrorObject>(type);
    return new_object<ExceptionObject>(type);
}

// BaseException.__new__: any arguments are accepted and kept in .args (the
// keywords are __init__'s business); the class's fields stay empty.
Ref<> exception_new_slot(Type* type, const Args& args) {
    Ref<ExceptionObject> e = exception_alloc(type);
    e->args = tuple_from_array(args.values, static_cast<std::int64_t>(args.size())).release();
    gc_track(e.get());
    return e;
}

int exception_init(Object* self, const Args& args) {
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

Ref<> exception_str_slot(Object* o) {
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

Ref<> exception_args(Object* o) {
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

Type* exception_traceback_type = nullptr;

static Ref<> get_traceback(Object* o) { return or_none(as_exc(o)->traceback); }
static int set_traceback(Object* o, Object* value) {
    if (!value) return raise(exc::TypeError, "__traceback__ may not be deleted"), -1;
    if (value == None) value = nullptr;
    else if (value->type != exception_traceback_type)
        return raise(exc::TypeError, "__traceback__ must be a traceback or None"), -1;
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
    Ref<> exc_args = exception_args(self);
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

// ------------------------------------------------------------------ setup

static void init_base_exception() {
    Type& t = *exc::BaseException;
    // Not weakrefable, as in CPython (BaseException has no __weakref__);
    // exception classes defined in Python are.
    type_init_builtin(t, "BaseException", &ObjectType, sizeof(ExceptionObject),
                      type_flags::kHasGC | type_flags::kBaseType | type_flags::kExceptionSubclass);
    BaseExceptionLayout::install(t);
    t.dict_offset = offsetof(ExceptionObject, dict);
    t.new_instance = exception_new_slot;
    t.init = exception_init;
    t.repr = exception_repr;
    t.str = exception_str_slot;
    t.getattr = generic_getattr;
    t.setattr = generic_setattr;
    add_getsets(t, {
                       kInstanceDictGetSet,
                       {"args", exception_args, set_args},
                       {"__traceback__", get_traceback, set_traceback},
                       {"__context__", get_context, set_context},
                       {"__cause__", get_cause, set_cause},
                   });
    add_methods(t, {{"with_traceback", exception_with_traceback},
                    {"add_note", exception_add_note},
                    {"__reduce__", exception_reduce},
                    {"__setstate__", exception_setstate}});
    type_ready(t);
    add_member(t, "__suppress_context__", offsetof(ExceptionObject, suppress_context), MemberKind::Bool);
}

void exceptions_init() {
    init_base_exception();
#define X(name, base)                                                                                 \
    if (exc::name != exc::BaseException) {                                                           \
        type_init_builtin(*exc::name, #name, exc::base, sizeof(ExceptionObject), exc::base->flags);   \
        exc::name->dict_offset = offsetof(ExceptionObject, dict);                                    \
    }
    MINIPY_EXCEPTIONS(X)
#undef X
    exc::KeyError->str = key_error_str;
    // The classes with fields of their own give them their layouts...
    stop_iteration_types_init();
    system_exit_types_init();
    import_error_types_init();
    name_error_types_init();
    attribute_error_types_init();
    syntax_error_types_init();
    os_error_types_init();
    unicode_error_types_init();
    // ... which their subclasses share (a base comes first in the list);
    // type_ready inherits the slots.
#define X(name, base)                                                      \
    if (exc::name != exc::BaseException) {                                \
        if (exc::name->basic_size < exc::base->basic_size)                \
            exc::name->basic_size = exc::base->basic_size;                \
        type_ready(*exc::name);                                           \
    }
    MINIPY_EXCEPTIONS(X)
#undef X
    exception_members_init();
    os_error_members_init();
    unicode_error_members_init();
}

}  // namespace minipy
