// Native methods and computed attributes, declared in tables: what every
// builtin type and module writes to put C++ functions in its namespace.
//
// Every native function has one signature, `Ref<> fn(Object* self, const Args&)`:
// `self` is the bound object (the instance for methods, the class for class
// methods, the module for module functions). A type or module registers a
// whole table in one call; the objects that carry them at run time
// (method_descriptor, builtin_function_or_method, getset_descriptor) are in
// runtime/objects/descriptors.hpp and builtin_function.hpp.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/recursion.hpp"
#include "runtime/core/type.hpp"

#include <cstddef>
#include <initializer_list>
#include <new>

namespace minipy {

using NativeFn = Ref<> (*)(Object* self, const Args& args);

// What call_native does when the C++ library ran out of memory inside a
// builtin: MemoryError raised (null returned), or an abort when the failure
// unwound through Python frames, whose evaluator state is not restored by
// unwinding (`depth` is recursion_depth when the builtin was called).
std::nullptr_t native_out_of_memory(int depth);

// Calls a builtin's C++ function. The C++ library's own allocations inside
// it (a std::string or vector grown past what the system gives: str.replace,
// str.join, the repr of a huge list) fail with std::bad_alloc; that becomes
// MemoryError raised by the call, as CPython's builtins fail with
// PyErr_NoMemory. Every call of a NativeFn goes through here.
inline Ref<> call_native(NativeFn fn, Object* self, const Args& args) {
    const int depth = recursion_depth;
    try {
        return fn(self, args);
    } catch (const std::bad_alloc&) {
        return native_out_of_memory(depth);
    }
}

enum class MethodKind : unsigned char {
    Instance,  // list.append: self is the instance
    Class,     // dict.fromkeys: self is the class (classmethod)
    Static,    // str.maketrans: self is null (staticmethod)
};

struct MethodDef {
    const char* name;
    NativeFn fn;
    MethodKind kind = MethodKind::Instance;
};

// A computed attribute of a builtin type (CPython's getset_descriptor):
// `exc.args`, `func.__name__`, `cls.__mro__`.
using GetterFn = Ref<> (*)(Object* self);
using SetterFn = int (*)(Object* self, Object* value);  // value null: delete; -1 on error
struct GetSetDef {
    const char* name;
    GetterFn get;
    SetterFn set = nullptr;  // null: read-only
};

// Registers native methods or computed attributes in a type's namespace. The
// definitions are copied into storage that lives as long as the program;
// tables registered before the type is ready wait for type_ready.
void add_methods(Type& type, std::initializer_list<MethodDef> defs);
void add_methods(Type& type, const MethodDef* defs, std::size_t count);
void add_getsets(Type& type, std::initializer_list<GetSetDef> defs);
// Registers module functions: each becomes a builtin function bound to the module.
void add_module_functions(Object* module, std::initializer_list<MethodDef> defs);

// Called by type_ready: creates the descriptors for the tables registered
// with add_methods/add_getsets before the type was ready.
void install_method_tables(Type& type);

}  // namespace minipy
