// Ctrl-C, and a heap run dry. The SIGINT handler only sets a flag; the evaluator polls it
// between statements, and so do blocking calls woken by the signal
// (time.sleep), so that a KeyboardInterrupt arrives promptly and at a point
// where raising is safe.
//
// A host that must get control back whatever the program does (the fuzz
// targets) gives it a step budget as well. Once the budget is spent the
// interrupt is *sticky*: interrupt_requested stays set and every later
// check raises KeyboardInterrupt again, so a program that catches it
// (`while True: try: pass except BaseException: pass`) is stopped again at
// its next statement and unwinds to the host in a bounded number of steps.
// Counting steps costs a decrement per safe point and per iterator step,
// so only builds that define MINIPY_STEP_BUDGET count (the fuzz build,
// CMake's MINIPY_FUZZ); in other builds only step_budget_spend() ends one.
#pragma once

#include <csignal>
#include <cstdint>

namespace minipy {

extern volatile std::sig_atomic_t interrupt_requested;
// Set when an allocation had to live on the heap's reserve
// (heap_alloc_or_reserve): the program gets MemoryError at the next safe point.
extern volatile std::sig_atomic_t memory_error_pending;

// Turns a pending MemoryError, Ctrl-C or spent budget into the exception:
// false with it raised.
[[nodiscard]] bool check_interrupts();

// Steps left before the budget is spent; 0 when there is no budget.
extern std::int64_t step_budget_left;

// Starts a budget of `steps` (> 0), or removes the budget and its sticky
// interrupt (0).
void set_step_budget(std::int64_t steps);

// Spends the budget now: from here on every check raises.
void step_budget_spend();
bool step_budget_spent();

// One step of work: false with KeyboardInterrupt raised once the budget is
// spent. Free (always true) in builds that do not count steps.
inline bool step_budget_point() {
#if defined(MINIPY_STEP_BUDGET)
    if (step_budget_left > 0 && --step_budget_left == 0) step_budget_spend();
    return !(interrupt_requested | memory_error_pending) || check_interrupts();
#else
    return true;
#endif
}

}  // namespace minipy
