// staticmethod and classmethod: one wrapper shape, two ways of binding
// (CPython's Objects/funcobject.c).
#include "runtime/objects/classmethod.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/bound_method.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/property.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

#include <cstddef>
#include <string>
#include <type_traits>

namespace minipy {

Type StaticMethodType;
Type ClassMethodType;

template <class Wrapper>
static void wrapper_clear(Object* o) {
    auto* w = cast<Wrapper>(o);
    clear_slot(w->callable);
    clear_slot(w->dict);
}
template <class Wrapper>
static void wrapper_destroy(Object* o) {
    wrapper_clear<Wrapper>(o);
    delete_object(cast<Wrapper>(o));
}
template <class Wrapper>
static void wrapper_traverse(Object* o, VisitFn visit, void* arg) {
    auto* w = cast<Wrapper>(o);
    visit_field(w->callable, visit, arg);
    visit_instance_dict(w->dict, visit, arg);
}
template <class Wrapper>
static Ref<> wrapper_new(Type* type, const Args&) {
    auto w = new_object<Wrapper>(type);
    gc_track(w.get());
    return w;
}
template <class Wrapper>
static int wrapper_init(Object* self, const Args& args) {
    const char* name = std::is_same_v<Wrapper, StaticMethod> ? "staticmethod" : "classmethod";
    if (!check_no_keywords(name, args) || !check_arg_range(name, args, 1, 1)) return -1;
    set_slot(cast<Wrapper>(self)->callable, args[0]);
    // The wrapper takes the function's identity, as CPython 3.10+'s
    // functools_wraps does: classmethod(f).__name__ is f's.
    for (const char* name : {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"}) {
        Ref<> value = getattr_optional(args[0], intern(name));
        if (!value) {
            if (error_pending()) return -1;
            continue;
        }
        if (generic_setattr(self, intern(name), value.get()) < 0) return -1;
    }
    return 0;
}
template <class Wrapper>
static Ref<> wrapper_func(Object* o) {
    Object* f = cast<Wrapper>(o)->callable;
    return share(f ? f : None);
}
// Abstract when what it wraps is.
template <class Wrapper>
static Ref<> wrapper_isabstract(Object* o) {
    int abstract = object_is_abstract(cast<Wrapper>(o)->callable);
    return abstract < 0 ? nullptr : bool_from(abstract != 0);
}
template <class Wrapper>
static Ref<> wrapper_repr(Object* o) {
    const char* name = std::is_same_v<Wrapper, StaticMethod> ? "staticmethod" : "classmethod";
    std::string inner;
    Object* f = cast<Wrapper>(o)->callable;
    if (!repr_text(f ? f : None, inner)) return nullptr;
    return str_from(fmt::format("<{}({})>", name, inner));
}

// staticmethod and classmethod share their layout and everything but how
// they bind.
template <class Wrapper>
static void init_wrapper_type(Type& type, const char* name, DescrGetFn bind) {
    type_init_builtin(type, name, &ObjectType, sizeof(Wrapper), type_flags::kHasGC | type_flags::kBaseType);
    type.dict_offset = offsetof(Wrapper, dict);
    type.destroy = wrapper_destroy<Wrapper>;
    type.traverse = wrapper_traverse<Wrapper>;
    type.clear = wrapper_clear<Wrapper>;
    type.new_instance = wrapper_new<Wrapper>;
    type.init = wrapper_init<Wrapper>;
    type.descr_get = bind;
    type.repr = wrapper_repr<Wrapper>;
    type.getattr = generic_getattr;
    type.setattr = generic_setattr;
    add_getsets(type, {{"__func__", wrapper_func<Wrapper>},
                       {"__wrapped__", wrapper_func<Wrapper>},
                       {"__isabstractmethod__", wrapper_isabstract<Wrapper>},
                       kInstanceDictGetSet});
}

static Ref<> staticmethod_get(Object* descr, Object*, Type*) {
    Object* f = cast<StaticMethod>(descr)->callable;
    if (!f) return raise(exc::RuntimeError, "uninitialized staticmethod object");
    return share(f);
}

static Ref<> staticmethod_call(Object* callable, const Args& args) {
    Object* f = cast<StaticMethod>(callable)->callable;
    if (!f) return raise(exc::RuntimeError, "uninitialized staticmethod object");
    return call(f, args);
}

// Bound to the class; what it wraps binds itself when it is a descriptor
// (3.9 to 3.12: `classmethod` over a property, a staticmethod, ...), with
// the class as both the instance and the owner, as CPython's cm_descr_get.
static Ref<> classmethod_get(Object* descr, Object* instance, Type* owner) {
    Object* f = cast<ClassMethod>(descr)->callable;
    if (!f) return raise(exc::RuntimeError, "uninitialized classmethod object");
    Type* cls = owner ? owner : instance->type;
    if (DescrGetFn get = f->type->descr_get) return get(f, cls, cls);
    return bound_method_new(f, cls);
}

// ------------------------------------------------------------------- init

void staticmethod_classmethod_types_init() {
    init_wrapper_type<StaticMethod>(StaticMethodType, "staticmethod", staticmethod_get);
    StaticMethodType.call = staticmethod_call;  // staticmethod objects are callable since 3.10
    type_ready(StaticMethodType);
    init_wrapper_type<ClassMethod>(ClassMethodType, "classmethod", classmethod_get);
    type_ready(ClassMethodType);
}

}  // namespace minipy
