// builtin_function_or_method: calling, repr and attributes of the C++
// functions and bound C++ methods (CPython's Objects/methodobject.c).
#include "runtime/objects/builtin_function.hpp"

#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/module.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

namespace minipy {

Type BuiltinFunctionType;

static Ref<> builtin_function_call(Object* callable, const Args& args);

Ref<> builtin_function_new(const MethodDef* def, Object* self) {
    auto f = new_object<BuiltinFunction>(&BuiltinFunctionType);
    f->vectorcall = builtin_function_call;
    f->def = def;
    set_slot(f->self, self);
    if (self && is_module(self)) {
        if (Object* name = dict_get(cast<Module>(self)->dict, "__name__"); name && is_str(name))
            set_slot(f->module, cast<Str>(name));
    }
    gc_track(f.get());
    return f;
}

// No clear, as in CPython: a cycle through a bound builtin method is broken
// at its other members. self, then module, as in CPython's meth_dealloc.
static void builtin_function_destroy(Object* o) {
    auto* f = cast<BuiltinFunction>(o);
    clear_slot(f->self);
    clear_slot(f->module);
    delete_object(f);
}

// As CPython's meth_traverse: gc.get_referents(len) lists the builtins
// module and its name, although the name, an exact str, is never a
// container the collector tracks.
static void builtin_function_traverse(Object* o, VisitFn visit, void* arg) {
    auto* f = cast<BuiltinFunction>(o);
    visit_field(f->self, visit, arg);
    visit_field(f->module, visit, arg);
}

static Ref<> builtin_function_call(Object* callable, const Args& args) {
    auto* f = cast<BuiltinFunction>(callable);
    return call_native(f->def->fn, f->self, args);
}

// <built-in function len>, <built-in method append of list object at 0x…>
static Ref<> builtin_function_repr(Object* o) {
    auto* f = cast<BuiltinFunction>(o);
    if (!f->self || is_module(f->self)) return str_from(fmt::format("<built-in function {}>", f->def->name));
    return str_from(fmt::format("<built-in method {} of {} object at {}>", f->def->name, type_name(f->self),
                                static_cast<const void*>(f->self)));
}

static Ref<> builtin_function_name(Object* o) { return str_from(cast<BuiltinFunction>(o)->def->name); }
static Ref<> builtin_function_qualname(Object* o) {
    auto* f = cast<BuiltinFunction>(o);
    if (!f->self || is_module(f->self)) return str_from(f->def->name);
    Type* owner = is_type(f->self) ? cast<Type>(f->self) : f->self->type;
    return str_from(fmt::format("{}.{}", owner->name_view(), f->def->name));
}
static Ref<> builtin_function_self(Object* o) {
    Object* self = cast<BuiltinFunction>(o)->self;
    return share(self ? self : None);
}
static Ref<> builtin_function_module(Object* o) {
    Str* module = cast<BuiltinFunction>(o)->module;
    return share<Object>(module ? static_cast<Object*>(module) : None);
}

// ------------------------------------------------------------------- init

void builtin_function_type_init() {
    type_init_builtin(BuiltinFunctionType, "builtin_function_or_method", &ObjectType, sizeof(BuiltinFunction),
                      type_flags::kHasGC);
    BuiltinFunctionType.weaklist_offset = offsetof(BuiltinFunction, weakreflist);
    BuiltinFunctionType.destroy = builtin_function_destroy;
    BuiltinFunctionType.traverse = builtin_function_traverse;
    BuiltinFunctionType.call = builtin_function_call;
    BuiltinFunctionType.vectorcall_offset = offsetof(BuiltinFunction, vectorcall);
    BuiltinFunctionType.repr = builtin_function_repr;
    BuiltinFunctionType.getattr = generic_getattr;
    add_getsets(BuiltinFunctionType, {
                                         {"__name__", builtin_function_name},
                                         {"__qualname__", builtin_function_qualname},
                                         {"__self__", builtin_function_self},
                                         {"__module__", builtin_function_module},
                                     });
    type_ready(BuiltinFunctionType);
}

}  // namespace minipy
