// The Ctrl-C and memory flags and their conversion into exceptions.
#include "runtime/core/interrupts.hpp"

#include "runtime/core/errors.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/objects/exceptions.hpp"

namespace minipy {

volatile std::sig_atomic_t interrupt_requested = 0;
volatile std::sig_atomic_t memory_error_pending = 0;

bool check_interrupts() {
    if (memory_error_pending) {
        memory_error_pending = 0;
        raise_memory_error();
        heap_keep_reserve();  // for the next time, if the memory is back
        return false;
    }
    if (!interrupt_requested) return true;
    interrupt_requested = 0;
    raise_object(exc::KeyboardInterrupt);
    return false;
}

}  // namespace minipy
