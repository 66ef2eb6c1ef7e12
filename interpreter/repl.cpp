// The REPL, on readline's callback interface: the main loop waits for input
// with pselect(), so a Ctrl-C can cancel the line being typed (printing
// "KeyboardInterrupt" as CPython does) instead of being lost inside readline.
// CPython's Modules/readline.c reads its prompts the same way; what this
// file prints, and on which stream, follows a CPython 3.11 REPL in a
// terminal (tests/cli/test_repl.cpp drives both through a pseudo-terminal).
#include "interpreter/repl.hpp"

#include "interpreter/import.hpp"
#include "interpreter/interpreter.hpp"
#include "interpreter/safe_point.hpp"
#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/text/str.hpp"

#include <readline/history.h>
#include <readline/readline.h>

#include <pthread.h>
#include <pwd.h>
#include <signal.h>
#include <sys/select.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <utility>

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

// ~/.minipy_history; `~` as os.path.expanduser reads it (HOME, else the
// password database).
std::string history_path() {
    const char* home = std::getenv("HOME");
    if (!home || !*home) {
        const passwd* user = getpwuid(getuid());
        home = user ? user->pw_dir : ".";
    }
    return std::string(home) + "/.minipy_history";
}

// ------------------------------------------------------------ completion
//
// Tab completes as CPython's REPL does: readline asks lib/rlcompleter.py's
// Completer for the completions of the word before the cursor, one by one.
// An error inside it (an attribute that raises) just ends the list, as
// CPython's readline module clears it.

// CPython's readline module's word delimiters: a dotted name is one word.
constexpr const char* kCompleterDelimiters = " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?";

Object* completer = nullptr;  // rlcompleter.Completer(), made at the first Tab

char* completion_entry(const char* text, int state) {
    if (!completer) {
        Ref<> module = import_absolute("rlcompleter");
        Ref<> made = module ? call_method(module.get(), "Completer", {}) : nullptr;
        if (!made) {
            clear_error();
            return nullptr;
        }
        completer = made.release();
    }
    Ref<> word = str_from(text);
    Ref<> index = int_from(state);
    Ref<> match = call_method(completer, "complete", {word.get(), index.get()});
    if (!match) {
        clear_error();
        return nullptr;
    }
    std::string utf8;
    if (!is_str(match.get()) || !str_text(match.get(), utf8)) {
        clear_error();
        return nullptr;
    }
    return strdup(utf8.c_str());
}

char** attempt_completion(const char* text, int, int) {
    rl_attempted_completion_over = 1;  // never readline's file names
    rl_completion_append_character = '\0';  // the completer adds what follows
    // A word of nothing but whitespace gets a tab, and one empty match (no
    // bell), as rlcompleter gives it.
    if (std::string_view(text).find_first_not_of(" \t") == std::string_view::npos) {
        rl_insert_text("\t");
        return rl_completion_matches(text, [](const char*, int state) { return state == 0 ? strdup("") : nullptr; });
    }
    return rl_completion_matches(text, completion_entry);
}

// CPython's readline module (Modules/readline.c, setup_readline and
// call_readline) configures readline this way.
void setup_readline() {
    rl_readline_name = "minipy";  // for `$if minipy` in ~/.inputrc
    // With stdout redirected, prompts and echo stay on the terminal through
    // stderr, and stdout gets only the program's output (CPython then reads
    // without readline and prompts on stderr).
    if (!isatty(STDOUT_FILENO)) rl_outstream = stderr;
    // A paste arrives as one line with embedded newlines under bracketed
    // paste, which a line-at-a-time REPL cannot split (bpo-42819).
    rl_variable_bind("enable-bracketed-paste", "off");
    // Tab completes names and attributes (rlcompleter), not file names.
    rl_completer_word_break_characters = const_cast<char*>(kCompleterDelimiters);
    rl_attempted_completion_function = attempt_completion;
}

// As call_readline: every non-empty line goes into the history, except a
// repeat of the line just before it.
void remember(const std::string& line) {
    if (line.empty()) return;
    HIST_ENTRY* last = history_length > 0 ? history_get(history_base + history_length - 1) : nullptr;
    if (!last || line != last->line) add_history(line.c_str());
}

enum class Input { Line, Eof, Interrupted };

// While a line is read, SIGINT is blocked except inside pselect(): a Ctrl-C
// then always ends the wait (it cannot arrive between the check of the
// flag and the wait, nor be taken inside readline's own handlers).
class SigintOnlyWhileWaiting {
public:
    SigintOnlyWhileWaiting() {
        sigset_t sigint;
        sigemptyset(&sigint);
        sigaddset(&sigint, SIGINT);
        pthread_sigmask(SIG_BLOCK, &sigint, &saved_);
        waiting_ = saved_;
        sigdelset(&waiting_, SIGINT);
    }
    ~SigintOnlyWhileWaiting() { pthread_sigmask(SIG_SETMASK, &saved_, nullptr); }
    const sigset_t* waiting_mask() const { return &waiting_; }

private:
    sigset_t saved_;
    sigset_t waiting_;
};

// Reads one line with `prompt`.
Input read_line(const char* prompt, std::string& line) {
    SigintOnlyWhileWaiting mask;
    delivered = false;
    rl_callback_handler_install(prompt, on_line);
    while (!delivered) {
        if (interrupt_requested) {
            interrupt_requested = 0;
            rl_free_line_state();
            rl_callback_sigcleanup();
            rl_callback_handler_remove();
            return Input::Interrupted;
        }
        fd_set fds;
        FD_ZERO(&fds);
        FD_SET(STDIN_FILENO, &fds);
        if (pselect(STDIN_FILENO + 1, &fds, nullptr, nullptr, nullptr, mask.waiting_mask()) < 0) {
            if (errno == EINTR) continue;
            rl_callback_handler_remove();
            return Input::Eof;
        }
        rl_callback_read_char();
    }
    if (!delivered_line) return Input::Eof;
    line = *delivered_line;
    return Input::Line;
}

bool is_blank(const std::string& s) { return s.find_first_not_of(" \t\n") == std::string::npos; }

// CPython writes the end of a cancelled or ended line, and the
// KeyboardInterrupt, to stderr (its error stream), not to stdout.
void to_stderr(const char* text) {
    std::fflush(stdout);
    std::fputs(text, stderr);
    std::fflush(stderr);
}

}  // namespace

int run_repl(bool banner) {
    setup_readline();
    std::string history = history_path();
    read_history(history.c_str());
    if (banner) {
        std::fputs("minipy 0.1.0 (a Python 3.11 subset) on linux\n", stderr);
        std::fputs("Type Ctrl-D to exit.\n", stderr);
    }

    std::string buffer;  // the entry so far: one statement, maybe several lines
    int exit_code = 0;
    for (;;) {
        std::string line;
        Input input = read_line(buffer.empty() ? kPrimaryPrompt : kSecondaryPrompt, line);
        if (input == Input::Interrupted) {
            to_stderr("\nKeyboardInterrupt\n");
            buffer.clear();
            continue;
        }
        bool at_eof = input == Input::Eof;
        if (at_eof) {
            to_stderr("\n");
            if (buffer.empty()) break;  // Ctrl-D at `>>> ` ends the session
        } else {
            remember(line);
            buffer += line;
            buffer += "\n";
        }
        if (is_blank(buffer)) {
            buffer.clear();
            continue;
        }
        ReplResult result = repl_run(buffer, at_eof, exit_code);
        if (result == ReplResult::NeedMore) continue;
        buffer.clear();
        std::fflush(stdout);
        std::fflush(stderr);
        if (result == ReplResult::Exit) break;
    }
    // As site.py's atexit hook: errors (an unwritable home) are ignored.
    write_history(history.c_str());
    if (completer) decref(std::exchange(completer, nullptr));
    return exit_code;
}

}  // namespace minipy::interp
