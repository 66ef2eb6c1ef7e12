// The minipy command line:
//   minipy script.py [args…]    run a script
//   minipy -c CODE [args…]      run CODE
//   minipy - [args…]            run stdin (also when stdin is not a terminal)
//   minipy                      the REPL, on a terminal
//   minipy --version / -h
#include "interpreter/interpreter.hpp"
#include "interpreter/repl.hpp"
#include "runtime/recursion.hpp"

#include <CLI/CLI.hpp>

#include <pthread.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

namespace {

// Python recursion is C++ recursion in a tree-walker; the evaluator runs on
// a thread with a stack large enough for any reasonable recursion limit,
// and RecursionError is raised well before its end (runtime/recursion.hpp).
constexpr std::size_t kEvaluatorStack = 1024UL * 1024 * 1024;  // reserved, committed as used
constexpr std::size_t kStackMargin = 256UL * 1024;

struct Job {
    std::string script;  // path, "-" for stdin, empty for -c or the REPL
    std::string code;    // -c CODE
    bool has_code = false;
    std::vector<std::string> args;
    int exit_code = 0;
};

std::string read_all(std::istream& in) {
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string directory_of(const std::string& path) {
    std::size_t slash = path.rfind('/');
    if (slash == std::string::npos) return "";
    return slash == 0 ? "/" : path.substr(0, slash);
}

void* run_job(void* arg) {
    Job& job = *static_cast<Job*>(arg);
    char probe;
    minipy::stack_limit = reinterpret_cast<std::uintptr_t>(&probe) - (kEvaluatorStack - kStackMargin);
    using namespace minipy::interp;

    std::vector<std::string> argv;
    std::string path0;
    if (job.has_code) {
        argv.push_back("-c");
    } else if (!job.script.empty()) {
        argv.push_back(job.script);
        if (job.script != "-") path0 = directory_of(job.script);
    } else {
        argv.push_back("");
    }
    argv.insert(argv.end(), job.args.begin(), job.args.end());
    interpreter_init(argv, path0);

    int code;
    if (job.has_code) code = run_source(job.code, "<string>");
    else if (job.script == "-" || (job.script.empty() && !isatty(STDIN_FILENO))) code = run_source(read_all(std::cin), "<stdin>");
    else if (!job.script.empty()) code = run_file(job.script);
    else code = run_repl();
    job.exit_code = code == 2 && !job.script.empty() && job.script != "-" ? code : interpreter_finalize(code);
    return nullptr;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"minipy: a Python 3.11 subset whose memory behaves like CPython's"};
    app.prefix_command();  // everything after the script name belongs to the script
    Job job;
    bool version = false;
    app.add_option("-c", job.code, "program passed in as a string");
    app.add_flag("-V,--version", version, "print the version and exit");
    app.add_option("script", job.script, "the script to run ('-' reads stdin)");
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    }
    if (version) {
        std::puts("minipy 0.1.0 (Python 3.11 subset)");
        return 0;
    }
    job.has_code = app.count("-c") > 0;
    job.args = app.remaining();
    if (job.has_code && !job.script.empty()) {
        job.args.insert(job.args.begin(), job.script);
        job.script.clear();
    }

    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, kEvaluatorStack);
    pthread_t thread;
    if (pthread_create(&thread, &attr, run_job, &job) != 0) {
        std::fputs("minipy: cannot start the evaluator thread\n", stderr);
        return 1;
    }
    pthread_join(thread, nullptr);
    std::fflush(stdout);
    // The heap is not torn down object by object at exit; the finalization
    // CPython performs has already run.
    std::_Exit(job.exit_code);
}
