// function: the attributes of Python functions and their binding to
// instances (CPython's Objects/funcobject.c). Calling a Python function is
// the interpreter's job: it installs FunctionType.call.
#include "runtime/objects/function.hpp"

#include "runtime/core/errors.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/bound_method.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

#include <cstddef>

namespace minipy {

Type FunctionType;
PrependedCallFn call_function_prepended = nullptr;

static Function* as_function(Object* o) { return cast<Function>(o); }

// Breaks cycles: a function refers to its globals, which refer back to it.
// Fields go in the order of CPython 3.11's func_clear. Like func_clear it
// keeps code, name and qualname, which the interpreter and repr assume are
// never null. None of them can be part of a cycle: the code holds only
// constants and names, and the names are exact strs (CPython 3.11, which
// allows str subclasses there, swaps them for "").
static void function_clear(Object* o) {
    Function* f = as_function(o);
    clear_slot(f->globals);
    clear_slot(f->builtins);
    clear_slot(f->module);
    clear_slot(f->defaults);
    clear_slot(f->kwdefaults);
    clear_slot(f->doc);
    clear_slot(f->dict);
    clear_slot(f->closure);
    clear_slot(f->annotations);
}

// CPython's func_dealloc: clear, then release what clear keeps.
static void function_destroy(Object* o) {
    Function* f = as_function(o);
    function_clear(f);
    clear_slot(f->code);
    clear_slot(f->name);
    clear_slot(f->qualname);
    delete_object(f);
}

// Every field, in the order of CPython 3.11's func_traverse.
static void function_traverse(Object* o, VisitFn visit, void* arg) {
    Function* f = as_function(o);
    visit_field(f->code, visit, arg);
    visit_field(f->globals, visit, arg);
    visit_field(f->builtins, visit, arg);
    visit_field(f->module, visit, arg);
    visit_field(f->defaults, visit, arg);
    visit_field(f->kwdefaults, visit, arg);
    visit_field(f->doc, visit, arg);
    visit_field(f->name, visit, arg);
    visit_instance_dict(f->dict, visit, arg);
    visit_field(f->closure, visit, arg);
    visit_field(f->annotations, visit, arg);
    visit_field(f->qualname, visit, arg);
}

static Ref<> function_repr(Object* o) {
    return str_from(fmt::format("<function {} at {}>", as_function(o)->qualname->view(), static_cast<const void*>(o)));
}

// A function found on a class binds to the instance it is accessed through.
static Ref<> function_get(Object* descr, Object* instance, Type*) {
    if (!instance) return share(descr);
    return bound_method_new(descr, instance);
}

template <class T>
static Ref<> or_none(T* p) {
    return share<Object>(p ? static_cast<Object*>(p) : None);
}

static Ref<> function_get_name(Object* o) { return or_none(as_function(o)->name); }
static int function_set_name(Object* o, Object* value) {
    if (!value || !is_str(value)) return raise(exc::TypeError, "__name__ must be set to a string object"), -1;
    set_slot(as_function(o)->name, cast<Str>(value));
    return 0;
}
static Ref<> function_get_qualname(Object* o) { return or_none(as_function(o)->qualname); }
static int function_set_qualname(Object* o, Object* value) {
    if (!value || !is_str(value)) return raise(exc::TypeError, "__qualname__ must be set to a string object"), -1;
    set_slot(as_function(o)->qualname, cast<Str>(value));
    return 0;
}
static Ref<> function_get_doc(Object* o) { return or_none(as_function(o)->doc); }
static int function_set_doc(Object* o, Object* value) {
    set_slot(as_function(o)->doc, value ? value : None);
    return 0;
}
static Ref<> function_get_module(Object* o) { return or_none(as_function(o)->module); }
static int function_set_module(Object* o, Object* value) {
    set_slot(as_function(o)->module, value ? value : None);
    return 0;
}
static Ref<> function_get_defaults(Object* o) { return or_none(as_function(o)->defaults); }
static int function_set_defaults(Object* o, Object* value) {
    if (value == None) value = nullptr;
    if (value && !is_tuple(value)) return raise(exc::TypeError, "__defaults__ must be set to a tuple object"), -1;
    set_slot(as_function(o)->defaults, value ? cast<Tuple>(value) : nullptr);
    return 0;
}
static Ref<> function_get_kwdefaults(Object* o) { return or_none(as_function(o)->kwdefaults); }
static int function_set_kwdefaults(Object* o, Object* value) {
    if (value == None) value = nullptr;
    if (value && !is_dict(value)) return raise(exc::TypeError, "__kwdefaults__ must be set to a dict object"), -1;
    set_slot(as_function(o)->kwdefaults, value ? cast<Dict>(value) : nullptr);
    return 0;
}
static Ref<> function_get_closure(Object* o) { return or_none(as_function(o)->closure); }
static Ref<> function_get_globals(Object* o) { return or_none(as_function(o)->globals); }
static Ref<> function_get_builtins(Object* o) { return or_none(as_function(o)->builtins); }
static Ref<> function_get_code(Object* o) { return or_none(as_function(o)->code); }
static Ref<> function_get_annotations(Object* o) {
    Function* f = as_function(o);
    if (!f->annotations) f->annotations = dict_new().release();
    return share<Object>(f->annotations);
}
static int function_set_annotations(Object* o, Object* value) {
    if (value == None) value = nullptr;
    if (value && !is_dict(value)) return raise(exc::TypeError, "__annotations__ must be set to a dict object"), -1;
    set_slot(as_function(o)->annotations, value ? cast<Dict>(value) : nullptr);
    return 0;
}

// ------------------------------------------------------------------- init

void function_type_init() {
    type_init_builtin(FunctionType, "function", &ObjectType, sizeof(Function),
                      type_flags::kHasGC);
    FunctionType.weaklist_offset = offsetof(Function, weakreflist);
    FunctionType.vectorcall_offset = offsetof(Function, vectorcall);
    FunctionType.dict_offset = offsetof(Function, dict);
    FunctionType.destroy = function_destroy;
    FunctionType.traverse = function_traverse;
    FunctionType.clear = function_clear;
    FunctionType.repr = function_repr;
    FunctionType.descr_get = function_get;
    FunctionType.getattr = generic_getattr;
    FunctionType.setattr = generic_setattr;
    add_getsets(FunctionType, {
                                  {"__name__", function_get_name, function_set_name},
                                  {"__qualname__", function_get_qualname, function_set_qualname},
                                  {"__doc__", function_get_doc, function_set_doc},
                                  {"__module__", function_get_module, function_set_module},
                                  {"__defaults__", function_get_defaults, function_set_defaults},
                                  {"__kwdefaults__", function_get_kwdefaults, function_set_kwdefaults},
                                  {"__closure__", function_get_closure},
                                  {"__globals__", function_get_globals},
                                  {"__builtins__", function_get_builtins},
                                  {"__code__", function_get_code},
                                  {"__annotations__", function_get_annotations, function_set_annotations},
                                  kInstanceDictGetSet,
                              });
    type_ready(FunctionType);
}

}  // namespace minipy
