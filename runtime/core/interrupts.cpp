// The Ctrl-C and memory flags, the step budget, and their conversion into exceptions.
#include "runtime/core/interrupts.hpp"

#include "runtime/core/errors.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/objects/exceptions.hpp"

namespace minipy {

volatile std::sig_atomic_t interrupt_requested = 0;
volatile std::sig_atomic_t memory_error_pending = 0;
std::int64_t step_budget_left = 0;

namespace {
bool budget_spent = false;
}

bool check_interrupts() {
    if (memory_error_pending) {
        memory_error_pending = 0;
        raise_memory_error();
        heap_keep_reserve();  // for the next time, if the memory is back
        return false;
    }
    if (!interrupt_requested) return true;
    if (budget_spent) {
        raise(exc::KeyboardInterrupt, "step budget spent");
        return false;
    }
    interrupt_requested = 0;
    raise_object(exc::KeyboardInterrupt);
    return false;
}

void set_step_budget(std::int64_t steps) {
    step_budget_left = steps > 0 ? steps : 0;
    if (budget_spent) interrupt_requested = 0;
    budget_spent = false;
}

void step_budget_spend() {
    step_budget_left = 0;
    budget_spent = true;
    interrupt_requested = 1;
}

bool step_budget_spent() { return budget_spent; }

}  // namespace minipy
