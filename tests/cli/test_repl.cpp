// REPL tests: minipy runs in a pseudo-terminal, as under a user's terminal
// emulator, and each test types keys into it and reads what it prints. The
// expected text is what CPython 3.11.7's REPL (`python3 -q`) printed for the
// same keys in the same kind of terminal (TERM=dumb, no ~/.inputrc); only
// minipy's banner is its own. Output is compared with "\r\n" read as "\n".
//
// To check an expectation against CPython, run the tests with
// MINIPY_REPL_REFERENCE=/path/to/python3.11: they then drive that
// interpreter, whose history file is ~/.python_history (the banner test
// then differs, as it should).
#include <catch2/catch.hpp>

#include <pty.h>
#include <signal.h>
#include <sys/select.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#ifndef MINIPY_BINARY
#error "MINIPY_BINARY must name the minipy executable"
#endif

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

Clock::time_point after(double seconds) {
    return Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
}

constexpr double kTimeout = 10;  // seconds; generous for loaded CI machines

// The interpreter under test: minipy, or CPython to check the expectations.
std::string interpreter() {
    const char* reference = std::getenv("MINIPY_REPL_REFERENCE");
    return reference && *reference ? reference : MINIPY_BINARY;
}

std::string history_name() {
    return fs::path(interpreter()).filename().string().rfind("python", 0) == 0 ? ".python_history"
                                                                               : ".minipy_history";
}

// A scratch directory, removed with everything in it.
struct TempDir {
    fs::path path;
    TempDir() {
        std::string pattern = (fs::temp_directory_path() / "minipy-repl-XXXXXX").string();
        path = mkdtemp(pattern.data());
    }
    ~TempDir() {
        std::error_code ignored;
        fs::remove_all(path, ignored);
    }
};

std::string read_text(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// minipy on the slave side of a pseudo-terminal; the test holds the master.
class Terminal {
public:
    struct Options {
        std::vector<std::string> args = {"-q"};
        fs::path home;         // $HOME (the history file's directory)
        fs::path stdout_file;  // when set, stdout goes there instead of the terminal
        fs::path stderr_file;  // the same for stderr
    };

    explicit Terminal(const Options& options) {
        winsize size{};
        size.ws_row = 24;
        size.ws_col = 80;
        pid_ = forkpty(&master_, nullptr, nullptr, &size);
        if (pid_ == 0) exec_child(options);
        REQUIRE(pid_ > 0);
    }

    ~Terminal() {
        if (pid_ > 0 && !exited_) {
            kill(pid_, SIGKILL);
            waitpid(pid_, nullptr, 0);
        }
        if (master_ >= 0) close(master_);
    }

    void type(const std::string& keys) { REQUIRE(write(master_, keys.data(), keys.size()) == static_cast<ssize_t>(keys.size())); }

    // Waits until `text` appears in the output after what earlier expects
    // matched, and moves past it.
    bool expect(const std::string& text, double timeout = kTimeout) {
        auto deadline = after(timeout);
        for (;;) {
            std::size_t at = output_.find(text, matched_);
            if (at != std::string::npos) {
                matched_ = at + text.size();
                return true;
            }
            if (!read_some(deadline)) {
                UNSCOPED_INFO("waited for: " << printable(text));
                UNSCOPED_INFO("terminal after the last match: " << printable(output_.substr(matched_)));
                return false;
            }
        }
    }

    // The exit status (or 128 + the signal), after reading the last output;
    // -1 if minipy is still running after `timeout`.
    int wait_exit(double timeout = kTimeout) {
        auto deadline = after(timeout);
        for (;;) {
            int status;
            if (waitpid(pid_, &status, WNOHANG) == pid_) {
                exited_ = true;
                while (read_some(Clock::now() + std::chrono::milliseconds(50))) {
                }
                return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
            }
            if (Clock::now() > deadline) return -1;
            read_some(Clock::now() + std::chrono::milliseconds(20));
        }
    }

    // Everything printed since the start, "\r\n" as "\n".
    const std::string& output() const { return output_; }
    std::string unmatched() const { return output_.substr(matched_); }

private:
    [[noreturn]] static void exec_child(const Options& options) {
        setenv("TERM", "dumb", 1);
        setenv("INPUTRC", "/dev/null", 1);
        setenv("HOME", options.home.c_str(), 1);
        if (!options.stdout_file.empty() && !freopen(options.stdout_file.c_str(), "w", stdout)) _exit(126);
        if (!options.stderr_file.empty() && !freopen(options.stderr_file.c_str(), "w", stderr)) _exit(126);
        std::vector<char*> argv;
        std::string program = interpreter();
        argv.push_back(program.data());
        std::vector<std::string> args = options.args;
        for (std::string& arg : args) argv.push_back(arg.data());
        argv.push_back(nullptr);
        execv(program.c_str(), argv.data());
        _exit(127);
    }

    // Reads what is available before `deadline`; false on timeout or when
    // the terminal is closed (minipy exited).
    bool read_some(Clock::time_point deadline) {
        auto left = std::chrono::duration_cast<std::chrono::microseconds>(deadline - Clock::now());
        if (left.count() <= 0) return false;
        fd_set fds;
        FD_ZERO(&fds);
        FD_SET(master_, &fds);
        timeval tv{static_cast<time_t>(left.count() / 1000000), static_cast<suseconds_t>(left.count() % 1000000)};
        if (select(master_ + 1, &fds, nullptr, nullptr, &tv) <= 0) return false;
        char chunk[4096];
        ssize_t n = read(master_, chunk, sizeof chunk);
        if (n <= 0) return false;  // EIO once the slave side is closed
        for (ssize_t i = 0; i < n; ++i)
            if (chunk[i] != '\r') output_ += chunk[i];
        return true;
    }

    static std::string printable(const std::string& s) {
        std::string out;
        for (char c : s) {
            if (c == '\n') out += "\\n";
            else if (static_cast<unsigned char>(c) < 32) out.append(1, '^').append(1, static_cast<char>(c + 64));
            else out += c;
        }
        return out;
    }

    int master_ = -1;
    pid_t pid_ = -1;
    bool exited_ = false;
    std::string output_;
    std::size_t matched_ = 0;
};

// A quiet session with a fresh home directory, at its first prompt.
struct Session {
    TempDir home;
    Terminal terminal;
    explicit Session(std::vector<std::string> args = {"-q"}) : terminal({std::move(args), home.path, {}, {}}) {
        REQUIRE(terminal.expect(">>> "));
    }
    // Types `line` and Enter, then expects the echo and `response`.
    bool enter(const std::string& line, const std::string& response) {
        terminal.type(line + "\n");
        return terminal.expect(line + "\n" + response);
    }
};

}  // namespace

TEST_CASE("the REPL echoes an expression's repr, except None, and keeps it in _", "[repl]") {
    Session s;
    CHECK(s.enter("1+1", "2\n>>> "));
    CHECK(s.enter("None", ">>> "));
    CHECK(s.enter("_", "2\n>>> "));
    CHECK(s.enter("'a' * 3", "'aaa'\n>>> "));
    CHECK(s.enter("print('x')", "x\n>>> "));  // print() returns None: _ stays
    CHECK(s.enter("_", "'aaa'\n>>> "));
    CHECK(s.enter("x = 5", ">>> "));  // statements echo nothing
    CHECK(s.enter("x, _", "(5, 'aaa')\n>>> "));
}

TEST_CASE("a def block continues with ... until an empty line", "[repl]") {
    Session s;
    CHECK(s.enter("def f(a):", "... "));
    CHECK(s.enter("    return a * 2", "... "));
    CHECK(s.enter("", ">>> "));
    CHECK(s.enter("f(21)", "42\n>>> "));
}

TEST_CASE("a for loop runs after its empty line and echoes its expressions", "[repl]") {
    Session s;
    CHECK(s.enter("for i in range(3):", "... "));
    CHECK(s.enter("  print('item', i)", "... "));
    CHECK(s.enter("  i * 10", "... "));
    CHECK(s.enter("", "item 0\n0\nitem 1\n10\nitem 2\n20\n>>> "));
}

TEST_CASE("open brackets, triple quotes and backslashes continue the line", "[repl]") {
    Session s;
    CHECK(s.enter("x = [1,", "... "));
    CHECK(s.enter("2,", "... "));
    CHECK(s.enter("3]", ">>> "));
    CHECK(s.enter("x", "[1, 2, 3]\n>>> "));
    CHECK(s.enter("s = '''a", "... "));
    CHECK(s.enter("b'''", ">>> "));
    CHECK(s.enter("s", "'a\\nb'\n>>> "));
    CHECK(s.enter("1 + \\", "... "));
    CHECK(s.enter("2", "3\n>>> "));
    CHECK(s.enter("# a comment alone", ">>> "));
}

TEST_CASE("an exception prints its traceback without source lines and the session goes on", "[repl]") {
    Session s;
    CHECK(s.enter("1/0",
                  "Traceback (most recent call last):\n"
                  "  File \"<stdin>\", line 1, in <module>\n"
                  "ZeroDivisionError: division by zero\n>>> "));
    CHECK(s.enter("def f():", "... "));
    CHECK(s.enter("  return {}['k']", "... "));
    CHECK(s.enter("", ">>> "));
    CHECK(s.enter("f()",
                  "Traceback (most recent call last):\n"
                  "  File \"<stdin>\", line 1, in <module>\n"
                  "  File \"<stdin>\", line 2, in f\n"
                  "KeyError: 'k'\n>>> "));
    CHECK(s.enter("abc",
                  "Traceback (most recent call last):\n"
                  "  File \"<stdin>\", line 1, in <module>\n"
                  "NameError: name 'abc' is not defined. Did you mean: 'abs'?\n>>> "));
    CHECK(s.enter("y = 7", ">>> "));
    CHECK(s.enter("y", "7\n>>> "));
}

TEST_CASE("values are shown through sys.displayhook and errors through sys.excepthook", "[repl]") {
    Session s;
    CHECK(s.enter("import sys", ">>> "));
    CHECK(s.enter("sys.displayhook = lambda v: print('shown:', v)", ">>> "));
    CHECK(s.enter("6 * 7", "shown: 42\n>>> "));
    CHECK(s.enter("None", "shown: None\n>>> "));
    CHECK(s.enter("sys.excepthook = lambda t, v, tb: print('caught:', t.__name__, v)", ">>> "));
    CHECK(s.enter("1/0", "caught: ZeroDivisionError division by zero\n>>> "));
    CHECK(s.enter("sys.displayhook = sys.__displayhook__", ">>> "));
    CHECK(s.enter("6 * 7", "42\n>>> "));
    CHECK(s.enter("del sys.displayhook", ">>> "));
    CHECK(s.enter("1", "caught: RuntimeError lost sys.displayhook\n>>> "));
}

TEST_CASE("a SyntaxError is reported with the line and a caret, and the session goes on", "[repl]") {
    Session s;
    CHECK(s.enter("1 +",
                  "  File \"<stdin>\", line 1\n"
                  "    1 +\n"
                  "       ^\n"
                  "SyntaxError: invalid syntax\n>>> "));
    CHECK(s.enter("x = = 1",
                  "  File \"<stdin>\", line 1\n"
                  "    x = = 1\n"
                  "        ^\n"
                  "SyntaxError: invalid syntax\n>>> "));
    CHECK(s.enter("if 1:", "... "));
    CHECK(s.enter("",
                  "  File \"<stdin>\", line 2\n"
                  "    \n"
                  "    ^\n"
                  "IndentationError: expected an indented block after 'if' statement on line 1\n>>> "));
    CHECK(s.enter("for x in []:", "... "));
    CHECK(s.enter("  pass", "... "));
    CHECK(s.enter("  1 +",
                  "  File \"<stdin>\", line 3\n"
                  "    1 +\n"
                  "       ^\n"
                  "SyntaxError: invalid syntax\n>>> "));
    CHECK(s.enter("print('still here')", "still here\n>>> "));
}

// CPython reports an error inside open brackets as soon as the parser meets
// it; minipy's interactive tokenizer (grammar/layout.cpp, finish()) asks for
// more lines whenever a bracket is open, so it waits at `... ` instead.
TEST_CASE("a SyntaxError inside open brackets is reported at once", "[repl]") {
    Session s;
    s.terminal.type("def f(:\n");
    CHECK(s.terminal.expect("def f(:\n"
                            "  File \"<stdin>\", line 1\n"
                            "    def f(:\n"
                            "          ^\n"
                            "SyntaxError: invalid syntax\n>>> ",
                            2));
}

TEST_CASE("Ctrl-C cancels the line being typed", "[repl]") {
    Session s;
    s.terminal.type("abc");
    REQUIRE(s.terminal.expect("abc"));
    s.terminal.type("\x03");  // nothing more is typed: the interrupt alone must end the line
    CHECK(s.terminal.expect("\nKeyboardInterrupt\n>>> "));
    CHECK(s.enter("print(7)", "7\n>>> "));
}

TEST_CASE("Ctrl-C drops a statement being continued", "[repl]") {
    Session s;
    CHECK(s.enter("def g():", "... "));
    s.terminal.type("  pass");
    REQUIRE(s.terminal.expect("  pass"));
    s.terminal.type("\x03");
    CHECK(s.terminal.expect("\nKeyboardInterrupt\n>>> "));  // back at the primary prompt
    CHECK(s.enter("g",
                  "Traceback (most recent call last):\n"
                  "  File \"<stdin>\", line 1, in <module>\n"
                  "NameError: name 'g' is not defined\n>>> "));
}

TEST_CASE("Ctrl-C interrupts running code with KeyboardInterrupt", "[repl]") {
    Session s;
    CHECK(s.enter("n = 0", ">>> "));
    CHECK(s.enter("while True: n += 1", "... "));
    s.terminal.type("\n");
    REQUIRE(s.terminal.expect("\n"));
    std::this_thread::sleep_for(std::chrono::milliseconds(300));  // the loop runs
    s.terminal.type("\x03");
    // The terminal itself echoes ^C; the traceback follows it.
    CHECK(s.terminal.expect("Traceback (most recent call last):\n"
                            "  File \"<stdin>\", line 1, in <module>\n"
                            "KeyboardInterrupt\n>>> "));
    CHECK(s.enter("n > 0", "True\n>>> "));
}

TEST_CASE("Ctrl-D at the primary prompt ends the session with status 0", "[repl]") {
    Session s;
    CHECK(s.enter("1", "1\n>>> "));
    s.terminal.type("\x04");
    CHECK(s.terminal.wait_exit() == 0);
    CHECK(s.terminal.unmatched() == "\n");
}

TEST_CASE("Ctrl-D ends a statement being continued, which then runs", "[repl]") {
    Session s;
    CHECK(s.enter("for i in range(2):", "... "));
    CHECK(s.enter("  print(i)", "... "));
    s.terminal.type("\x04");
    CHECK(s.terminal.expect("\n0\n1\n>>> "));  // after the `... ` prompt
    CHECK(s.enter("x = (1,", "... "));
    s.terminal.type("\x04");
    CHECK(s.terminal.expect("\n"
                            "  File \"<stdin>\", line 1\n"
                            "    x = (1,\n"
                            "        ^\n"
                            "SyntaxError: '(' was never closed\n>>> "));
    CHECK(s.enter("if 1:", "... "));
    s.terminal.type("\x04");
    CHECK(s.terminal.expect("\n"
                            "  File \"<stdin>\", line 1\n"
                            "    if 1:\n"
                            "         ^\n"
                            "IndentationError: expected an indented block after 'if' statement on line 1\n>>> "));
    s.terminal.type("\x04");
    CHECK(s.terminal.wait_exit() == 0);
}

TEST_CASE("exit() and sys.exit() end the session with their status", "[repl]") {
    SECTION("exit(3)") {
        Session s;
        CHECK(s.enter("exit", "Use exit() or Ctrl-D (i.e. EOF) to exit\n>>> "));
        s.terminal.type("exit(3)\n");
        CHECK(s.terminal.wait_exit() == 3);
    }
    SECTION("sys.exit with a message") {
        Session s;
        s.terminal.type("import sys; sys.exit('bye')\n");
        CHECK(s.terminal.wait_exit() == 1);
        CHECK(s.terminal.unmatched() == "import sys; sys.exit('bye')\nbye\n");
    }
}

TEST_CASE("the history is loaded from and saved to ~/.minipy_history", "[repl]") {
    TempDir home;
    fs::path history = home.path / history_name();
    {
        Terminal t({{"-q"}, home.path, {}, {}});
        REQUIRE(t.expect(">>> "));
        for (const char* line : {"1+1", "1+1", "2+2"}) {
            t.type(std::string(line) + "\n");
            REQUIRE(t.expect(">>> "));
        }
        t.type("\x04");
        REQUIRE(t.wait_exit() == 0);
    }
    // Each non-empty line, except a repeat of the one before, as CPython.
    CHECK(read_text(history) == "1+1\n2+2\n");
    {
        Terminal t({{"-q"}, home.path, {}, {}});
        REQUIRE(t.expect(">>> "));
        t.type("\x10\n");  // Ctrl-P: the previous line of the last session
        CHECK(t.expect("2+2\n4\n>>> "));
        t.type("3+3\n");
        REQUIRE(t.expect("6\n>>> "));
        t.type("raise SystemExit(0)\n");  // SystemExit saves the history too
        REQUIRE(t.wait_exit() == 0);
    }
    CHECK(read_text(history) == "1+1\n2+2\n3+3\nraise SystemExit(0)\n");
}

TEST_CASE("the banner and KeyboardInterrupt go to stderr, and -q drops the banner", "[repl]") {
    TempDir home;
    fs::path errors = home.path / "stderr.txt";
    {
        Terminal t({{}, home.path, {}, errors});
        REQUIRE(t.expect(">>> "));
        CHECK(t.output() == ">>> ");  // the banner did not reach the terminal
        t.type("abc");
        REQUIRE(t.expect("abc"));
        t.type("\x03");
        REQUIRE(t.expect(">>> "));
        t.type("\x04");
        REQUIRE(t.wait_exit() == 0);
        CHECK(t.output() == ">>> abc>>> ");
    }
    std::string banner_and_more = read_text(errors);
    CHECK(banner_and_more.rfind("minipy 0.1.0", 0) == 0);
    CHECK(banner_and_more.find("\nKeyboardInterrupt\n\n") != std::string::npos);

    Terminal quiet({{"-q"}, home.path, {}, errors});
    REQUIRE(quiet.expect(">>> "));
    quiet.type("\x04");
    REQUIRE(quiet.wait_exit() == 0);
    CHECK(read_text(errors) == "\n");
}

TEST_CASE("with stdout redirected, prompts stay on the terminal and stdout gets only output", "[repl]") {
    TempDir home;
    fs::path output = home.path / "stdout.txt";
    Terminal t({{"-q"}, home.path, output, {}});
    REQUIRE(t.expect(">>> "));
    t.type("1+1\n");
    REQUIRE(t.expect("1+1\n>>> "));
    t.type("print(5)\n");
    REQUIRE(t.expect("print(5)\n>>> "));
    t.type("\x04");
    REQUIRE(t.wait_exit() == 0);
    CHECK(read_text(output) == "2\n5\n");
}

TEST_CASE("on a terminal, `minipy -` is the REPL too, with sys.argv ['-', ...]", "[repl]") {
    Session s({"-q", "-", "a"});
    CHECK(s.enter("import sys; sys.argv, sys.path[0]", "(['-', 'a'], '')\n>>> "));
    Session plain;
    CHECK(plain.enter("import sys; sys.argv", "['']\n>>> "));
}

TEST_CASE("Tab completes keywords, names and attributes, as rlcompleter", "[repl]") {
    Session s;
    s.terminal.type("pri\t");
    REQUIRE(s.terminal.expect("print("));
    CHECK(s.enter("'hi')", "hi\n>>> "));
    CHECK(s.enter("numbers = [1]", ">>> "));
    s.terminal.type("numbers.app\t");
    REQUIRE(s.terminal.expect("numbers.append("));
    CHECK(s.enter("2)", ">>> "));
    s.terminal.type("numb\t");
    REQUIRE(s.terminal.expect("numbers"));
    CHECK(s.enter("", "[1, 2]\n>>> "));
    s.terminal.type("whi\t");
    REQUIRE(s.terminal.expect("while "));
    CHECK(s.enter("False: pass", "... "));
    CHECK(s.enter("", ">>> "));
}

TEST_CASE("with -i the REPL follows the program, in its namespace", "[repl]") {
    Session s({"-i", "-c", "answer = 6 * 7"});
    CHECK(s.enter("answer", "42\n>>> "));
    // The program's SystemExit is reported, and the session goes on.
    TempDir home;
    Terminal exits({{"-i", "-c", "import sys; sys.exit(3)"}, home.path, {}, {}});
    REQUIRE(exits.expect("  File \"<string>\", line 1, in <module>\nSystemExit: 3\n>>> "));
    exits.type("sys.argv\n");
    CHECK(exits.expect("sys.argv\n['-c']\n>>> "));
}

TEST_CASE("Tab indents instead of completing file names", "[repl]") {
    Session s;
    CHECK(s.enter("if True:", "... "));
    s.terminal.type("\tprint(5)\n");
    REQUIRE(s.terminal.expect("print(5)\n... "));
    CHECK(s.enter("", "5\n>>> "));
}
