// Callables: builtin functions and methods written in C++, and the function,
// bound-method and descriptor objects of Python code.
//
// Every native function has one signature, `Ref<> fn(Object* self, const Args&)`:
// `self` is the bound object (the instance for methods, the module for module
// functions). Methods are declared in MethodDef tables and registered on a
// type or module in one call.
#pragma once

#include "runtime/core/method_def.hpp"
#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

#include <initializer_list>
#include <string_view>

namespace minipy {

struct Str;
struct Tuple;
struct Dict;

struct GetSetDescriptor : Object {
    const GetSetDef* def = nullptr;
    Type* owner = nullptr;  // borrowed
};

// builtin_function_or_method: a native function, possibly bound to `self`
// (the instance of a method, the module of a module function, or null).
struct BuiltinFunction : Object {
    const MethodDef* def = nullptr;
    Object* self = nullptr;    // owned, may be null
    Str* module = nullptr;     // owned: __module__ of module functions, may be null
};

// method_descriptor: `list.append` as found in the type's namespace.
struct MethodDescriptor : Object {
    const MethodDef* def = nullptr;
    Type* owner = nullptr;  // borrowed: descriptors live as long as their type
};

// A Python function (`def`, `lambda`). `code` is the interpreter's compiled
// body; the interpreter installs FunctionType.call.
struct Function : Object {
    Object* code = nullptr;        // owned
    Dict* globals = nullptr;       // owned
    Str* name = nullptr;           // __name__
    Str* qualname = nullptr;       // __qualname__
    Tuple* defaults = nullptr;     // __defaults__, or null
    Dict* kwdefaults = nullptr;    // __kwdefaults__, or null
    Tuple* closure = nullptr;      // cells for free variables, or null
    Dict* dict = nullptr;          // __dict__, or null until first set
    Object* doc = nullptr;         // __doc__
    Object* module = nullptr;      // __module__
    Dict* annotations = nullptr;   // __annotations__, or null
};

// A function bound to an instance: `obj.method`.
struct BoundMethod : Object {
    Object* function = nullptr;  // owned
    Object* self = nullptr;      // owned
};

// staticmethod / classmethod / property wrappers.
struct StaticMethod : Object {
    Object* callable = nullptr;
    Dict* dict = nullptr;
};
struct ClassMethod : Object {
    Object* callable = nullptr;
    Dict* dict = nullptr;
};
struct Property : Object {
    Object* getter = nullptr;
    Object* setter = nullptr;
    Object* deleter = nullptr;
    Object* doc = nullptr;
    Object* name = nullptr;  // from __set_name__, for error messages
};

extern Type GetSetDescriptorType;
extern Type BuiltinFunctionType;
extern Type MethodDescriptorType;
extern Type ClassMethodDescriptorType;
extern Type FunctionType;
extern Type BoundMethodType;
extern Type StaticMethodType;
extern Type ClassMethodType;
extern Type PropertyType;

Ref<> getset_descriptor_new(const GetSetDef* def, Type* owner);
// A builtin function object (`len`, `sys.getrefcount`, `[].append`). `def`
// must outlive the function (static tables do).
Ref<> builtin_function_new(const MethodDef* def, Object* self);
Ref<> bound_method_new(Object* function, Object* self);

void function_types_init();

}  // namespace minipy
