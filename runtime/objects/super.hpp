// super: attribute lookup that starts after a given class in an object's MRO.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

namespace minipy {

struct Super : Object {
    Type* thisclass = nullptr; // owned: the class whose successors are searched (__thisclass__)
    Object* obj = nullptr;     // owned: the instance (or class) the result binds to; may be null
    Type* obj_type = nullptr;  // owned: whose MRO is searched
};

extern Type SuperType;

// Zero-argument `super()` needs the calling frame's `__class__` cell and first
// argument; the interpreter provides them. Returns false with RuntimeError set
// when there are none.
using SuperContextFn = bool (*)(Type** type, Object** obj);
extern SuperContextFn super_context;

// What super(thisclass, obj).name finds before binding it: the first
// entry `name` of the classes after `thisclass` in `obj_type`'s MRO
// (borrowed), or null. Runs no code.
Object* super_lookup(Type* obj_type, Type* thisclass, Str* name);

void super_type_init();

}  // namespace minipy
