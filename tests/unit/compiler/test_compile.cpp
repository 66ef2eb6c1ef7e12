// The compile pass and evaluation, through eval(): constant folding and
// sharing (what `is` can observe), and values of expressions.
#include <catch2/catch.hpp>

#include "compiler/compiler.hpp"
#include "interpreter/call.hpp"
#include "interpreter/interpreter.hpp"
#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/text/str.hpp"

#include <string>

using namespace minipy;
using namespace minipy::interp;

namespace {

void start() {
    static bool started = false;
    if (!started) interpreter_init({"test"}, "");
    started = true;
}

// Runs `source` as a module and returns repr() of the global `result`.
std::string run(const std::string& source) {
    start();
    CompileResult compiled = compile_source(source, "<test>", CompileMode::File);
    if (compiled.error) return "SyntaxError: " + compiled.error->message;
    Ref<Dict> globals = dict_new();
    REQUIRE(dict_set(globals.get(), "__name__", str_from("test").get()) == 0);
    REQUIRE(dict_set(globals.get(), "__builtins__", builtins_dict) == 0);
    if (!run_module_code(compiled.code.get(), globals.get(), globals.get())) {
        Ref<> exc = take_error();
        std::string text;
        if (!str_text(exc.get(), text)) clear_error();
        return std::string(type_name(exc.get())) + ": " + text;
    }
    Object* result = dict_get(globals.get(), "result");
    if (!result) return "<no result>";
    std::string text;
    if (!repr_text(result, text)) return "<repr failed>";
    return text;
}

}  // namespace

TEST_CASE("compile: constants are folded and shared within a module", "[compile]") {
    // 10 ** 20 is folded at compile time, and both uses share one constant.
    CHECK(run("a = 10 ** 20\nb = 10 ** 20\nresult = a is b\n") == "True");
    // Also across functions of the same module, as CPython's merged constants.
    CHECK(run("x = 1000\ndef f(): return 1000\nresult = f() is x\n") == "True");
    // Folded identifier-like strings are interned.
    CHECK(run("result = ('hel' + 'lo') is 'hello'\n") == "True");
    // A result made at run time is a new object.
    CHECK(run("a = 1000\nb = 999\nb += 1\nresult = a is b\n") == "False");
}

TEST_CASE("compile: folding respects CPython's size limits", "[compile]") {
    // CPython's safe_power folds only when bits(base) <= 128 / exponent:
    // 2 ** 64 is folded (2 bits, 64), 2 ** 100 is computed at run time.
    CHECK(run("a = 2 ** 64\nb = 2 ** 64\nresult = a is b\n") == "True");
    CHECK(run("a = 2 ** 100\nb = 2 ** 100\nresult = a is b\n") == "False");
    // Division by zero is left for run time, where it raises.
    CHECK(run("result = 1 / 0\n") == "ZeroDivisionError: division by zero");
}

TEST_CASE("compile: constant tuples are single objects", "[compile]") {
    CHECK(run("def f(): return (1, 2, 3)\nresult = f() is f()\n") == "True");
    CHECK(run("def f(x): return (1, x)\nresult = f(2) is f(2)\n") == "False");
}

TEST_CASE("compile: the compile pass reports CPython's SyntaxErrors", "[compile]") {
    CHECK(run("return 1\n") == "SyntaxError: 'return' outside function");
    CHECK(run("break\n") == "SyntaxError: 'break' outside loop");
    CHECK(run("continue\n") == "SyntaxError: 'continue' not properly in loop");
    CHECK(run("f(a=1, a=2)\n") == "SyntaxError: keyword argument repeated: a");
    CHECK(run("a, *b, *c = 1, 2\n") == "SyntaxError: multiple starred expressions in assignment");
}

TEST_CASE("compile: evaluation of common shapes", "[compile][eval]") {
    CHECK(run("result = [x * x for x in range(5) if x % 2]\n") == "[1, 9]");
    CHECK(run("def g():\n    yield 1\n    yield 2\nresult = list(g())\n") == "[1, 2]");
    CHECK(run("a, *b, c = range(5)\nresult = (a, b, c)\n") == "(0, [1, 2, 3], 4)");
    CHECK(run("def f(*a, k=1, **kw): return a, k, kw\nresult = f(1, 2, k=3, z=4)\n") == "((1, 2), 3, {'z': 4})");
    CHECK(run("result = 1 < 2 < 3 > 2\n") == "True");
    CHECK(run("def f():\n    try:\n        return 1\n    finally:\n        return 2\nresult = f()\n") == "2");
}
