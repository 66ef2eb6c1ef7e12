// property: a data descriptor that calls Python accessors (CPython's
// Objects/descrobject.c).
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

namespace minipy {

// Each accessor and the doc may be null.
struct Property : Object {
    Object* getter = nullptr;
    Object* setter = nullptr;
    Object* deleter = nullptr;
    Object* doc = nullptr;
    Object* name = nullptr;  // from __set_name__, for error messages
};

extern Type PropertyType;

void property_type_init();

}  // namespace minipy
