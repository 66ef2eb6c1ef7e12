// The `__future__` module that a future statement imports at run time
// (CPython's Lib/__future__.py); the compiler's check of the feature names
// is compiler/future.hpp.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/objects/module.hpp"

namespace minipy::interp {

// The `__future__` module: all_feature_names and one _Feature per feature,
// with CPython 3.11's release tuples and compiler flags.
Ref<Module> make_future_module();

}  // namespace minipy::interp
