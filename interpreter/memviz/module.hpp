// The builtin module `memviz` (module.cpp), registered by interpreter.cpp.
#pragma once

#include "runtime/core/object.hpp"

namespace minipy {
struct Module;
}

namespace minipy::interp::memviz {

Ref<Module> make_memviz_module();

}  // namespace minipy::interp::memviz
