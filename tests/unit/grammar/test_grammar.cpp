// parse() beyond the generated snippet tables (test_grammar_cases.cpp):
// modes, limits, and the shape of the result. Expected dumps and error
// fields were printed by python3 (CPython 3.11.7); the commands are noted.
#include "grammar_test_support.hpp"

#include "grammar/ast_dump.hpp"
#include "grammar/parser.hpp"

#include <catch2/catch.hpp>

#include <cstdint>

using namespace minipy::grammar;

namespace {

std::string eval_dump(const std::string& source) {
    auto r = parse(source, "<string>", Mode::Expression);
    if (!r.module) return r.error ? grammar_test::describe(*r.error) : "no result";
    return dump(*r.module, false);
}

}  // namespace

// python3: t = ast.parse(src, mode='eval'); ast.dump(ast.Module([ast.Expr(t.body)], []))
TEST_CASE("expression mode: one expression as a module of one Expr", "[grammar][modes]") {
    CHECK(eval_dump("a + f(b)\n\n") ==
          "Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Call(func=Name(id='f', "
          "ctx=Load()), args=[Name(id='b', ctx=Load())], keywords=[])))], type_ignores=[])");
    CHECK(eval_dump("1, 2") ==
          "Module(body=[Expr(value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], "
          "type_ignores=[])");
}

// python3: compile('x = 1', 'x.py', 'eval') and compile('x = 1\ny', 'x.py', 'eval')
TEST_CASE("expression mode: statements are rejected where CPython rejects them", "[grammar][modes]") {
    check_error("x = 1", {"SyntaxError", "invalid syntax", 1, 3, 1, 4, "x = 1"}, Mode::Expression);
    check_error("x = 1\ny", {"SyntaxError", "invalid syntax", 1, 3, 1, 4, "x = 1"}, Mode::Expression);
}

TEST_CASE("file mode: the module keeps its filename and source", "[grammar][modes]") {
    auto r = parse("x = 1\n", "prog.py", Mode::File);
    REQUIRE(r.module);
    CHECK(r.module->filename == "prog.py");
    CHECK(r.module->source == "x = 1\n");
    CHECK_FALSE(r.incomplete);
}

// python3: ast.dump(ast.parse('x = 1\r\nif x:\r\n    y = 2\r\n'))
TEST_CASE("file mode: CRLF line endings read as newlines", "[grammar][modes]") {
    auto r = parse("x = 1\r\nif x:\r\n    y = 2\r\n", "x.py");
    REQUIRE(r.module);
    CHECK(dump(*r.module) ==
          "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), If(test=Name(id='x', "
          "ctx=Load()), body=[Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], orelse=[])], "
          "type_ignores=[])");
}

// python3: compile('a\0b', 'x.py', 'exec') -> no position at all
TEST_CASE("file mode: null bytes are refused", "[grammar][modes]") {
    auto r = parse(std::string("a\0b", 3), "x.py");
    REQUIRE(r.error);
    CHECK(r.error->message == "source code string cannot contain null bytes");
    CHECK(r.error->line == 0);
}

// python3: compile('(' * 100000, 'x.py', 'exec')
TEST_CASE("limits: 100,000 open parentheses stop at CPython's 200", "[grammar][limits]") {
    check_error(std::string(100000, '('),
                {"SyntaxError", "too many nested parentheses", 1, 201, 1, 201, std::string(100000, '(').c_str()});
}

// python3: compile('-' * 100000 + '1', 'x.py', 'exec') raises MemoryError
// (pegen's stack limit); likewise for `not`, lambda, if-else and ** chains.
TEST_CASE("limits: expressions nested past the parser's limit fail cleanly", "[grammar][limits]") {
    std::string not_chain;
    std::string lambdas;
    std::string ifs;
    std::string powers;
    for (int i = 0; i < 100000; ++i) {
        not_chain += "not ";
        lambdas += "lambda:";
        ifs += "1 if 1 else ";
        powers += "2**";
    }
    for (const std::string& src : {std::string(100000, '-') + "1", not_chain + "1", lambdas + "1", ifs + "1",
                                   powers + "1"}) {
        auto r = parse(src, "x.py");
        REQUIRE(r.error);
        CHECK(r.error->type == "MemoryError");
    }
}

// python3: ast.parse('-' * 5969 + '1') parses (and fails only turning the
// tree into Python objects, with RecursionError); one more '-' and the
// parser gives MemoryError. 200 nested brackets around deep nesting parse
// too. Unoptimized and sanitizer builds have far larger frames: the end of
// the thread's stack stops them earlier (with the same MemoryError).
TEST_CASE("limits: deep but legal nesting parses", "[grammar][limits]") {
#if !defined(__OPTIMIZE__) || defined(__SANITIZE_ADDRESS__)
    WARN("skipped: frames in this build are too large for CPython's depths");
    return;
#endif
    CHECK(parse(std::string(5969, '-') + "1", "x.py").module);
    auto past = parse(std::string(5970, '-') + "1", "x.py");
    REQUIRE(past.error);
    CHECK(past.error->type == "MemoryError");
    CHECK(parse(std::string(200, '(') + std::string(2000, '-') + "1" + std::string(200, ')'), "x.py").module);
    CHECK(parse(std::string(200, '[') + std::string(200, ']'), "x.py").module);
}

// The interpreter passes the end of the stack it runs on (a generator's is
// 1 MB): nesting that would pass it is a MemoryError, never an overflow.
TEST_CASE("limits: the caller's stack end stops the parse cleanly", "[grammar][limits]") {
    auto here = reinterpret_cast<std::uintptr_t>(__builtin_frame_address(0));
    const minipy::grammar::ParseLimits near{.stack_end = here - 256 * 1024};
    CHECK(parse("-1", "x.py", Mode::File, near).module);
    auto deep = parse(std::string(2990, '-') + "1", "x.py", Mode::File, near);
    REQUIRE(deep.error);
    CHECK(deep.error->type == "MemoryError");
    // A parse that starts past the end fails at its first nested rule.
    const minipy::grammar::ParseLimits past{.stack_end = here + 4096};
    auto started_past = parse("(1)", "x.py", Mode::File, past);
    REQUIRE(started_past.error);
    CHECK(started_past.error->type == "MemoryError");
}

// Left-recursive chains are loops in the grammar: CPython's parser accepts
// them too (its compiler later hits the recursion limit).
TEST_CASE("limits: long left-recursive chains parse without recursion", "[grammar][limits]") {
    std::string attrs = "x";
    std::string calls = "f";
    std::string sum = "1";
    for (int i = 0; i < 100000; ++i) {
        attrs += ".y";
        calls += "()";
        sum += "+1";
    }
    CHECK(parse(attrs, "x.py").module);
    CHECK(parse(calls, "x.py").module);
    CHECK(parse(sum, "x.py").module);
}

TEST_CASE("dump: without attributes", "[grammar][dump]") {
    // python3: ast.dump(ast.parse("f'{x!r:>{w}}' 'y'"))
    auto r = parse("f'{x!r:>{w}}' 'y'", "x.py");
    REQUIRE(r.module);
    CHECK(dump(*r.module) ==
          "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, "
          "format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), "
          "conversion=-1)])), Constant(value='y')]))], type_ignores=[])");
}

// python3: repr() of each value
TEST_CASE("dump: Python reprs of constants", "[grammar][dump]") {
    CHECK(repr_float(1e16) == "1e+16");
    CHECK(repr_float(1e15) == "1000000000000000.0");
    CHECK(repr_float(0.1 + 0.2) == "0.30000000000000004");
    CHECK(repr_float(1e-5) == "1e-05");
    CHECK(repr_float(0.0001) == "0.0001");
    CHECK(repr_float(2.0, true) == "2j");
    CHECK(repr_float(1.5e300 * 1e10) == "inf");
    CHECK(repr_str("it's") == "\"it's\"");
    CHECK(repr_str("a\"b'c") == "'a\"b\\'c'");
    CHECK(repr_str("\x01\n\u00e9") == "'\\x01\\n\u00e9'");
    CHECK(repr_bytes(std::string("\xff\0a", 3)) == "b'\\xff\\x00a'");
    CHECK(int_to_decimal("ffffffffffffffffffffff", 16) == "309485009821345068724781055");
    CHECK(int_to_decimal("777", 8) == "511");
}

TEST_CASE("syntax tree: context and constants as the compile pass sees them", "[grammar][ast]") {
    auto r = parse("a, *b = 0x1F, 1.5, 'x', b'y', 3j\n", "x.py");
    REQUIRE(r.module);
    auto* assign = minipy::ast::as<minipy::ast::Assign>(r.module->body[0]);
    REQUIRE(assign);
    auto* target = minipy::ast::as<minipy::ast::Tuple>(assign->targets[0]);
    REQUIRE(target);
    CHECK(target->ctx == minipy::ast::Context::Store);
    auto* star = minipy::ast::as<minipy::ast::Starred>(target->elts[1]);
    REQUIRE(star);
    CHECK(minipy::ast::as<minipy::ast::Name>(star->value)->ctx == minipy::ast::Context::Store);
    auto* value = minipy::ast::as<minipy::ast::Tuple>(assign->value);
    REQUIRE(value);
    auto* hex = minipy::ast::as<minipy::ast::Constant>(value->elts[0]);
    CHECK(hex->value_kind == minipy::ast::ConstantKind::Int);
    CHECK(hex->text == "1f");
    CHECK(hex->int_base == 16);
    CHECK(minipy::ast::as<minipy::ast::Constant>(value->elts[1])->number == 1.5);
    CHECK(minipy::ast::as<minipy::ast::Constant>(value->elts[3])->value_kind == minipy::ast::ConstantKind::Bytes);
    CHECK(minipy::ast::as<minipy::ast::Constant>(value->elts[4])->value_kind ==
          minipy::ast::ConstantKind::Imaginary);
}
