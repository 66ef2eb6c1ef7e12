// The feature names a future statement (`from __future__ import x`) may
// name, as the compiler checks them (CPython's Python/future.c); the
// `__future__` module itself is interpreter/future_module.hpp.
#pragma once

#include <string_view>

namespace minipy::interp {

// True for the features CPython 3.11 knows (all but `annotations` and
// `barry_as_FLUFL` are already mandatory and change nothing).
bool is_future_feature(std::string_view name);

}  // namespace minipy::interp
