// Builtins that need the evaluator (exec, eval, compile, globals, locals,
// __import__) and the hooks the runtime's builtins call back into.
#pragma once

namespace minipy {
struct Module;
}

namespace minipy::interp {

void add_interpreter_builtins(Module* builtins);

}  // namespace minipy::interp
