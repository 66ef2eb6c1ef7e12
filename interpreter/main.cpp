// The minipy program: parses the command line (command_line.cpp) and runs
// the evaluator on a thread with a large stack.
//   minipy script.py [args…]    run a script (or a directory's __main__.py)
//   minipy -c CODE [args…]      run CODE
//   minipy -m MODULE [args…]    run a module (a package's __main__) as __main__
//   minipy - [args…]            run stdin (the REPL when it is a terminal)
//   minipy                      the REPL on a terminal, else run stdin
//   minipy --draw OUT.txt script.py   the same, drawing memory at each step
//                                     (OUT.dot, OUT.svg: a file per step; OUT.html: one page)
//   minipy --version / -h
#include "interpreter/command_line.hpp"
#include "interpreter/interpreter.hpp"
#include "interpreter/memviz/render.hpp"
#include "interpreter/memviz/session.hpp"
#include "interpreter/repl.hpp"
#include "runtime/core/recursion.hpp"

#include <pthread.h>
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/lsan_interface.h>
#endif
#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

// libgcov's, present only in a profile-generating build (scripts/build-pgo.sh).
extern "C" void __gcov_dump() __attribute__((weak));

namespace {

// Python recursion is C++ recursion in a tree-walker; the evaluator runs on
// a thread with a stack large enough for any reasonable recursion limit,
// and RecursionError is raised well before its end (runtime/core/recursion.hpp).
// Under an address-space limit (`ulimit -v`) the stack takes an eighth of
// it at most (down to kSmallestStack), and less when even that cannot be
// reserved: the heap keeps the rest, so a program runs out of memory about
// where CPython (8 MB of stack) does, and deep recursion meets
// RecursionError sooner only under a small limit.
constexpr std::size_t kEvaluatorStack = 1024UL * 1024 * 1024;  // reserved, committed as used
constexpr std::size_t kSmallestStack = 8UL * 1024 * 1024;
constexpr std::size_t kStackMargin = 256UL * 1024;

std::size_t evaluator_stack_size() {
    rlimit limit;
    if (getrlimit(RLIMIT_AS, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY) return kEvaluatorStack;
    return std::clamp(static_cast<std::size_t>(limit.rlim_cur / 8), kSmallestStack, kEvaluatorStack);
}

constexpr const char* kVersion = "minipy 0.1.0 (Python 3.11 subset)";

using minipy::interp::CommandLine;
using minipy::interp::RunMode;

struct Job {
    CommandLine cl;
    std::size_t stack_size = evaluator_stack_size();
    int exit_code = 0;
};

std::string read_all(std::istream& in) {
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void* run_job(void* arg) {
    Job& job = *static_cast<Job*>(arg);
    const CommandLine& cl = job.cl;
    char probe;
    minipy::stack_limit = reinterpret_cast<std::uintptr_t>(&probe) - (job.stack_size - kStackMargin);
    using namespace minipy::interp;

    std::string path0 = cl.mode == RunMode::Script   ? script_path0(cl.program)
                        : cl.mode == RunMode::Module ? module_path0()
                                                     : "";
    interpreter_init(program_argv(cl), path0);
    if (!cl.draw.empty()) (void)memviz::draw_begin(cl.draw, cl.mode == RunMode::Script ? cl.program : "");  // checked in main

    // Under -i the program's SystemExit is reported like any exception and
    // the REPL follows, as CPython does.
    if (cl.inspect && cl.mode != RunMode::Default) report_system_exit_as_error(true);
    int code;
    if (cl.mode == RunMode::Code) code = run_source(cl.program, "<string>");
    else if (cl.mode == RunMode::Script) code = run_file(cl.program);
    else if (cl.mode == RunMode::Module) code = run_module(cl.program);
    else if (isatty(STDIN_FILENO)) code = run_repl(!cl.quiet);
    else code = run_file_program(read_all(std::cin), "<stdin>");
    if (cl.inspect && cl.mode != RunMode::Default) {
        report_system_exit_as_error(false);
        code = run_repl(false);
    }
    memviz::draw_end();
    job.exit_code = interpreter_finalize(code);
    return nullptr;
}

// CPython's exit_sigint(): after an uncaught KeyboardInterrupt the process
// kills itself with SIGINT, so the parent sees "interrupted" (status 130 in
// a shell), not an ordinary failure.
[[noreturn]] void exit_by_sigint(int fallback) {
    std::signal(SIGINT, SIG_DFL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
    kill(getpid(), SIGINT);
    std::_Exit(fallback);
}

}  // namespace

int main(int argc, char** argv) {
    Job job;
    if (std::optional<int> status = minipy::interp::parse_command_line(argc, argv, job.cl)) return *status;
    if (job.cl.help) {
        std::fputs(minipy::interp::command_line_help().c_str(), stdout);
        return 0;
    }
    if (job.cl.version) {
        std::puts(kVersion);
        return 0;
    }
    if (!job.cl.draw.empty()) {
        namespace memviz = minipy::interp::memviz;
        std::optional<std::string> format = memviz::format_of(job.cl.draw);
        if (!format) {
            std::fprintf(stderr, "minipy: --draw %s: the file name must end in .txt, .dot, .svg or .html\n",
                         job.cl.draw.c_str());
            return 2;
        }
        if (!memviz::format_available(*format)) {
            std::fprintf(stderr, "minipy: --draw %s: this minipy was built without Graphviz (libgraphviz-dev)\n",
                         job.cl.draw.c_str());
            return 2;
        }
    }
    if (job.cl.unbuffered) std::setvbuf(stdout, nullptr, _IONBF, 0);  // stderr is unbuffered already

    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_t thread;
    for (;;) {
        pthread_attr_setstacksize(&attr, job.stack_size);
        if (pthread_create(&thread, &attr, run_job, &job) == 0) break;
        if (job.stack_size / 2 < kSmallestStack) {
            std::fputs("minipy: cannot start the evaluator thread\n", stderr);
            return 1;
        }
        job.stack_size /= 2;
    }
    // SIGINT must reach the evaluator thread: its handler sets the flag the
    // safe points poll, and only there does it interrupt the REPL's select().
    sigset_t sigint;
    sigemptyset(&sigint);
    sigaddset(&sigint, SIGINT);
    pthread_sigmask(SIG_BLOCK, &sigint, nullptr);
    pthread_join(thread, nullptr);
    std::fflush(stdout);
    if (minipy::interp::ended_by_keyboard_interrupt()) exit_by_sigint(job.exit_code);
    // The heap is not torn down object by object at exit; the finalization
    // CPython performs has already run. Under the sanitizers, what is left
    // unreachable by then (a reference never released) is reported first.
#if defined(__SANITIZE_ADDRESS__)
    __lsan_do_leak_check();
#endif
    // An instrumented build (MINIPY_PGO=generate) writes its profile here:
    // _Exit skips the exit handlers that would.
    if (__gcov_dump) __gcov_dump();
    std::_Exit(job.exit_code);
}
