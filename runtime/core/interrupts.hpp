// Ctrl-C. The SIGINT handler only sets a flag; the evaluator polls it
// between statements, and so do blocking calls woken by the signal
// (time.sleep), so that a KeyboardInterrupt arrives promptly and at a point
// where raising is safe.
#pragma once

#include <csignal>

namespace minipy {

extern volatile std::sig_atomic_t interrupt_requested;

// Turns a pending Ctrl-C into KeyboardInterrupt: false with it raised.
bool check_interrupts();

}  // namespace minipy
