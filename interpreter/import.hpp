// The import system: `import m`, `from m import x`, sys.modules, sys.path.
#pragma once

#include "interpreter/frame.hpp"
#include "runtime/core/object.hpp"
#include "runtime/objects/module.hpp"

#include <string>

#include <string_view>

namespace minipy {
struct Dict;
struct Str;
}  // namespace minipy

namespace minipy::interp {

using ModuleFactory = Ref<Module> (*)();

// Registers a builtin module, made on its first import.
void register_builtin_module(std::string_view name, ModuleFactory factory);

// sys.modules (owned by the sys module).
extern Dict* sys_modules;

// Imports `name` (dotted; `level` leading dots resolved against the
// importing frame's package) and returns the named module itself; the
// parent packages are imported and bound as attributes on the way.
Ref<> import_module(Frame& frame, Str* name, int level);
// The same for an absolute dotted name, from no frame.
Ref<> import_absolute(std::string_view full_name);

// Where the code of module `full_name` is: a file along its parent
// package's __path__ (`parent`, null for a top-level module) or sys.path,
// else a frozen module (lib/). False with ModuleNotFoundError set.
struct ModuleSource {
    std::string text;
    std::string filename;  // the file, or "<frozen NAME>"
    bool package = false;
    ModuleOrigin origin = ModuleOrigin::Source;
};
[[nodiscard]] bool find_module(std::string_view full_name, Object* parent, ModuleSource& out);

// Runs `source` as the module `name` (the script itself is `__main__`).
Ref<> exec_module_source(Module* module, const std::string& source, const std::string& filename);

}  // namespace minipy::interp
