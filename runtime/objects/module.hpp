// module: a namespace object (`import sys` binds one).
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

#include <string_view>

namespace minipy {

struct Dict;

struct Module : Object {
    Dict* dict = nullptr;  // owned: the module's globals
};

extern Type ModuleType;

inline bool is_module(const Object* o) { return is_instance_of(o, &ModuleType); }

// A module with __name__ (and __doc__ = None) set.
Ref<Module> module_new(std::string_view name);
// Sets a module attribute, sharing `value`.
void module_add(Module* m, std::string_view name, Object* value);

void module_type_init();

}  // namespace minipy
