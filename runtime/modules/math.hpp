// The `math` module (CPython's Modules/mathmodule.c).
#pragma once

#include "runtime/module.hpp"
#include "runtime/object.hpp"

namespace minipy {

Ref<Module> make_math_module();

}  // namespace minipy
