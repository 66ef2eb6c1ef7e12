// The Ctrl-C flag and its conversion into KeyboardInterrupt.
#include "runtime/core/interrupts.hpp"

#include "runtime/core/errors.hpp"
#include "runtime/objects/exceptions.hpp"

namespace minipy {

volatile std::sig_atomic_t interrupt_requested = 0;

bool check_interrupts() {
    if (!interrupt_requested) return true;
    interrupt_requested = 0;
    raise_object(exc::KeyboardInterrupt);
    return false;
}

}  // namespace minipy
