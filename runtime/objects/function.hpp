// function: the object side of a Python function (`def`, `lambda`), its
// attributes and its binding to instances (CPython's Objects/funcobject.c).
// Calling one is the interpreter's job: it installs FunctionType.call.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

#include <cstdint>

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
    // CPython 3.11's func_version, the key of its specialising interpreter's
    // call caches: 0 until that interpreter first asks for one, and 0 again
    // when __code__, __defaults__ or __kwdefaults__ change. minipy's call
    // nodes keep no cache keyed on it, so it stays 0; it is here so that a
    // function has CPython's layout (sys.getsizeof 152).
    std::uint32_t version = 0;
    CallFn vectorcall = nullptr;   // the interpreter's entry point (Type::vectorcall_offset)
};

extern Type FunctionType;

// Calls a Python function with `first` and then `args`' positional
// arguments (no keywords): a dunder method with its instance, __init__
// with the new object. The interpreter's entry, set when it starts; it
// binds the arguments straight into the callee's frame, without first
// copying them into one array.
using PrependedCallFn = Ref<> (*)(Function* fn, Object* first, const Args& args);
extern PrependedCallFn call_function_prepended;

void function_type_init();

}  // namespace minipy
