// The REPL, on readline's callback interface: the main loop waits for input
// with select(), so a Ctrl-C can cancel the line being typed (printing
// "KeyboardInterrupt" as CPython does) instead of being lost inside readline.
#include "interpreter/repl.hpp"

#include "interpreter/interpreter.hpp"
#include "interpreter/safe_point.hpp"

#include <readline/history.h>
#include <readline/readline.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <sys/select.h>
#include <unistd.h>

namespace minipy::interp {

namespace {

constexpr const char* kPrimaryPrompt = ">>> ";
constexpr const char* kSecondaryPrompt = "... ";

// What the line handler delivered: a line, or end of input.
std::optional<std::string> delivered_line;
bool delivered = false;

void on_line(char* line) {
    delivered = true;
    if (line) {
        delivered_line = std::string(line);
        std::free(line);
    } else {
        delivered_line.reset();
    }
    rl_callback_handler_remove();
}

std::string history_path() {
    const char* home = std::getenv("HOME");
    return std::string(home ? home : ".") + "/.minipy_history";
}

// Reads one line with `prompt`. Returns false at end of input; sets
// `interrupted` when Ctrl-C cancelled the line.
bool read_line(const char* prompt, std::string& line, bool& interrupted) {
    delivered = false;
    interrupted = false;
    rl_callback_handler_install(prompt, on_line);
    while (!delivered) {
        fd_set fds;
        FD_ZERO(&fds);
        FD_SET(STDIN_FILENO, &fds);
        int ready = select(STDIN_FILENO + 1, &fds, nullptr, nullptr, nullptr);
        if (interrupt_requested) {
            interrupt_requested = 0;
            rl_free_line_state();
            rl_callback_sigcleanup();
            rl_callback_handler_remove();
            std::fputs("\nKeyboardInterrupt\n", stdout);
            std::fflush(stdout);
            interrupted = true;
            return true;
        }
        if (ready < 0) {
            if (errno == EINTR) continue;
            rl_callback_handler_remove();
            return false;
        }
        rl_callback_read_char();
    }
    if (!delivered_line) return false;
    line = *delivered_line;
    return true;
}

bool is_blank(const std::string& s) { return s.find_first_not_of(" \t") == std::string::npos; }

}  // namespace

int run_repl() {
    std::string history = history_path();
    read_history(history.c_str());
    std::printf("minipy 0.1.0 (a Python 3.11 subset)\n");
    std::printf("Type Ctrl-D to exit.\n");
    std::fflush(stdout);

    std::string buffer;
    for (;;) {
        std::string line;
        bool interrupted = false;
        if (!read_line(buffer.empty() ? kPrimaryPrompt : kSecondaryPrompt, line, interrupted)) {
            std::fputs("\n", stdout);
            break;
        }
        if (interrupted) {
            buffer.clear();
            continue;
        }
        if (!is_blank(line)) add_history(line.c_str());
        buffer += line;
        buffer += "\n";
        if (is_blank(buffer)) {
            buffer.clear();
            continue;
        }
        if (repl_run(buffer) == ReplResult::NeedMore) continue;
        buffer.clear();
        std::fflush(stdout);
        std::fflush(stderr);
    }
    write_history(history.c_str());
    return 0;
}

}  // namespace minipy::interp
