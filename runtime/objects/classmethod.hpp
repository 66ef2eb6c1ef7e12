// staticmethod and classmethod: the wrappers that change how a function
// found on a class binds (CPython's Objects/funcobject.c).
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

namespace minipy {

struct Dict;

// The two share their layout: the wrapped callable (null until __init__)
// and an instance dict (null until first set).
struct StaticMethod : Object {
    Object* callable = nullptr;
    Dict* dict = nullptr;
};
struct ClassMethod : Object {
    Object* callable = nullptr;
    Dict* dict = nullptr;
};

extern Type StaticMethodType;
extern Type ClassMethodType;

void staticmethod_classmethod_types_init();

}  // namespace minipy
