// Command-line parsing with CLI11, under CPython's rules for where the
// options end.
//
// The option table is declared once, in CLI11. CPython's rule that the
// options stop at the first non-option (or right after `-c CODE`), leaving
// the rest untouched for the program, is not one CLI11 has; a pre-scan finds
// that point by asking the same table which letters exist and which take a
// value, and reports bad options as python3 does. CLI11 then parses the
// option part.
#include "interpreter/command_line.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdio>

namespace minipy::interp {

namespace {

constexpr const char* kUsageLine = "usage: minipy [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

// The entries of CPython's `python3 -h` that minipy implements, in its words.
constexpr const char* kHelp =
    "Options:\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-i     : inspect interactively after running script; forces a prompt even\n"
    "         if stdin does not appear to be a terminal\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-q     : don't print version and copyright messages on interactive startup\n"
    "-u     : force the stdout and stderr streams to be unbuffered;\n"
    "         this option has no effect on stdin; also PYTHONUNBUFFERED=x\n"
    "-V     : print the minipy version number and exit (also --version)\n"
    "--draw OUT : draw memory at the program's steps into OUT-1.txt, OUT-2.txt, ...\n"
    "         (also .dot and .svg; OUT.html: one page stepping through them all);\n"
    "         steps at #SLIDE comments, memviz.snapshot() and the end, or else\n"
    "         after each top-level statement\n"
    "Arguments:\n"
    "file   : program read from script file (a directory runs its __main__.py)\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

// A bad option: CPython's message, its usage line, exit status 2.
int usage_error(const std::string& message) {
    std::fprintf(stderr, "%s\n%sTry `minipy -h' for more information.\n", message.c_str(), kUsageLine);
    return 2;
}

struct OptionTable {
    CLI::App app{"minipy"};
    std::string code;
    std::string module;

    explicit OptionTable(CommandLine& cl) {
        app.set_help_flag();  // -h prints CPython's help text, not CLI11's
        app.add_flag("-h,--help", cl.help, "print this help message and exit");
        app.add_flag("-V,--version", cl.version, "print the version and exit");
        app.add_flag("-i", cl.inspect, "inspect interactively after running the program");
        app.add_flag("-q", cl.quiet, "don't print the banner on interactive startup");
        app.add_flag("-u", cl.unbuffered, "unbuffered stdout and stderr");
        app.add_option("-c", code, "program passed in as string (terminates option list)");
        app.add_option("-m", module, "run library module as a script (terminates option list)");
        app.add_option("--draw", cl.draw, "draw memory at each step into OUT-N.txt/.dot/.svg or OUT.html");
    }

    // nullptr for an unknown option; otherwise whether it takes a value.
    const CLI::Option* find(const std::string& name) const { return app.get_option_no_throw(name); }
};

}  // namespace

std::string command_line_help() { return std::string(kUsageLine) + kHelp; }

std::optional<int> parse_command_line(int argc, char** argv, CommandLine& cl) {
    OptionTable table(cl);
    std::vector<std::string> options;  // what CLI11 parses
    int i = 1;
    std::string ending;  // "-c" or "-m" once one of them ended the options
    for (; i < argc && ending.empty(); ++i) {
        std::string arg = argv[i];
        if (arg == "--") {  // ends the options; the next argument is the script
            ++i;
            break;
        }
        if (arg.size() < 2 || arg[0] != '-') break;  // the script, or `-`
        if (arg[1] == '-') {
            std::string value;
            bool has_value = false;
            if (std::size_t eq = arg.find('='); eq != std::string::npos) {  // --draw=OUT
                value = arg.substr(eq + 1);
                arg.resize(eq);
                has_value = true;
            }
            const CLI::Option* option = table.find(arg);
            if (!option) return usage_error("unknown option " + arg);
            options.push_back(arg);
            if (option->get_items_expected_min() == 0) continue;
            if (!has_value) {
                if (i + 1 >= argc) return usage_error("Argument expected for the " + arg + " option");
                value = argv[++i];
            }
            options.push_back(value);
            continue;
        }
        // A cluster of one-letter options: `-qu`, `-qc CODE`, `-cCODE`.
        for (std::size_t j = 1; j < arg.size(); ++j) {
            std::string name = arg[j] == '?' ? "-h" : std::string("-") + arg[j];
            const CLI::Option* option = table.find(name);
            if (!option) return usage_error(std::string("Unknown option: -") + arg[j]);
            if (option->get_items_expected_min() == 0) {  // a flag
                options.push_back(name);
                continue;
            }
            // An option with a value (-c, -m) takes the rest of the cluster
            // or the next argument, and ends the options.
            std::string value = arg.substr(j + 1);
            if (value.empty()) {
                if (i + 1 >= argc) return usage_error("Argument expected for the " + name + " option");
                value = argv[++i];
            }
            options.push_back(name);
            options.push_back(value);
            ending = name;
            break;
        }
    }
    std::reverse(options.begin(), options.end());  // CLI11 takes its vector back to front
    try {
        table.app.parse(options);
    } catch (const CLI::ParseError& e) {
        return usage_error(e.what());
    }
    if (ending == "-c") {
        cl.mode = RunMode::Code;
        cl.program = table.code;
    } else if (ending == "-m") {
        cl.mode = RunMode::Module;
        cl.program = table.module;
    } else if (i < argc) {
        cl.program = argv[i++];
        cl.mode = cl.program == "-" ? RunMode::Stdin : RunMode::Script;
    }
    for (; i < argc; ++i) cl.args.push_back(argv[i]);
    return std::nullopt;
}

std::vector<std::string> program_argv(const CommandLine& cl) {
    std::vector<std::string> argv;
    switch (cl.mode) {
        case RunMode::Default: argv.push_back(""); break;
        case RunMode::Code: argv.push_back("-c"); break;
        case RunMode::Module: argv.push_back("-m"); break;  // the module's path once it is found
        case RunMode::Script: argv.push_back(cl.program); break;
        case RunMode::Stdin: argv.push_back("-"); break;
    }
    argv.insert(argv.end(), cl.args.begin(), cl.args.end());
    return argv;
}

}  // namespace minipy::interp
