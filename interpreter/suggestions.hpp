// "Did you mean: 'print'?" — the suggestion CPython 3.11 appends to an
// uncaught NameError or AttributeError (Python/suggestions.c).
#pragma once

#include "runtime/core/object.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace minipy::interp {

// The closest candidate to `name` within CPython's edit-distance budget, or
// empty when none is close enough.
std::string closest_name(std::string_view name, const std::vector<std::string>& candidates);

// The suggestion for an exception (empty when there is none). Never leaves
// an exception pending.
std::string suggestion_for(Object* exc);

}  // namespace minipy::interp
