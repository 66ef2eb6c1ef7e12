// The descriptors that put builtin attributes and methods in the namespaces of
// builtin types: getset_descriptor, method_descriptor, classmethod_descriptor
// (CPython's Objects/descrobject.c). member_descriptor (member.hpp) and
// wrapper_descriptor (core/slot_dispatch.cpp) share their first fields.
//
// Layouts are CPython 3.11's: PyDescr_COMMON (the owner type, the name and
// the qualified name, all owned), then each kind's own words, so
// sys.getsizeof is CPython's. Descriptors are tracked by the collector and
// reach their owner type, as CPython's descr_traverse: a class and the
// descriptors of its namespace make a cycle. The def each borrows is a
// static table or the registry's storage, which outlive it.
#pragma once

#include "runtime/core/method_def.hpp"
#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

namespace minipy {

struct Str;

// PyDescr_COMMON.
struct Descriptor : Object {
    Type* owner = nullptr;    // owned: d_type, the class whose namespace holds it (__objclass__)
    Str* name = nullptr;      // owned: d_name
    Str* qualname = nullptr;  // owned: d_qualname, made when __qualname__ is first read
};

// getset_descriptor: `int.real`, an attribute computed by C++ accessors
// (PyGetSetDescrObject).
struct GetSetDescriptor : Descriptor {
    const GetSetDef* def = nullptr;  // d_getset
};

// method_descriptor: `list.append` as found in the type's namespace
// (PyMethodDescrObject). classmethod_descriptor (`dict.fromkeys`) has the
// same layout.
struct MethodDescriptor : Descriptor {
    const MethodDef* def = nullptr;  // d_method
    CallFn vectorcall = nullptr;     // Type::vectorcall_offset
};

extern Type GetSetDescriptorType;
extern Type MethodDescriptorType;
extern Type ClassMethodDescriptorType;

// Fills the common part of a new descriptor (sharing `owner` and `name`)
// and tracks it: the last step of making one.
void descriptor_start(Descriptor* d, Type* owner, Str* name);
// descr_dealloc's releases, owner then name then qualname, and the
// traversal of the owner: the destroy and traverse slots of every kind.
void descriptor_release(Descriptor* d);
void descriptor_traverse(Object* o, VisitFn visit, void* arg);
// __name__, __qualname__ (`list.append`: the owner's qualified name, a
// dot and the name, made once) and __objclass__.
Ref<> descriptor_get_name(Object* o);
Ref<> descriptor_get_qualname(Object* o);
Ref<> descriptor_get_objclass(Object* o);
// Registers those three on a descriptor type.
void add_descriptor_getsets(Type& type);

Ref<> getset_descriptor_new(const GetSetDef* def, Type* owner);
// method_descriptor for an instance method, classmethod_descriptor for a
// class method.
Ref<> method_descriptor_new(const MethodDef* def, Type* owner);

// Two inits, not one: runtime_init readies builtin_function_or_method
// between them, and the order types are readied in is observable
// (`object.__subclasses__()`).
void getset_descriptor_type_init();
void method_descriptor_types_init();  // method_descriptor and classmethod_descriptor

}  // namespace minipy
