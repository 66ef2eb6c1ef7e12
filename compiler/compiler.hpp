// The compile pass: syntax tree -> executable tree and code objects.
#pragma once

#include "grammar/ast.hpp"
#include "grammar/parser.hpp"
#include "interpreter/frame.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace minipy::interp {

enum class CompileMode {
    File,         // a module: statements
    Interactive,  // a REPL entry: expression statements print their value
    Single,       // compile(..., 'single'): the same, from source that is complete
    Eval,         // eval(): one expression whose value the code returns
};

// The modes whose expression statements print their value (sys.displayhook).
inline bool is_interactive(CompileMode mode) { return mode == CompileMode::Interactive || mode == CompileMode::Single; }

struct CompileResult {
    Ref<CodeObject> code;                           // set on success
    std::optional<grammar::SyntaxErrorInfo> error;  // set on failure
    bool incomplete = false;                        // Interactive: more lines could complete it
    // One reference to each distinct constant of the source. CPython runs a
    // script, a REPL entry and exec()/eval() of a string while the syntax
    // tree that holds its literals is still alive (run_mod frees the arena
    // afterwards), and sys.getrefcount counts those references; whoever
    // runs such code keeps these until it returns. compile() and imports
    // drop them at once, as CPython does.
    std::vector<Ref<>> syntax_refs;
};

// Compiles a parsed module; the module's source and filename go with it.
CompileResult compile_module(const ast::Module& module, CompileMode mode);

// Parses and compiles source text.
CompileResult compile_source(std::string_view source, const std::string& filename, CompileMode mode);

// A SyntaxWarning on stderr as the warnings module shows it:
// `file:line: SyntaxWarning: message`, then the stripped source line when
// `filename` names a file ("<string>" and "<stdin>" do not).
void write_syntax_warning(const std::string& filename, std::string_view source, int lineno, const std::string& message);

}  // namespace minipy::interp
