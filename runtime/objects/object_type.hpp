// `object`, the base of every class (CPython's PyBaseObject_Type in
// Objects/typeobject.c). ObjectType itself is declared in runtime/core/type.hpp
// with the other core types.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

namespace minipy {

void object_type_init();

// object.__reduce_ex__(protocol), object.__reduce__() and
// object.__getstate__() (object_reduce.cpp): what copy and pickle ask of an
// object that says nothing about itself.
Ref<> object_reduce_ex(Object* self, const Args& args);
Ref<> object_reduce(Object* self, const Args& args);
Ref<> object_getstate(Object* self, const Args& args);
// The state __getstate__() gives (CPython's _PyObject_GetState): the
// instance dict or None, paired with the set __slots__ values when any.
Ref<> object_get_state(Object* obj);

}  // namespace minipy
