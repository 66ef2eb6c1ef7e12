// `object`, the base of every class (CPython's PyBaseObject_Type in
// Objects/typeobject.c). ObjectType itself is declared in runtime/core/type.hpp
// with the other core types.
#pragma once

namespace minipy {

void object_type_init();

}  // namespace minipy
