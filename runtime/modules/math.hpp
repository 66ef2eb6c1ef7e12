// The `math` module (CPython's Modules/mathmodule.c).
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/objects/module.hpp"

namespace minipy {

Ref<Module> make_math_module();

}  // namespace minipy
