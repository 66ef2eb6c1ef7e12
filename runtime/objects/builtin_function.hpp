// builtin_function_or_method: a function written in C++, alone or bound to
// an object (CPython's Objects/methodobject.c). The native signature and the
// MethodDef tables it calls through are in runtime/core/method_def.hpp.
#pragma once

#include "runtime/core/method_def.hpp"
#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

namespace minipy {

struct Str;

// builtin_function_or_method: a native function, possibly bound to `self`
// (the instance of a method, the module of a module function, or null).
struct BuiltinFunction : Object {
    const MethodDef* def = nullptr;
    Object* self = nullptr;    // owned, may be null
    Str* module = nullptr;     // owned: __module__ of module functions, may be null
    WeakRef* weakreflist = nullptr;  // m_weakreflist (weakref.hpp)
    CallFn vectorcall = nullptr;     // Type::vectorcall_offset
};

extern Type BuiltinFunctionType;

// A builtin function object (`len`, `sys.getrefcount`, `[].append`). `def`
// must outlive the function (static tables do).
Ref<> builtin_function_new(const MethodDef* def, Object* self);

void builtin_function_type_init();

}  // namespace minipy
