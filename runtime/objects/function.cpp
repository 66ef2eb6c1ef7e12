// Builtin functions and the descriptors that put them in type namespaces,
// and the object side of Python functions: their attributes, binding to
// instances, staticmethod, classmethod and property. (Calling a Python
// function is the interpreter's job: it installs FunctionType.call.)
#include "runtime/objects/function.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/names.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/module.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

#include <deque>
#include <unordered_map>
#include <vector>

namespace minipy {

Type GetSetDescriptorType;
Type BuiltinFunctionType;
Type MethodDescriptorType;
Type ClassMethodDescriptorType;
Type FunctionType;
Type BoundMethodType;
Type StaticMethodType;
Type ClassMethodType;
Type PropertyType;

// -------------------------------------------------------- getset descriptors

Ref<> getset_descriptor_new(const GetSetDef* def, Type* owner) {
    auto d = new_object<GetSetDescriptor>(&GetSetDescriptorType);
    d->def = def;
    d->owner = owner;
    return d;
}

static void getset_destroy(Object* o) { delete_object(cast<GetSetDescriptor>(o)); }

static bool check_descriptor_owner(Object* descr, const char* name, Type* owner, Object* instance) {
    if (is_instance_of(instance, owner)) return true;
    raisef(exc::TypeError, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object", name, owner->name_view(),
           type_name(instance));
    return false;
}

static Ref<> getset_get(Object* descr, Object* instance, Type*) {
    auto* d = cast<GetSetDescriptor>(descr);
    if (!instance) return share(descr);
    if (!check_descriptor_owner(descr, d->def->name, d->owner, instance)) return nullptr;
    return d->def->get(instance);
}

static int getset_set(Object* descr, Object* instance, Object* value) {
    auto* d = cast<GetSetDescriptor>(descr);
    if (!check_descriptor_owner(descr, d->def->name, d->owner, instance)) return -1;
    if (!d->def->set) {
        raisef(exc::AttributeError, "attribute '{}' of '{}' objects is not writable", d->def->name,
               d->owner->name_view());
        return -1;
    }
    return d->def->set(instance, value);
}

static Ref<> getset_repr(Object* o) {
    auto* d = cast<GetSetDescriptor>(o);
    return str_from(fmt::format("<attribute '{}' of '{}' objects>", d->def->name, d->owner->name_view()));
}

// ------------------------------------------------------ builtin functions

Ref<> builtin_function_new(const MethodDef* def, Object* self) {
    auto f = new_object<BuiltinFunction>(&BuiltinFunctionType);
    f->def = def;
    set_slot(f->self, self);
    if (self && is_module(self)) {
        if (Object* name = dict_get(cast<Module>(self)->dict, "__name__"); name && is_str(name))
            set_slot(f->module, cast<Str>(name));
    }
    gc_track(f.get());
    return f;
}

static void builtin_function_destroy(Object* o) {
    auto* f = cast<BuiltinFunction>(o);
    clear_slot(f->self);
    clear_slot(f->module);
    delete_object(f);
}

static void builtin_function_traverse(Object* o, VisitFn visit, void* arg) {
    if (Object* self = cast<BuiltinFunction>(o)->self) visit(self, arg);
}

static Ref<> builtin_function_call(Object* callable, const Args& args) {
    auto* f = cast<BuiltinFunction>(callable);
    return f->def->fn(f->self, args);
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

// --------------------------------------------------- method descriptors

static void method_descriptor_destroy(Object* o) { delete_object(cast<MethodDescriptor>(o)); }

// list.append(lst, x): the instance comes first.
static Ref<> method_descriptor_call(Object* callable, const Args& args) {
    auto* d = cast<MethodDescriptor>(callable);
    if (args.size() < 1)
        return raisef(exc::TypeError, "unbound method {}.{}() needs an argument", d->owner->name_view(), d->def->name);
    if (!is_instance_of(args[0], d->owner))
        return raisef(exc::TypeError, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object", d->def->name,
                      d->owner->name_view(), type_name(args[0]));
    return d->def->fn(args[0], args.drop_first());
}

static Ref<> method_descriptor_get(Object* descr, Object* instance, Type*) {
    auto* d = cast<MethodDescriptor>(descr);
    if (!instance) return share(descr);
    if (!check_descriptor_owner(descr, d->def->name, d->owner, instance)) return nullptr;
    return builtin_function_new(d->def, instance);
}

static Ref<> method_descriptor_name(Object* o) { return str_from(cast<MethodDescriptor>(o)->def->name); }
static Ref<> method_descriptor_qualname(Object* o) {
    auto* d = cast<MethodDescriptor>(o);
    return str_from(fmt::format("{}.{}", d->owner->name_view(), d->def->name));
}
static Ref<> method_descriptor_objclass(Object* o) { return share<Object>(cast<MethodDescriptor>(o)->owner); }

static Ref<> method_descriptor_repr(Object* o) {
    auto* d = cast<MethodDescriptor>(o);
    return str_from(fmt::format("<method '{}' of '{}' objects>", d->def->name, d->owner->name_view()));
}

// dict.fromkeys: bound to the class it is looked up on (or the instance's class).
static Ref<> classmethod_descriptor_get(Object* descr, Object* instance, Type* owner) {
    auto* d = cast<MethodDescriptor>(descr);
    Type* cls = owner ? owner : instance->type;
    return builtin_function_new(d->def, cls);
}

static Ref<> classmethod_descriptor_call(Object* callable, const Args& args) {
    auto* d = cast<MethodDescriptor>(callable);
    if (args.size() < 1 || !is_type(args[0]) || !type_is_subtype(cast<Type>(args[0]), d->owner))
        return raisef(exc::TypeError, "descriptor '{}' for type '{}' needs a subtype of '{}' as arg 1", d->def->name,
                      d->owner->name_view(), d->owner->name_view());
    return d->def->fn(args[0], args.drop_first());
}

// ------------------------------------------------------ Python functions

static Function* as_function(Object* o) { return cast<Function>(o); }

static void function_destroy(Object* o) {
    Function* f = as_function(o);
    clear_slot(f->code);
    clear_slot(f->globals);
    clear_slot(f->name);
    clear_slot(f->qualname);
    clear_slot(f->defaults);
    clear_slot(f->kwdefaults);
    clear_slot(f->closure);
    clear_slot(f->dict);
    clear_slot(f->doc);
    clear_slot(f->module);
    clear_slot(f->annotations);
    delete_object(f);
}

static void function_traverse(Object* o, VisitFn visit, void* arg) {
    Function* f = as_function(o);
    for (Object* child : {f->code, static_cast<Object*>(f->globals), static_cast<Object*>(f->name),
                          static_cast<Object*>(f->qualname), static_cast<Object*>(f->defaults),
                          static_cast<Object*>(f->kwdefaults), static_cast<Object*>(f->closure), f->doc, f->module,
                          static_cast<Object*>(f->annotations)})
        if (child) visit(child, arg);
    visit_instance_dict(f->dict, visit, arg);
}

// Breaks cycles: a function refers to its globals, which refer back to it.
static void function_clear(Object* o) {
    Function* f = as_function(o);
    clear_slot(f->globals);
    clear_slot(f->defaults);
    clear_slot(f->kwdefaults);
    clear_slot(f->closure);
    clear_slot(f->dict);
    clear_slot(f->doc);
    clear_slot(f->module);
    clear_slot(f->annotations);
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

// -------------------------------------------------------- bound methods

Ref<> bound_method_new(Object* function, Object* self) {
    auto m = new_object<BoundMethod>(&BoundMethodType);
    set_slot(m->function, function);
    set_slot(m->self, self);
    gc_track(m.get());
    return m;
}

static void bound_method_destroy(Object* o) {
    auto* m = cast<BoundMethod>(o);
    clear_slot(m->function);
    clear_slot(m->self);
    delete_object(m);
}

static void bound_method_traverse(Object* o, VisitFn visit, void* arg) {
    auto* m = cast<BoundMethod>(o);
    if (m->function) visit(m->function, arg);
    if (m->self) visit(m->self, arg);
}

static void bound_method_clear(Object* o) {
    auto* m = cast<BoundMethod>(o);
    clear_slot(m->function);
    clear_slot(m->self);
}

// obj.method(a, b) is method(obj, a, b).
static Ref<> bound_method_call(Object* callable, const Args& args) {
    auto* m = cast<BoundMethod>(callable);
    const std::size_t total = args.count + args.kw_count();
    Object* small[8];
    std::vector<Object*> large;
    Object** argv = small;
    if (total + 1 > 8) {
        large.resize(total + 1);
        argv = large.data();
    }
    argv[0] = m->self;
    std::copy(args.values, args.values + total, argv + 1);
    return call(m->function, Args{argv, args.count + 1, args.kwnames});
}

// <bound method Foo.bar of <__main__.Foo object at 0x…>>
static Ref<> bound_method_repr(Object* o) {
    auto* m = cast<BoundMethod>(o);
    Ref<> name = getattr_optional(m->function, names::qualname);
    if (!name && error_pending()) return nullptr;
    if (!name) name = getattr_optional(m->function, names::name);
    std::string self_text, name_text = "?";
    if (name && !str_text(name.get(), name_text)) return nullptr;
    if (!repr_text(m->self, self_text)) return nullptr;
    return str_from(fmt::format("<bound method {} of {}>", name_text, self_text));
}

// Two bound methods are equal when they bind the same object to equal functions.
static Ref<> bound_method_compare(Object* a, Object* b, CompareOp op) {
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || b->type != &BoundMethodType) return not_implemented();
    auto* x = cast<BoundMethod>(a);
    auto* y = cast<BoundMethod>(b);
    bool equal = x->self == y->self;
    if (equal) {
        int r = equals(x->function, y->function);
        if (r < 0) return nullptr;
        equal = r != 0;
    }
    return bool_from(op == CompareOp::Eq ? equal : !equal);
}

static std::int64_t bound_method_hash(Object* o) {
    auto* m = cast<BoundMethod>(o);
    std::int64_t h = hash(m->function);
    if (h == -1) return -1;
    auto self_bits = reinterpret_cast<std::uint64_t>(m->self);
    std::int64_t r = h ^ static_cast<std::int64_t>((self_bits >> 4) | (self_bits << 60));
    return r == -1 ? -2 : r;
}

// Attributes the method does not have itself come from the function
// (`m.__name__`, `m.__doc__`).
static Ref<> bound_method_getattr(Object* o, Str* name) {
    if (Ref<> own = generic_getattr_optional(o, name)) return own;
    if (error_pending()) return nullptr;
    return getattr(cast<BoundMethod>(o)->function, name);
}

static Ref<> bound_method_func(Object* o) { return share(cast<BoundMethod>(o)->function); }
static Ref<> bound_method_self(Object* o) { return share(cast<BoundMethod>(o)->self); }

// ------------------------------------------- staticmethod / classmethod

template <class Wrapper>
static void wrapper_destroy(Object* o) {
    auto* w = cast<Wrapper>(o);
    clear_slot(w->callable);
    clear_slot(w->dict);
    delete_object(w);
}
template <class Wrapper>
static void wrapper_traverse(Object* o, VisitFn visit, void* arg) {
    auto* w = cast<Wrapper>(o);
    if (w->callable) visit(w->callable, arg);
    visit_instance_dict(w->dict, visit, arg);
}
template <class Wrapper>
static void wrapper_clear(Object* o) {
    auto* w = cast<Wrapper>(o);
    clear_slot(w->callable);
    clear_slot(w->dict);
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
    return 0;
}
template <class Wrapper>
static Ref<> wrapper_func(Object* o) {
    Object* f = cast<Wrapper>(o)->callable;
    return share(f ? f : None);
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
    add_getsets(type, {{"__func__", wrapper_func<Wrapper>}, kInstanceDictGetSet});
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

static Ref<> classmethod_get(Object* descr, Object* instance, Type* owner) {
    Object* f = cast<ClassMethod>(descr)->callable;
    if (!f) return raise(exc::RuntimeError, "uninitialized classmethod object");
    return bound_method_new(f, owner ? static_cast<Object*>(owner) : instance->type);
}

// ---------------------------------------------------------------- property

static Property* as_property(Object* o) { return cast<Property>(o); }

static void property_destroy(Object* o) {
    Property* p = as_property(o);
    clear_slot(p->getter);
    clear_slot(p->setter);
    clear_slot(p->deleter);
    clear_slot(p->doc);
    clear_slot(p->name);
    delete_object(p);
}

static void property_traverse(Object* o, VisitFn visit, void* arg) {
    Property* p = as_property(o);
    for (Object* child : {p->getter, p->setter, p->deleter, p->doc, p->name})
        if (child) visit(child, arg);
}

static void property_clear(Object* o) {
    Property* p = as_property(o);
    clear_slot(p->getter);
    clear_slot(p->setter);
    clear_slot(p->deleter);
    clear_slot(p->doc);
}

static Ref<> property_new(Type* type, const Args&) {
    auto p = new_object<Property>(type);
    gc_track(p.get());
    return p;
}

// property(fget=None, fset=None, fdel=None, doc=None); the doc defaults to the getter's.
static int property_init(Object* self, const Args& args) {
    static const ArgSpec spec{"property", {"fget", "fset", "fdel", "doc"}, 0};
    Object* a[4];
    if (!parse_args(args, spec, a)) return -1;
    Property* p = as_property(self);
    auto none_to_null = [](Object* o) { return o == None ? nullptr : o; };
    set_slot(p->getter, none_to_null(a[0]));
    set_slot(p->setter, none_to_null(a[1]));
    set_slot(p->deleter, none_to_null(a[2]));
    Object* doc = none_to_null(a[3]);
    Ref<> getter_doc;
    if (!doc && p->getter) {
        getter_doc = getattr_optional(p->getter, names::doc);
        if (!getter_doc && error_pending()) return -1;
        doc = getter_doc.get();
    }
    set_slot(p->doc, doc);
    return 0;
}

static std::string property_name(Property* p) {
    if (p->name && is_str(p->name)) return std::string(cast<Str>(p->name)->view());
    return "?";
}

static Ref<> property_get(Object* descr, Object* instance, Type*) {
    if (!instance) return share(descr);
    Property* p = as_property(descr);
    if (!p->getter)
        return raisef(exc::AttributeError, "property '{}' of '{}' object has no getter", property_name(p),
                      type_name(instance));
    return call(p->getter, {instance});
}

static int property_set(Object* descr, Object* instance, Object* value) {
    Property* p = as_property(descr);
    Object* fn = value ? p->setter : p->deleter;
    if (!fn) {
        raisef(exc::AttributeError, "property '{}' of '{}' object has no {}", property_name(p), type_name(instance),
               value ? "setter" : "deleter");
        return -1;
    }
    Ref<> r = value ? call(fn, {instance, value}) : call(fn, {instance});
    return r ? 0 : -1;
}

// prop.setter(f) etc.: a copy of the property with one accessor replaced.
static Ref<> property_copy(Object* self, Object* getter, Object* setter, Object* deleter) {
    Property* p = as_property(self);
    Object* doc = p->doc ? p->doc : None;
    Ref<> copy = call(self->type, {getter ? getter : None, setter ? setter : None, deleter ? deleter : None, doc});
    if (copy && p->name) set_slot(as_property(copy.get())->name, p->name);
    return copy;
}

static Ref<> property_getter_method(Object* self, const Args& args) {
    if (!check_one_arg("getter", args)) return nullptr;
    Property* p = as_property(self);
    return property_copy(self, args[0], p->setter, p->deleter);
}
static Ref<> property_setter_method(Object* self, const Args& args) {
    if (!check_one_arg("setter", args)) return nullptr;
    Property* p = as_property(self);
    return property_copy(self, p->getter, args[0], p->deleter);
}
static Ref<> property_deleter_method(Object* self, const Args& args) {
    if (!check_one_arg("deleter", args)) return nullptr;
    Property* p = as_property(self);
    return property_copy(self, p->getter, p->setter, args[0]);
}
static Ref<> property_set_name(Object* self, const Args& args) {
    if (!check_arg_range("__set_name__", args, 2, 2)) return nullptr;
    set_slot(as_property(self)->name, args[1]);
    return none();
}

static Ref<> property_fget(Object* o) { return share(as_property(o)->getter ? as_property(o)->getter : None); }
static Ref<> property_fset(Object* o) { return share(as_property(o)->setter ? as_property(o)->setter : None); }
static Ref<> property_fdel(Object* o) { return share(as_property(o)->deleter ? as_property(o)->deleter : None); }
static Ref<> property_doc(Object* o) { return share(as_property(o)->doc ? as_property(o)->doc : None); }

// ------------------------------------------------------------------- init

void function_types_init() {
    type_init_builtin(GetSetDescriptorType, "getset_descriptor", &ObjectType, sizeof(GetSetDescriptor), 0);
    GetSetDescriptorType.destroy = getset_destroy;
    GetSetDescriptorType.descr_get = getset_get;
    GetSetDescriptorType.descr_set = getset_set;
    GetSetDescriptorType.repr = getset_repr;
    GetSetDescriptorType.getattr = generic_getattr;
    type_ready(GetSetDescriptorType);

    type_init_builtin(BuiltinFunctionType, "builtin_function_or_method", &ObjectType, sizeof(BuiltinFunction),
                      type_flags::kHasGC | type_flags::kWeakrefable);
    BuiltinFunctionType.destroy = builtin_function_destroy;
    BuiltinFunctionType.traverse = builtin_function_traverse;
    BuiltinFunctionType.call = builtin_function_call;
    BuiltinFunctionType.repr = builtin_function_repr;
    BuiltinFunctionType.getattr = generic_getattr;
    add_getsets(BuiltinFunctionType, {
                                         {"__name__", builtin_function_name},
                                         {"__qualname__", builtin_function_qualname},
                                         {"__self__", builtin_function_self},
                                         {"__module__", builtin_function_module},
                                     });
    type_ready(BuiltinFunctionType);

    type_init_builtin(MethodDescriptorType, "method_descriptor", &ObjectType, sizeof(MethodDescriptor), 0);
    MethodDescriptorType.destroy = method_descriptor_destroy;
    MethodDescriptorType.call = method_descriptor_call;
    MethodDescriptorType.descr_get = method_descriptor_get;
    MethodDescriptorType.repr = method_descriptor_repr;
    MethodDescriptorType.getattr = generic_getattr;
    add_getsets(MethodDescriptorType, {
                                          {"__name__", method_descriptor_name},
                                          {"__qualname__", method_descriptor_qualname},
                                          {"__objclass__", method_descriptor_objclass},
                                      });
    type_ready(MethodDescriptorType);

    type_init_builtin(ClassMethodDescriptorType, "classmethod_descriptor", &ObjectType, sizeof(MethodDescriptor), 0);
    ClassMethodDescriptorType.destroy = method_descriptor_destroy;
    ClassMethodDescriptorType.call = classmethod_descriptor_call;
    ClassMethodDescriptorType.descr_get = classmethod_descriptor_get;
    ClassMethodDescriptorType.repr = method_descriptor_repr;
    ClassMethodDescriptorType.getattr = generic_getattr;
    add_getsets(ClassMethodDescriptorType, {
                                               {"__name__", method_descriptor_name},
                                               {"__qualname__", method_descriptor_qualname},
                                               {"__objclass__", method_descriptor_objclass},
                                           });
    type_ready(ClassMethodDescriptorType);

    type_init_builtin(FunctionType, "function", &ObjectType, sizeof(Function),
                      type_flags::kHasGC | type_flags::kWeakrefable);
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
                                  {"__code__", function_get_code},
                                  {"__annotations__", function_get_annotations, function_set_annotations},
                                  kInstanceDictGetSet,
                              });
    type_ready(FunctionType);

    type_init_builtin(BoundMethodType, "method", &ObjectType, sizeof(BoundMethod),
                      type_flags::kHasGC | type_flags::kWeakrefable);
    BoundMethodType.destroy = bound_method_destroy;
    BoundMethodType.traverse = bound_method_traverse;
    BoundMethodType.clear = bound_method_clear;
    BoundMethodType.call = bound_method_call;
    BoundMethodType.repr = bound_method_repr;
    BoundMethodType.compare = bound_method_compare;
    BoundMethodType.hash = bound_method_hash;
    BoundMethodType.getattr = bound_method_getattr;
    add_getsets(BoundMethodType, {{"__func__", bound_method_func}, {"__self__", bound_method_self}});
    type_ready(BoundMethodType);

    init_wrapper_type<StaticMethod>(StaticMethodType, "staticmethod", staticmethod_get);
    StaticMethodType.call = staticmethod_call;  // staticmethod objects are callable since 3.10
    type_ready(StaticMethodType);
    init_wrapper_type<ClassMethod>(ClassMethodType, "classmethod", classmethod_get);
    type_ready(ClassMethodType);

    type_init_builtin(PropertyType, "property", &ObjectType, sizeof(Property),
                      type_flags::kHasGC | type_flags::kBaseType);
    PropertyType.destroy = property_destroy;
    PropertyType.traverse = property_traverse;
    PropertyType.clear = property_clear;
    PropertyType.new_instance = property_new;
    PropertyType.init = property_init;
    PropertyType.descr_get = property_get;
    PropertyType.descr_set = property_set;
    PropertyType.getattr = generic_getattr;
    add_getsets(PropertyType, {
                                  {"fget", property_fget},
                                  {"fset", property_fset},
                                  {"fdel", property_fdel},
                                  {"__doc__", property_doc},
                              });
    add_methods(PropertyType, {
                                  {"getter", property_getter_method},
                                  {"setter", property_setter_method},
                                  {"deleter", property_deleter_method},
                                  {"__set_name__", property_set_name},
                              });
    type_ready(PropertyType);
}

}  // namespace minipy
