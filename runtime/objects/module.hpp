// module: a namespace object (`import sys` binds one).
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

#include <string_view>

namespace minipy {

struct Dict;

// Where a module's code came from, as CPython's module spec says it
// (ModuleSpec.origin): what its repr shows when it has no __file__.
enum class ModuleOrigin : unsigned char {
    Source,   // a .py file (its __file__), or made by the program: <module 'm'>
    BuiltIn,  // written in C++: <module 'sys' (built-in)>
    Frozen,   // written in Python and embedded in minipy (lib/): <module 'copy' (frozen)>
};

struct Module : Object {
    Dict* dict = nullptr;  // owned: the module's globals
    ModuleOrigin origin = ModuleOrigin::Source;
    WeakRef* weakreflist = nullptr;  // md_weaklist (weakref.hpp)
};

extern Type ModuleType;

inline bool is_module(const Object* o) { return is_instance_of(o, &ModuleType); }

// A module with __name__ (and __doc__ = None) set.
Ref<Module> module_new(std::string_view name, ModuleOrigin origin = ModuleOrigin::Source);
// Sets a module attribute, sharing `value`.
void module_add(Module* m, std::string_view name, Object* value);

void module_type_init();

}  // namespace minipy
