// The libFuzzer targets' shared pieces: quiet streams, the evaluator thread, interpreter start-up.
#include "fuzz/harness.hpp"

#include "interpreter/interpreter.hpp"
#include "runtime/core/recursion.hpp"

#include <pthread.h>
#include <signal.h>
#include <stdio.h>

#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>

namespace minipy::fuzz {

namespace {

// A quarter of interpreter/main.cpp's gigabyte: enough for the default
// recursion limit under ASan, and a program that raises the limit and
// recurses without end touches (and keeps resident) less stack before its
// RecursionError.
constexpr std::size_t kEvaluatorStack = 256UL * 1024 * 1024;
constexpr std::size_t kStackMargin = 256UL * 1024;

struct Evaluator {
    std::mutex mutex;
    std::condition_variable wake;
    const std::function<void()>* job = nullptr;  // set while a job waits or runs
    bool done = false;
};

Evaluator& evaluator() {
    static auto* e = new Evaluator();
    return *e;
}

void* evaluator_main(void*) {
    char probe;
    stack_limit = reinterpret_cast<std::uintptr_t>(&probe) - (kEvaluatorStack - kStackMargin);
    Evaluator& e = evaluator();
    std::unique_lock<std::mutex> lock(e.mutex);
    for (;;) {
        e.wake.wait(lock, [&] { return e.job && !e.done; });
        (*e.job)();
        e.done = true;
        e.wake.notify_all();
    }
}

}  // namespace

void quiet_standard_streams() {
    std::FILE* null_out = std::fopen("/dev/null", "w");
    std::FILE* null_err = std::fopen("/dev/null", "w");
    if (!null_out || !null_err || !std::freopen("/dev/null", "r", stdin)) invariant_broken("cannot open /dev/null");
    stdout = null_out;
    stderr = null_err;
}

void on_evaluator_thread(const std::function<void()>& job) {
    static bool started = [] {
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        pthread_attr_setstacksize(&attr, kEvaluatorStack);
        pthread_t thread;
        if (pthread_create(&thread, &attr, evaluator_main, nullptr) != 0)
            invariant_broken("cannot start the evaluator thread");
        return true;
    }();
    (void)started;
    Evaluator& e = evaluator();
    std::unique_lock<std::mutex> lock(e.mutex);
    e.job = &job;
    e.done = false;
    e.wake.notify_all();
    e.wake.wait(lock, [&] { return e.done; });
    e.job = nullptr;
}

void start_interpreter(const std::string& path0) {
    // minipy's SIGINT handler would turn libFuzzer's Ctrl-C (print the
    // statistics, stop) into a KeyboardInterrupt of the input under test.
    struct sigaction libfuzzer_handler {};
    sigaction(SIGINT, nullptr, &libfuzzer_handler);
    on_evaluator_thread([&] { interp::interpreter_init({"fuzz"}, path0); });
    sigaction(SIGINT, &libfuzzer_handler, nullptr);
}

long env_number(const char* name, long fallback) {
    const char* text = std::getenv(name);
    if (!text || !*text) return fallback;
    char* end;
    long value = std::strtol(text, &end, 10);
    return *end ? fallback : value;
}

void invariant_broken(const char* what) {
    // File descriptor 2, not `stderr`: that one writes to /dev/null here.
    dprintf(2, "minipy fuzz harness: %s\n", what);
    std::abort();
}

}  // namespace minipy::fuzz
