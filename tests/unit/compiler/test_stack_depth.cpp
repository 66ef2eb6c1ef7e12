// co_stacksize (compiler/stack_depth.hpp): the numbers CPython 3.11's
// compiler gives each shape of code (scripts/check_stacksize.sh compares
// whole files against CPython itself).
#include <catch2/catch.hpp>

#include "compiler/compiler.hpp"
#include "interpreter/interpreter.hpp"

#include <string>
#include <utility>

using namespace minipy;
using namespace minipy::interp;

namespace {

// co_stacksize of the module and of the first code object it makes.
std::pair<int, int> sizes(const std::string& source) {
    static bool started = false;
    if (!started) interpreter_init({"test"}, "");
    started = true;
    CompileResult compiled = compile_source(source, "<test>", CompileMode::File);
    REQUIRE(compiled.code);
    const CodeObject* code = compiled.code.get();
    REQUIRE(code->nested);
    REQUIRE(!code->nested->empty());
    return {code->stacksize, code->nested->front()->stacksize};
}

}  // namespace

TEST_CASE("stack depth of expressions and calls") {
    CHECK(sizes("def f(): pass") == std::pair{1, 1});
    CHECK(sizes("def f(a, b): return a + b * 2") == std::pair{1, 3});
    CHECK(sizes("def f(o): o.m(1, 2, k=3)") == std::pair{1, 5});
    CHECK(sizes("def f(f, a, k): return f(*a, **k)") == std::pair{1, 5});
    CHECK(sizes("def f(a): return '%s-%r' % (a, a)") == std::pair{1, 3});  // an f-string (ast_opt.c)
    CHECK(sizes("def f(xs): return [x for x in xs]") == std::pair{1, 2});
    CHECK(sizes("def f(a): return [a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, "
                "a, a, a, a, a]") == std::pair{1, 2});  // built item by item past 30
}

TEST_CASE("stack depth of jumps, handlers and unwinding") {
    CHECK(sizes("def f(x): return x is None") == std::pair{1, 2});
    CHECK(sizes("def f(x):\n    if x is None:\n        return 1") == std::pair{1, 1});  // POP_JUMP_IF_NONE
    CHECK(sizes("def f(a):\n    with a as b:\n        return b") == std::pair{1, 6});
    CHECK(sizes("def f(a):\n    try:\n        a()\n    except E as e:\n        pass") == std::pair{1, 4});
    CHECK(sizes("def f(a):\n    for x in a:\n        try:\n            return x\n        finally:\n            print(x)") ==
          std::pair{1, 6});
}

TEST_CASE("stack depth of function objects and unreachable code") {
    CHECK(sizes("def f(a=1, b=2, *, c=3) -> None: pass") == std::pair{4, 1});  // constant defaults: one tuple
    CHECK(sizes("def f():\n    return 1\n    g(1, 2, 3, 4, 5)") == std::pair{1, 1});
    CHECK(sizes("def f():\n    while True:\n        pass\n    g(1, 2, 3, 4, 5)") == std::pair{1, 0});
}
