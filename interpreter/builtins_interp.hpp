// Builtins that need the evaluator (exec, eval, compile, globals, locals,
// __import__, sys._getframe) and the hooks the runtime's builtins call back into.
#pragma once

namespace minipy {
struct Module;
}

namespace minipy::interp {

void add_interpreter_builtins(Module* builtins);
// The sys functions that need frames: _getframe.
void add_interpreter_sys_functions(Module* sys);

}  // namespace minipy::interp
