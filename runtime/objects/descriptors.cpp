// getset_descriptor, method_descriptor and classmethod_descriptor: binding
// and calling the C++ attributes and methods of builtin types (CPython's
// Objects/descrobject.c).
#include "runtime/objects/descriptors.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/objects/builtin_function.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

#include <cstddef>

namespace minipy {

Type GetSetDescriptorType;
Type MethodDescriptorType;
Type ClassMethodDescriptorType;

// ------------------------------------------------------- PyDescr_COMMON

void descriptor_start(Descriptor* d, Type* owner, Str* name) {
    d->owner = share(owner).release();
    d->name = share(name).release();
    gc_track(d);
}

void descriptor_release(Descriptor* d) {
    clear_slot(d->owner);
    clear_slot(d->name);
    clear_slot(d->qualname);
}

void descriptor_traverse(Object* o, VisitFn visit, void* arg) {
    visit_field(static_cast<Descriptor*>(o)->owner, visit, arg);
}

Ref<> descriptor_get_name(Object* o) { return share<Object>(static_cast<Descriptor*>(o)->name); }
// None once the collector cleared a member descriptor's owner.
Ref<> descriptor_get_objclass(Object* o) {
    Type* owner = static_cast<Descriptor*>(o)->owner;
    return share<Object>(owner ? static_cast<Object*>(owner) : None);
}

// CPython's calculate_qualname, kept in d_qualname once made.
Ref<> descriptor_get_qualname(Object* o) {
    auto* d = static_cast<Descriptor*>(o);
    if (!d->qualname) {
        Ref<> owner_qualname = getattr(d->owner ? static_cast<Object*>(d->owner) : None, "__qualname__");
        if (!owner_qualname) return nullptr;
        if (!is_str(owner_qualname.get()))
            return raise(exc::TypeError, "<descriptor>.__objclass__.__qualname__ is not a unicode object");
        Ref<> joined = str_from(fmt::format("{}.{}", StrUtf8(cast<Str>(owner_qualname.get())).view(),
                                            StrUtf8(d->name).view()));
        if (!joined) return nullptr;
        d->qualname = cast<Str>(joined.release());
    }
    return share<Object>(d->qualname);
}

void add_descriptor_getsets(Type& type) {
    add_getsets(type, {
                          {"__name__", descriptor_get_name},
                          {"__qualname__", descriptor_get_qualname},
                          {"__objclass__", descriptor_get_objclass},
                      });
}

// -------------------------------------------------------- getset descriptors

Ref<> getset_descriptor_new(const GetSetDef* def, Type* owner) {
    auto d = new_object<GetSetDescriptor>(&GetSetDescriptorType);
    d->def = def;
    descriptor_start(d.get(), owner, intern(def->name));
    return d;
}

static void getset_destroy(Object* o) {
    auto* d = cast<GetSetDescriptor>(o);
    descriptor_release(d);
    delete_object(d);
}

static bool check_descriptor_owner(const char* name, Type* owner, Object* instance) {
    if (is_instance_of(instance, owner)) return true;
    raisef(exc::TypeError, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object", name, owner->name_view(),
           type_name(instance));
    return false;
}

static Ref<> getset_get(Object* descr, Object* instance, Type*) {
    auto* d = cast<GetSetDescriptor>(descr);
    if (!instance) return share(descr);
    if (!check_descriptor_owner(d->def->name, d->owner, instance)) return nullptr;
    return d->def->get(instance);
}

static int getset_set(Object* descr, Object* instance, Object* value) {
    auto* d = cast<GetSetDescriptor>(descr);
    if (!check_descriptor_owner(d->def->name, d->owner, instance)) return -1;
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

// --------------------------------------------------- method descriptors

static void method_descriptor_destroy(Object* o) {
    auto* d = cast<MethodDescriptor>(o);
    descriptor_release(d);
    delete_object(d);
}

// list.append(lst, x): the instance comes first.
static Ref<> method_descriptor_call(Object* callable, const Args& args) {
    auto* d = cast<MethodDescriptor>(callable);
    if (args.size() < 1)
        return raisef(exc::TypeError, "unbound method {}.{}() needs an argument", d->owner->name_view(), d->def->name);
    if (!is_instance_of(args[0], d->owner))
        return raisef(exc::TypeError, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object", d->def->name,
                      d->owner->name_view(), type_name(args[0]));
    return call_native(d->def->fn, args[0], args.drop_first());
}

static Ref<> method_descriptor_get(Object* descr, Object* instance, Type*) {
    auto* d = cast<MethodDescriptor>(descr);
    if (!instance) return share(descr);
    if (!check_descriptor_owner(d->def->name, d->owner, instance)) return nullptr;
    return builtin_function_new(d->def, instance);
}

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
    return call_native(d->def->fn, args[0], args.drop_first());
}

// Each kind keeps its call in its vectorcall word, as CPython's
// descr_new sets method_vectorcall_* and classmethod descriptors'.
Ref<> method_descriptor_new(const MethodDef* def, Type* owner) {
    const bool is_class = def->kind == MethodKind::Class;
    auto d = new_object<MethodDescriptor>(is_class ? &ClassMethodDescriptorType : &MethodDescriptorType);
    d->def = def;
    d->vectorcall = is_class ? classmethod_descriptor_call : method_descriptor_call;
    descriptor_start(d.get(), owner, intern(def->name));
    return d;
}

// ------------------------------------------------------------------- init

void getset_descriptor_type_init() {
    type_init_builtin(GetSetDescriptorType, "getset_descriptor", &ObjectType, sizeof(GetSetDescriptor),
                      type_flags::kHasGC);
    GetSetDescriptorType.destroy = getset_destroy;
    GetSetDescriptorType.traverse = descriptor_traverse;
    GetSetDescriptorType.descr_get = getset_get;
    GetSetDescriptorType.descr_set = getset_set;
    GetSetDescriptorType.repr = getset_repr;
    GetSetDescriptorType.getattr = generic_getattr;
    add_descriptor_getsets(GetSetDescriptorType);
    type_ready(GetSetDescriptorType);
}

void method_descriptor_types_init() {
    type_init_builtin(MethodDescriptorType, "method_descriptor", &ObjectType, sizeof(MethodDescriptor),
                      type_flags::kHasGC);
    MethodDescriptorType.vectorcall_offset = offsetof(MethodDescriptor, vectorcall);
    MethodDescriptorType.destroy = method_descriptor_destroy;
    MethodDescriptorType.traverse = descriptor_traverse;
    MethodDescriptorType.call = method_descriptor_call;
    MethodDescriptorType.descr_get = method_descriptor_get;
    MethodDescriptorType.repr = method_descriptor_repr;
    MethodDescriptorType.getattr = generic_getattr;
    add_descriptor_getsets(MethodDescriptorType);
    type_ready(MethodDescriptorType);

    type_init_builtin(ClassMethodDescriptorType, "classmethod_descriptor", &ObjectType, sizeof(MethodDescriptor),
                      type_flags::kHasGC);
    ClassMethodDescriptorType.vectorcall_offset = offsetof(MethodDescriptor, vectorcall);
    ClassMethodDescriptorType.destroy = method_descriptor_destroy;
    ClassMethodDescriptorType.traverse = descriptor_traverse;
    ClassMethodDescriptorType.call = classmethod_descriptor_call;
    ClassMethodDescriptorType.descr_get = classmethod_descriptor_get;
    ClassMethodDescriptorType.repr = method_descriptor_repr;
    ClassMethodDescriptorType.getattr = generic_getattr;
    add_descriptor_getsets(ClassMethodDescriptorType);
    type_ready(ClassMethodDescriptorType);
}

}  // namespace minipy
