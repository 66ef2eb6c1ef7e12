// types.UnionType: what `int | None` evaluates to (PEP 604).
//
// Annotations run when a `def` runs, so `def f(x: int | None = None)` needs
// `|` between classes. Classes, None, `list[int]`-style aliases and unions
// combine into a union that keeps its arguments flattened and without
// repeats (None stands as NoneType), prints as `int | None`, compares equal
// to a union of the same arguments in any order, and is accepted by
// isinstance() and issubclass() as the tuple of its arguments, as CPython
// 3.11's Objects/unionobject.c and abstract.c do. Type variables are not
// collected (`__parameters__` is empty) and a union is not subscriptable.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

namespace minipy {

struct Tuple;

struct UnionObject : Object {
    Tuple* args = nullptr;  // owned: (int, NoneType), at least two items
};

extern Type UnionTypeType;

inline bool is_union(const Object* o) { return o->type == &UnionTypeType; }

// The arguments of a union (borrowed).
inline Tuple* union_args(Object* u) { return static_cast<UnionObject*>(u)->args; }

// The `|` slot of type, GenericAlias and UnionType (CPython's
// _Py_union_type_or): a union of the two, or NotImplemented when either
// side cannot be in one.
Ref<> union_type_or(Object* a, Object* b);

void union_type_init();

}  // namespace minipy
