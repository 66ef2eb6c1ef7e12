// The shared recursion counter and the stack-depth check.
#include "runtime/core/recursion.hpp"

#include "runtime/core/errors.hpp"
#include "runtime/objects/exceptions.hpp"

namespace minipy {

int recursion_depth = 0;
int recursion_limit = 1000;
std::uintptr_t stack_limit = 0;

bool enter_recursion(const char* where) {
    // The address of a local is the current stack pointer, near enough.
    char probe;
    bool stack_low = stack_limit && reinterpret_cast<std::uintptr_t>(&probe) < stack_limit;
    if (++recursion_depth > recursion_limit || stack_low) {
        --recursion_depth;
        raisef(exc::RecursionError, "maximum recursion depth exceeded{}", where);
        return false;
    }
    return true;
}

}  // namespace minipy
