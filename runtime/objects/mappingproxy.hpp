// mappingproxy: the read-only view of a class namespace that `Cls.__dict__` returns.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

namespace minipy {

struct Dict;

struct MappingProxy : Object {
    Object* mapping = nullptr;  // owned
};

extern Type MappingProxyType;

Ref<> mappingproxy_new(Dict* mapping);

void mappingproxy_type_init();

}  // namespace minipy
