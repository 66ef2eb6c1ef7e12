// sys.excepthook and sys.displayhook: the hooks through which the
// interpreter reports an exception nothing caught and shows the value of a
// REPL expression statement, and their default implementations. A script
// may replace either, as CPython lets it.
#pragma once

#include "runtime/core/object.hpp"

#include <optional>

namespace minipy {
struct Module;
}

namespace minipy::interp {

// Adds excepthook, displayhook and their __excepthook__/__displayhook__
// originals to the sys module.
void add_sys_hooks(Module* sys);

// Reports `exc`, which nothing caught, through sys.excepthook (CPython's
// _PyErr_PrintEx past its SystemExit check): the default hook prints the
// traceback to stderr; a replaced one is called with (type, value,
// traceback), and when it fails its error is printed, then the original.
// Gives the exit code when the hook itself raised SystemExit.
std::optional<int> report_through_excepthook(Ref<> exc);

// A REPL expression statement's value through sys.displayhook (CPython's
// PRINT_EXPR). False with an exception pending on error.
[[nodiscard]] bool display_value(Object* value);

}  // namespace minipy::interp
