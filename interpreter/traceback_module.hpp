// _traceback: the formatting lib/traceback.py builds on.
#pragma once

#include "runtime/objects/module.hpp"

namespace minipy::interp {

Ref<Module> make_traceback_module();

}  // namespace minipy::interp
