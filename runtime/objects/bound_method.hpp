// method: a function bound to the object it was looked up on, `obj.method`
// (CPython's Objects/classobject.c).
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

namespace minipy {

// A function bound to an instance: `obj.method`.
struct BoundMethod : Object {
    Object* function = nullptr;  // owned
    Object* self = nullptr;      // owned
    WeakRef* weakreflist = nullptr;  // im_weakreflist (weakref.hpp)
    CallFn vectorcall = nullptr;     // Type::vectorcall_offset
};

extern Type BoundMethodType;

Ref<> bound_method_new(Object* function, Object* self);

void bound_method_type_init();

}  // namespace minipy
