// The minipy command line, read as CPython reads python3's (Modules/main.c):
// options come first, up to the first argument that is not one; `-c CODE`
// and `-m MODULE` end them; everything after the script (or CODE) is the program's own,
// sys.argv[1:], even when it looks like an option.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace minipy::interp {

enum class RunMode {
    Default,  // no program named: the REPL on a terminal, else stdin
    Code,     // -c CODE
    Module,   // -m MODULE: the module's code runs as __main__
    Script,   // a file or directory
    Stdin,    // `-`: as Default, but sys.argv[0] is '-'
};

struct CommandLine {
    RunMode mode = RunMode::Default;
    std::string program;            // CODE, the script's path, or MODULE
    std::vector<std::string> args;  // sys.argv[1:]
    bool help = false;
    bool version = false;
    bool quiet = false;
    bool inspect = false;  // -i: the REPL after the program, in its namespace
    bool unbuffered = false;
    std::string draw;  // --draw OUT: memviz's drawings of the program's steps (interpreter/memviz/)
};

// Parses argv into `cl`. Returns an exit status when minipy should stop
// right away (a usage error, reported on stderr in CPython's words, status 2).
std::optional<int> parse_command_line(int argc, char** argv, CommandLine& cl);

// What -h prints.
std::string command_line_help();

// sys.argv for the program, as CPython sets it for each way of naming it.
std::vector<std::string> program_argv(const CommandLine& cl);

}  // namespace minipy::interp
