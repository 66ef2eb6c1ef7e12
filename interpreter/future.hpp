// Future statements (`from __future__ import annotations`): the compiler's
// check of the feature names (CPython's Python/future.c) and the
// `__future__` module that the statement then imports at run time.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/objects/module.hpp"

#include <string_view>

namespace minipy::interp {

// True for the features CPython 3.11 knows (all but `annotations` and
// `barry_as_FLUFL` are already mandatory and change nothing).
bool is_future_feature(std::string_view name);

// The `__future__` module: all_feature_names and one _Feature per feature,
// with CPython 3.11's release tuples and compiler flags.
Ref<Module> make_future_module();

}  // namespace minipy::interp
