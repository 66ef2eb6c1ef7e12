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

// PyModuleObject's layout, so sys.getsizeof is CPython's.
struct Module : Object {
    Dict* dict = nullptr;  // owned: md_dict, the module's globals
    // md_def: CPython's definition of a module written in C (PyModuleDef);
    // minipy's builtin modules are made by C++ functions and have none.
    const void* def = nullptr;
    // md_state's word: CPython's per-module state of C extension modules
    // (PEP 3121), which minipy's have none of; it holds where the module
    // came from instead (CPython's spec says it).
    ModuleOrigin origin = ModuleOrigin::Source;
    WeakRef* weakreflist = nullptr;  // md_weaklist (weakref.hpp)
    // owned, may be null: md_name, the name the module was made with. Like
    // CPython, minipy names a module by its dict's __name__, which the
    // program may rebind; md_name names it once the collector has cleared
    // that dict (its repr, memviz's drawings).
    Str* name = nullptr;
};

extern Type ModuleType;

inline bool is_module(const Object* o) { return is_instance_of(o, &ModuleType); }

// A module with __name__ (and __doc__ = None) set.
Ref<Module> module_new(std::string_view name, ModuleOrigin origin = ModuleOrigin::Source);
// Sets a module attribute, sharing `value`.
void module_add(Module* m, std::string_view name, Object* value);

void module_type_init();

}  // namespace minipy
