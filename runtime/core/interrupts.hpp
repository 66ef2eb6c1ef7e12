// Ctrl-C, and a heap run dry. The SIGINT handler only sets a flag; the evaluator polls it
// between statements, and so do blocking calls woken by the signal
// (time.sleep), so that a KeyboardInterrupt arrives promptly and at a point
// where raising is safe.
#pragma once

#include <csignal>

namespace minipy {

extern volatile std::sig_atomic_t interrupt_requested;
// Set when an allocation had to live on the heap's reserve
// (heap_alloc_or_reserve): the program gets MemoryError at the next safe point.
extern volatile std::sig_atomic_t memory_error_pending;

// Turns a pending MemoryError or Ctrl-C into the exception: false with it raised.
[[nodiscard]] bool check_interrupts();

}  // namespace minipy
