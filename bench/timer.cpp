// bench-timer: run one command and report its wall-clock time and peak RSS.
//
//   bench-timer [-t SECONDS] -o FILE -- COMMAND [ARGS...]
//
// Writes one line to FILE: "<wall seconds> <peak RSS KiB> <status>", where
// the wall time is measured with CLOCK_MONOTONIC around fork/exec/wait, the
// peak RSS is the child's ru_maxrss from wait4() (KiB on Linux), and the
// status is the exit code, or 128+N for a child ended by signal N (as a
// shell reports it). The child inherits stdin, stdout and stderr, so the
// caller redirects them. With -t the child is killed (SIGKILL) after
// SECONDS and the status is 128+9.
//
// It exists because /usr/bin/time reports wall time in 10 ms steps, too
// coarse for start-up times, and because the benchmark runner must not
// depend on python3.

#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>

namespace {

volatile sig_atomic_t child_pid = 0;

void on_alarm(int) {
    if (child_pid > 0) kill(child_pid, SIGKILL);
}

double now_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

int usage() {
    std::fprintf(stderr, "usage: bench-timer [-t SECONDS] -o FILE -- COMMAND [ARGS...]\n");
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    std::string out_path;
    unsigned timeout = 0;
    int i = 1;
    for (; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--") {
            ++i;
            break;
        }
        if (arg == "-o" && i + 1 < argc) {
            out_path = argv[++i];
        } else if (arg == "-t" && i + 1 < argc) {
            timeout = unsigned(std::strtoul(argv[++i], nullptr, 10));
        } else {
            return usage();
        }
    }
    if (out_path.empty() || i >= argc) return usage();

    struct sigaction sa{};
    sa.sa_handler = on_alarm;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGALRM, &sa, nullptr);  // no SA_RESTART: wait4 sees EINTR

    double start = now_seconds();
    pid_t pid = fork();
    if (pid < 0) {
        std::perror("bench-timer: fork");
        return 2;
    }
    if (pid == 0) {
        execvp(argv[i], argv + i);
        std::fprintf(stderr, "bench-timer: cannot run %s: %s\n", argv[i], std::strerror(errno));
        _exit(127);
    }
    child_pid = pid;
    if (timeout > 0) alarm(timeout);

    int status = 0;
    rusage usage_info{};
    while (wait4(pid, &status, 0, &usage_info) < 0) {
        if (errno != EINTR) {
            std::perror("bench-timer: wait4");
            return 2;
        }
    }
    double wall = now_seconds() - start;
    alarm(0);

    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    FILE* out = std::fopen(out_path.c_str(), "w");
    if (!out) {
        std::perror("bench-timer: cannot write the result file");
        return 2;
    }
    std::fprintf(out, "%.6f %ld %d\n", wall, long(usage_info.ru_maxrss), code);
    std::fclose(out);
    return 0;
}
