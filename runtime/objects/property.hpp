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
    // The doc was taken from the getter, so a copy with another getter
    // (prop.getter(f)) takes that getter's instead (CPython's getter_doc).
    bool getter_doc = false;
};

extern Type PropertyType;

// Whether `o` is marked abstract: its `__isabstractmethod__` is true
// (CPython's _PyObject_IsAbstract). 1, 0 (also for null), or -1 on error.
// property, classmethod and staticmethod answer for what they wrap.
[[nodiscard]] int object_is_abstract(Object* o);

void property_type_init();

}  // namespace minipy
