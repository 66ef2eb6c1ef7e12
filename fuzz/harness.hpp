// What the libFuzzer targets share: a quiet process, an evaluator thread
// with minipy's large stack, and the interpreter started once for all inputs.
//
// libFuzzer calls LLVMFuzzerTestOneInput on its own (main) thread, whose
// 8 MB stack is far less than minipy's evaluator gets (interpreter/main.cpp):
// the targets hand each input to one long-lived thread with a large stack,
// so that deep recursion ends in RecursionError as it does under `minipy`.
//
// Scripts print to stdout and tracebacks go to stderr; both would drown
// libFuzzer's log. The C streams `stdout` and `stderr` are pointed at
// /dev/null before the interpreter starts (sys.stdout and the tracebacks
// use them), while file descriptors 1 and 2 stay as they are: libFuzzer and
// the sanitizers write their reports there. stdin reads /dev/null, so
// input() meets EOF instead of waiting.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace minipy::fuzz {

// Silences the C streams as described above; call once, first.
void quiet_standard_streams();

// Runs `job` on the evaluator thread and waits for it.
void on_evaluator_thread(const std::function<void()>& job);

// Starts the runtime and the interpreter (sys.argv ['fuzz'], sys.path[0]
// `path0`) on the evaluator thread.
void start_interpreter(const std::string& path0 = "");

// The input as text (it may hold any bytes: the grammar must cope).
inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// An integer from the environment, or `fallback` (the budgets below can be
// tuned without a rebuild).
long env_number(const char* name, long fallback);

// A crash of the harness's own kind, for an invariant the runtime broke
// without crashing: prints `what` and aborts, so libFuzzer records the input.
[[noreturn]] void invariant_broken(const char* what);

}  // namespace minipy::fuzz
