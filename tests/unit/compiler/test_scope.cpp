// Scope analysis: how each name of each scope is resolved, frame layouts,
// and the errors CPython's symtable reports.
#include <catch2/catch.hpp>

#include "compiler/scope.hpp"
#include "grammar/parser.hpp"

#include <memory>
#include <string>

using namespace minipy;
using namespace minipy::interp;

namespace {

struct Analysed {
    std::unique_ptr<ast::Module> module;
    SymbolTableResult result;
};

Analysed analyse(const std::string& source) {
    Analysed a;
    grammar::ParseResult parsed = grammar::parse(source, "t.py");
    REQUIRE(parsed.module);
    a.module = std::move(parsed.module);
    a.result = build_symbol_table(*a.module);
    return a;
}

// The scope of the n-th child (depth-first path of indexes) of the module.
Scope* child(const Analysed& a, std::initializer_list<int> path) {
    Scope* s = a.result.table->root();
    for (int i : path) s = s->children.at(static_cast<std::size_t>(i)).get();
    return s;
}

NameKind kind(Scope* s, const std::string& name) {
    Symbol* sym = s->find(name);
    REQUIRE(sym);
    return sym->kind;
}

std::string error_of(const std::string& source) {
    Analysed a = analyse(source);
    REQUIRE(a.result.error);
    return a.result.error->message;
}

}  // namespace

TEST_CASE("scope: module names are namespace lookups", "[scope]") {
    Analysed a = analyse("x = 1\nprint(x)\n");
    REQUIRE(!a.result.error);
    CHECK(kind(a.result.table->root(), "x") == NameKind::Name);
    CHECK(kind(a.result.table->root(), "print") == NameKind::Name);
}

TEST_CASE("scope: function locals, implicit and explicit globals", "[scope]") {
    Analysed a = analyse("g = 0\ndef f(a):\n    b = a\n    global g\n    g = b\n    return len(b)\n");
    REQUIRE(!a.result.error);
    Scope* f = child(a, {0});
    CHECK(kind(f, "a") == NameKind::Local);
    CHECK(kind(f, "b") == NameKind::Local);
    CHECK(kind(f, "g") == NameKind::GlobalExplicit);
    CHECK(kind(f, "len") == NameKind::GlobalImplicit);
    CHECK(f->varnames == std::vector<std::string>{"a", "b"});
}

TEST_CASE("scope: a captured local becomes a cell, the inner use a free variable", "[scope]") {
    Analysed a = analyse("def outer(p):\n    n = 0\n    def inner():\n        nonlocal n\n        n += p\n    return inner\n");
    REQUIRE(!a.result.error);
    Scope* outer = child(a, {0});
    Scope* inner = child(a, {0, 0});
    CHECK(kind(outer, "n") == NameKind::Cell);
    CHECK(kind(outer, "p") == NameKind::Cell);  // a captured parameter keeps its slot
    CHECK(kind(inner, "n") == NameKind::Free);
    CHECK(kind(inner, "p") == NameKind::Free);
    CHECK(outer->closure_slot("p") == 0);
    CHECK(outer->closure_slot("n") >= 1);
}

TEST_CASE("scope: class bodies are skipped when methods resolve free names", "[scope]") {
    Analysed a = analyse("def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n    return C\n");
    REQUIRE(!a.result.error);
    Scope* m = child(a, {0, 0, 0});
    CHECK(kind(m, "x") == NameKind::Free);  // f's x, not the class attribute
    CHECK(kind(child(a, {0}), "x") == NameKind::Cell);
}

TEST_CASE("scope: super() gives methods the implicit __class__ cell", "[scope]") {
    Analysed a = analyse("class A:\n    def m(self):\n        return super().m()\n");
    REQUIRE(!a.result.error);
    Scope* cls = child(a, {0});
    Scope* m = child(a, {0, 0});
    CHECK(cls->needs_class_cell);
    CHECK(kind(m, "__class__") == NameKind::Free);
}

TEST_CASE("scope: comprehensions are functions with the first iterator as parameter", "[scope]") {
    Analysed a = analyse("def f(xs):\n    return [x * y for x in xs for y in xs]\n");
    REQUIRE(!a.result.error);
    Scope* comp = child(a, {0, 0});
    CHECK(comp->kind == ScopeKind::Comprehension);
    CHECK(comp->params == std::vector<std::string>{".0"});
    CHECK(kind(comp, "x") == NameKind::Local);
    CHECK(kind(comp, "xs") == NameKind::Free);
}

TEST_CASE("scope: the walrus in a comprehension binds in the enclosing function", "[scope]") {
    Analysed a = analyse("def f(xs):\n    [last := x for x in xs]\n    return last\n");
    REQUIRE(!a.result.error);
    CHECK(kind(child(a, {0}), "last") == NameKind::Cell);
    CHECK(kind(child(a, {0, 0}), "last") == NameKind::Free);
}

TEST_CASE("scope: generators are recognised", "[scope]") {
    Analysed a = analyse("def g():\n    yield 1\ndef h():\n    return (x for x in ())\n");
    REQUIRE(!a.result.error);
    CHECK(child(a, {0})->is_generator);
    CHECK(!child(a, {1})->is_generator);
    CHECK(child(a, {1, 0})->is_generator);
}

TEST_CASE("scope: misuse of global and nonlocal is a SyntaxError in CPython's words", "[scope]") {
    CHECK(error_of("nonlocal x\n") == "nonlocal declaration not allowed at module level");
    CHECK(error_of("def f():\n    nonlocal x\n") == "no binding for nonlocal 'x' found");
    CHECK(error_of("def f(a):\n    global a\n") == "name 'a' is parameter and global");
    CHECK(error_of("def f():\n    x = 1\n    global x\n") == "name 'x' is assigned to before global declaration");
    CHECK(error_of("def f():\n    print(x)\n    global x\n") == "name 'x' is used prior to global declaration");
    CHECK(error_of("def f(a, a):\n    pass\n") == "duplicate argument 'a' in function definition");
    CHECK(error_of("def f():\n    from os import *\n") == "import * only allowed at module level");
    CHECK(error_of("x = yield 1\n") == "'yield' outside function");
}

TEST_CASE("scope: too deep a tree is a RecursionError during compilation", "[scope]") {
    std::string source = "x = a";
    for (int i = 0; i < 3000; ++i) source += "+a";
    Analysed a = analyse(source + "\n");
    REQUIRE(a.result.error);
    CHECK(a.result.error->type == "RecursionError");
    CHECK(a.result.error->message == "maximum recursion depth exceeded during compilation");
}
