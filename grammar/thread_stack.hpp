// Where the calling thread's stack ends, so the parser can stop before it.
#pragma once

#include <cstdint>

namespace minipy::grammar {

// The lowest address of the calling thread's stack (it grows down on every
// platform minipy builds for), or 0 when the system cannot say. A fiber
// running on a stack of its own is not what the system knows as the
// thread's stack: code on a fiber passes its own bound to parse().
std::uintptr_t thread_stack_end();

}  // namespace minipy::grammar
