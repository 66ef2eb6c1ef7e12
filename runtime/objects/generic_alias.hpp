// types.GenericAlias: what `list[int]` evaluates to (PEP 585).
//
// Annotations are evaluated when a `def` runs (3.11 without
// `from __future__ import annotations`), so `def f(x: list[int])` needs the
// builtin containers to be subscriptable. The alias remembers its origin
// and arguments, prints as `list[int]`, calls the origin when called, and
// passes other attribute lookups to the origin, as CPython's
// Objects/genericaliasobject.c does; `list[int] | None` is a
// types.UnionType (union_type.hpp). Type-variable substitution is not
// supported.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

#include <string>

namespace minipy {

struct Tuple;

struct GenericAlias : Object {
    Object* origin = nullptr;  // owned: list in list[int]
    Tuple* args = nullptr;     // owned: (int,)
};

extern Type GenericAliasType;

// origin[args]; `args` is one argument or a tuple of them.
Ref<> generic_alias_new(Object* origin, Object* args);

// The `__class_getitem__` classmethod of the builtin generic containers
// (register with MethodKind::Class): `cls[args]` -> GenericAlias(cls, args).
Ref<> generic_class_getitem(Object* cls, const Args& args);

// Appends how an alias's repr shows one argument (`...`, a class as
// module.qualname, bare for builtins, anything else by repr()); false on error.
[[nodiscard]] bool generic_alias_repr_item(Object* p, std::string& out);

void generic_alias_type_init();

}  // namespace minipy
