// The descriptors that put builtin attributes and methods in the namespaces of
// builtin types: getset_descriptor, method_descriptor, classmethod_descriptor
// (CPython's Objects/descrobject.c). Each borrows its def (static tables, or
// the registry's storage) and its owner type, both of which outlive it.
#pragma once

#include "runtime/core/method_def.hpp"
#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

namespace minipy {

// getset_descriptor: `int.real`, an attribute computed by C++ accessors.
struct GetSetDescriptor : Object {
    const GetSetDef* def = nullptr;
    Type* owner = nullptr;  // borrowed
};

// method_descriptor: `list.append` as found in the type's namespace.
// classmethod_descriptor (`dict.fromkeys`) has the same layout.
struct MethodDescriptor : Object {
    const MethodDef* def = nullptr;
    Type* owner = nullptr;  // borrowed: descriptors live as long as their type
};

extern Type GetSetDescriptorType;
extern Type MethodDescriptorType;
extern Type ClassMethodDescriptorType;

Ref<> getset_descriptor_new(const GetSetDef* def, Type* owner);

// Two inits, not one: runtime_init readies builtin_function_or_method
// between them, and the order types are readied in is observable
// (`object.__subclasses__()`).
void getset_descriptor_type_init();
void method_descriptor_types_init();  // method_descriptor and classmethod_descriptor

}  // namespace minipy
