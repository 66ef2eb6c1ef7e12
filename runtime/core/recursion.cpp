// The shared recursion counter and the stack-depth check.
#include "runtime/core/recursion.hpp"

#include "runtime/core/errors.hpp"
#include "runtime/objects/exceptions.hpp"

namespace minipy {

int recursion_depth = 0;
int recursion_limit = 1000;
std::uintptr_t stack_limit = 0;

bool recursion_error(const char* where) {
    --recursion_depth;
    raisef(exc::RecursionError, "maximum recursion depth exceeded{}", where);
    return false;
}

}  // namespace minipy
