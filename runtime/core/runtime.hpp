// Start-up of the runtime: every builtin type and module, in dependency order.
#pragma once

namespace minipy {

// Initialises the heap's singletons, the builtin types and the builtin
// exception classes. Idempotent; must run before any object is created.
void runtime_init();

}  // namespace minipy
