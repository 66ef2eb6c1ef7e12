// Scope analysis: which scope every name belongs to (CPython's symtable.c).
//
// One pass over the syntax tree records, per scope (module, class, function,
// lambda, comprehension), every name that is bound, used, or declared global
// or nonlocal. Resolution then decides, for each name of each scope:
//   Local      a slot of the function's frame
//   Cell       a local that an inner function captures: the slot holds a cell
//   Free       a variable of an enclosing function, reached through a cell
//   Global     declared `global`, or used in a function and bound nowhere
//              in the enclosing functions: looked up in globals, then builtins
//   Name       module and class bodies: looked up in the namespace dict, then
//              globals, then builtins (CPython's LOAD_NAME)
// Class bodies are skipped when resolving free variables of their methods,
// except for `__class__`, which the class provides to methods that use
// `super()` or `__class__`.
#pragma once

#include "grammar/ast.hpp"
#include "grammar/parser.hpp"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace minipy::interp {

enum class ScopeKind { Module, Class, Function, Lambda, Comprehension };

enum class NameKind { Local, Cell, Free, GlobalExplicit, GlobalImplicit, Name };

struct Symbol {
    // What the scope does with the name.
    bool bound = false;      // assigned, imported, def/class, parameter, loop target…
    bool used = false;       // read
    bool parameter = false;
    bool declared_global = false;
    bool declared_nonlocal = false;
    bool annotated = false;  // x: int at class or module level
    bool walrus_target = false;  // bound by (x := …) in this scope's own expressions
    ast::Position directive;  // the global/nonlocal statement, for errors found at resolution
    // Resolution.
    NameKind kind = NameKind::GlobalImplicit;
    int slot = -1;  // frame slot for Local, Cell and Free
};

struct Scope {
    ScopeKind kind = ScopeKind::Module;
    std::string name;       // function/class name, or "<module>", "<lambda>", "<listcomp>"…
    std::string qualname;   // Outer.method, f.<locals>.g
    const ast::Node* node = nullptr;
    Scope* parent = nullptr;
    std::vector<std::unique_ptr<Scope>> children;

    std::unordered_map<std::string, Symbol> symbols;
    std::vector<std::string> order;  // names in order of first appearance
    std::vector<std::string> params; // in signature order

    bool is_generator = false;
    // Every yield of this generator is a statement of its own (`yield v`,
    // `x = yield v`) inside nothing but if, while and for: it can run
    // stackless (CodeObject::stackless).
    bool resumable_yields = true;
    bool needs_class_cell = false;  // a class whose methods use super() / __class__
    bool uses_super = false;        // a function that calls super() or names __class__

    // Frame layout, filled by resolution: locals (parameters first), then
    // cells, then free variables.
    std::vector<std::string> varnames;
    std::vector<std::string> cellvars;
    std::vector<std::string> freevars;

    Symbol* find(const std::string& id) {
        auto it = symbols.find(id);
        return it == symbols.end() ? nullptr : &it->second;
    }
    bool is_function_like() const {
        return kind == ScopeKind::Function || kind == ScopeKind::Lambda || kind == ScopeKind::Comprehension;
    }
    int slot_count() const { return static_cast<int>(varnames.size() + cellvars.size() + freevars.size()); }
    // The slot holding the cell for `id` (a cell or free variable of this
    // scope), as a closure being built here needs it; -1 if there is none.
    int closure_slot(const std::string& id) const {
        for (std::size_t i = 0; i < cellvars.size(); ++i)
            if (cellvars[i] == id) return static_cast<int>(varnames.size() + i);
        for (std::size_t i = 0; i < freevars.size(); ++i)
            if (freevars[i] == id) return static_cast<int>(varnames.size() + cellvars.size() + i);
        // A captured parameter keeps its parameter slot.
        for (std::size_t i = 0; i < varnames.size(); ++i) {
            auto it = symbols.find(id);
            if (varnames[i] == id && it != symbols.end() && it->second.kind == NameKind::Cell)
                return static_cast<int>(i);
        }
        return -1;
    }
};

// CPython's _Py_Mangle: inside a class, a private name `__x` (not `__x__`,
// no dots) is renamed `_Class__x`, the class being the innermost one around
// `scope` (itself for a class body) with its leading underscores stripped.
// Symbols, slots and the names the code uses (globals, attributes) are all
// the mangled ones.
std::string mangle(const Scope* scope, const std::string& id);

// The scopes of one module. Nodes that open a scope map to it.
class SymbolTable {
public:
    Scope* root() const { return root_.get(); }
    Scope* scope_of(const ast::Node* node) const {
        auto it = by_node_.find(node);
        return it == by_node_.end() ? nullptr : it->second;
    }

private:
    friend class ScopeBuilder;
    std::unique_ptr<Scope> root_;
    std::unordered_map<const ast::Node*, Scope*> by_node_;
};

// Builds and resolves the table; a misuse of global/nonlocal (and similar)
// is reported as a SyntaxError.
struct SymbolTableResult {
    std::unique_ptr<SymbolTable> table;
    std::optional<grammar::SyntaxErrorInfo> error;
};
SymbolTableResult build_symbol_table(const ast::Module& module, bool interactive = false);

}  // namespace minipy::interp
