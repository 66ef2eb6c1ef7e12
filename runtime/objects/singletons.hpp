// The unique objects None, NotImplemented and Ellipsis (`...`).
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

namespace minipy {

extern Type NoneType;
extern Type NotImplementedType;
extern Type EllipsisType;

extern Object NoneObject;
extern Object NotImplementedObject;
extern Object EllipsisObject;

inline Object* const None = &NoneObject;
inline Object* const NotImplemented = &NotImplementedObject;
inline Object* const Ellipsis = &EllipsisObject;

inline Ref<> none() { return share(None); }
inline Ref<> not_implemented() { return share(NotImplemented); }

void singletons_init();

}  // namespace minipy
