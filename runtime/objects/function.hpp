// function: the object side of a Python function (`def`, `lambda`), its
// attributes and its binding to instances (CPython's Objects/funcobject.c).
// Calling one is the interpreter's job: it installs FunctionType.call.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

namespace minipy {

struct Str;
struct Tuple;
struct Dict;

// A Python function (`def`, `lambda`). `code` is the interpreter's compiled
// body; the interpreter installs FunctionType.call.
struct Function : Object {
    Object* code = nullptr;        // owned
    Dict* globals = nullptr;       // owned
    Dict* builtins = nullptr;      // owned: __builtins__, the builtins its frames use (func_builtins)
    Str* name = nullptr;           // __name__
    Str* qualname = nullptr;       // __qualname__
    Tuple* defaults = nullptr;     // __defaults__, or null
    Dict* kwdefaults = nullptr;    // __kwdefaults__, or null
    Tuple* closure = nullptr;      // cells for free variables, or null
    Dict* dict = nullptr;          // __dict__, or null until first set
    Object* doc = nullptr;         // __doc__
    WeakRef* weakreflist = nullptr;  // func_weakreflist (weakref.hpp)
    Object* module = nullptr;      // __module__
    Dict* annotations = nullptr;   // __annotations__, or null
    CallFn vectorcall = nullptr;   // the interpreter's entry point (Type::vectorcall_offset)
};

extern Type FunctionType;

void function_type_init();

}  // namespace minipy
