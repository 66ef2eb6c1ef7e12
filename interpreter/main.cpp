// The minipy command line, read as CPython reads python3's (Python/getopt.c,
// Modules/main.c): options come first, up to the first argument that is not
// one; `-c CODE` ends them; everything after the script (or CODE) is the
// program's own, sys.argv[1:], even when it looks like an option.
//   minipy script.py [args…]    run a script (or a directory's __main__.py)
//   minipy -c CODE [args…]      run CODE
//   minipy - [args…]            run stdin (the REPL when it is a terminal)
//   minipy                      the REPL on a terminal, else run stdin
//   minipy --version / -h
#include "interpreter/interpreter.hpp"
#include "interpreter/repl.hpp"
#include "runtime/recursion.hpp"

#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace {

// Python recursion is C++ recursion in a tree-walker; the evaluator runs on
// a thread with a stack large enough for any reasonable recursion limit,
// and RecursionError is raised well before its end (runtime/recursion.hpp).
constexpr std::size_t kEvaluatorStack = 1024UL * 1024 * 1024;  // reserved, committed as used
constexpr std::size_t kStackMargin = 256UL * 1024;

constexpr const char* kVersion = "minipy 0.1.0 (Python 3.11 subset)";
constexpr const char* kUsageLine = "usage: minipy [option] ... [-c cmd | file | -] [arg] ...\n";

// The entries of CPython's `python3 -h` that minipy implements, in its words.
constexpr const char* kHelp =
    "Options:\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-q     : don't print version and copyright messages on interactive startup\n"
    "-u     : force the stdout and stderr streams to be unbuffered;\n"
    "         this option has no effect on stdin; also PYTHONUNBUFFERED=x\n"
    "-V     : print the minipy version number and exit (also --version)\n"
    "Arguments:\n"
    "file   : program read from script file (a directory runs its __main__.py)\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

enum class RunMode {
    Default,  // no program named: the REPL on a terminal, else stdin
    Code,     // -c CODE
    Script,   // a file or directory
    Stdin,    // `-`: as Default, but sys.argv[0] is '-'
};

struct CommandLine {
    RunMode mode = RunMode::Default;
    std::string program;             // CODE, or the script's path
    std::vector<std::string> args;   // sys.argv[1:]
    bool help = false;
    bool version = false;
    bool quiet = false;
    bool unbuffered = false;
};

// A bad option: CPython's message, its usage line, exit status 2.
int usage_error(const std::string& message) {
    std::fprintf(stderr, "%s\n%sTry `minipy -h' for more information.\n", message.c_str(), kUsageLine);
    return 2;
}

// Parses argv; on a bad option prints the error and returns its exit status.
std::optional<int> parse_command_line(int argc, char** argv, CommandLine& cl) {
    int i = 1;
    for (; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--") {  // ends the options; the next argument is the script
            ++i;
            break;
        }
        if (arg.size() < 2 || arg[0] != '-') break;  // the script, or `-`
        if (arg[1] == '-') {
            if (arg == "--help") cl.help = true;
            else if (arg == "--version") cl.version = true;
            else return usage_error("unknown option " + arg);
            continue;
        }
        // A cluster of one-letter options, as in `-qc CODE` or `-cCODE`.
        for (std::size_t j = 1; j < arg.size(); ++j) {
            char option = arg[j];
            if (option == 'c') {
                if (j + 1 < arg.size()) cl.program = arg.substr(j + 1);
                else if (i + 1 < argc) cl.program = argv[++i];
                else return usage_error("Argument expected for the -c option");
                cl.mode = RunMode::Code;
                for (++i; i < argc; ++i) cl.args.push_back(argv[i]);
                return std::nullopt;
            }
            if (option == 'h' || option == '?') cl.help = true;
            else if (option == 'V') cl.version = true;
            else if (option == 'q') cl.quiet = true;
            else if (option == 'u') cl.unbuffered = true;
            else return usage_error(std::string("Unknown option: -") + option);
        }
    }
    if (i < argc) {
        cl.program = argv[i++];
        cl.mode = cl.program == "-" ? RunMode::Stdin : RunMode::Script;
    }
    for (; i < argc; ++i) cl.args.push_back(argv[i]);
    return std::nullopt;
}

struct Job {
    CommandLine cl;
    int exit_code = 0;
};

std::string read_all(std::istream& in) {
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// sys.argv[0] and sys.path[0] for each way of naming the program.
std::vector<std::string> program_argv(const CommandLine& cl) {
    std::vector<std::string> argv;
    switch (cl.mode) {
        case RunMode::Default: argv.push_back(""); break;
        case RunMode::Code: argv.push_back("-c"); break;
        case RunMode::Script: argv.push_back(cl.program); break;
        case RunMode::Stdin: argv.push_back("-"); break;
    }
    argv.insert(argv.end(), cl.args.begin(), cl.args.end());
    return argv;
}

void* run_job(void* arg) {
    Job& job = *static_cast<Job*>(arg);
    const CommandLine& cl = job.cl;
    char probe;
    minipy::stack_limit = reinterpret_cast<std::uintptr_t>(&probe) - (kEvaluatorStack - kStackMargin);
    using namespace minipy::interp;

    std::string path0 = cl.mode == RunMode::Script ? script_path0(cl.program) : "";
    interpreter_init(program_argv(cl), path0);

    int code;
    if (cl.mode == RunMode::Code) code = run_source(cl.program, "<string>");
    else if (cl.mode == RunMode::Script) code = run_file(cl.program);
    else if (isatty(STDIN_FILENO)) code = run_repl(!cl.quiet);
    else code = run_source(read_all(std::cin), "<stdin>");
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
    if (std::optional<int> status = parse_command_line(argc, argv, job.cl)) return *status;
    if (job.cl.help) {
        std::printf("%s%s", kUsageLine, kHelp);
        return 0;
    }
    if (job.cl.version) {
        std::puts(kVersion);
        return 0;
    }
    if (job.cl.unbuffered) std::setvbuf(stdout, nullptr, _IONBF, 0);  // stderr is unbuffered already

    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, kEvaluatorStack);
    pthread_t thread;
    if (pthread_create(&thread, &attr, run_job, &job) != 0) {
        std::fputs("minipy: cannot start the evaluator thread\n", stderr);
        return 1;
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
    // CPython performs has already run.
    std::_Exit(job.exit_code);
}
