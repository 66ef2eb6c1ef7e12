// The _re module (runtime/modules/re.cpp): PCRE2 patterns compiled into
// Code objects, Scanners that match at code point positions of str and
// bytes subjects, and the references they hold. lib/re's Python API is
// checked against CPython by the golden tests tests/golden/mod_re*.
#include "modules_test_util.hpp"

#include "runtime/objects/bytes.hpp"

namespace minipy::test {
namespace {

Module* re_module() {
    static Module* m = [] {
        runtime_init();
        return make_re_module().release();
    }();
    return m;
}

Ref<> compile(Object* pattern, std::int64_t flags = 0) {
    return call_attr(re_module(), "compile", {pattern, I(flags).get()});
}

std::string find(Object* scanner, std::int64_t start, std::int64_t end, std::int64_t mode = 0,
                 std::int64_t not_empty = 0) {
    return outcome(method(scanner, "find", {I(start).get(), I(end).get(), I(mode).get(), I(not_empty).get()}));
}

}  // namespace

TEST_CASE("_re.compile: a Code with its group count, or PCRE2's complaint", "[re]") {
    Ref<> code = compile(S("(a)(?:b)(c)?").get());
    REQUIRE(code);
    CHECK(outcome(getattr(code.get(), "groups")) == "2");
    CHECK(outcome(compile(S("(a").get())) == "('missing closing parenthesis', 2)");
    CHECK(outcome(compile(I(3).get())) == "!TypeError: first argument must be string or compiled pattern");
}

TEST_CASE("_re.Scanner: positions are code points in a str, bytes in bytes", "[re]") {
    Ref<> code = compile(S("(\xc3\xa9+)(x)?").get());  // (é+)(x)?
    Ref<> text = S("a\xc3\xa9\xc3\xa9" "b\xc3\xa9");  // aéébé
    Ref<> scanner = call_attr(code.get(), "scanner", {text.get()});
    REQUIRE(scanner);
    CHECK(find(scanner.get(), 0, 5) == "(1, 3, 1, 3, -1, -1)");
    CHECK(find(scanner.get(), 3, 5) == "(4, 5, 4, 5, -1, -1)");
    CHECK(find(scanner.get(), 0, 2) == "(1, 2, 1, 2, -1, -1)");  // the subject ends at `end`
    CHECK(find(scanner.get(), 0, 5, 1) == "None");               // anchored at 0
    CHECK(find(scanner.get(), 1, 3, 2) == "(1, 3, 1, 3, -1, -1)");
    CHECK(find(scanner.get(), 1, 4, 2) == "None");  // all of [1, 4) is not é+

    Ref<> empty = compile(S("x*").get());
    Ref<> abc = S("abc");
    Ref<> s2 = call_attr(empty.get(), "scanner", {abc.get()});
    CHECK(find(s2.get(), 1, 3) == "(1, 1)");
    CHECK(find(s2.get(), 1, 3, 0, 1) == "(2, 2)");  // not the empty match at the start again

    Ref<> bytes_code = compile(bytes_from("b+").get());
    Ref<> data = bytes_from("a\xc3\xa9" "bb");
    Ref<> s3 = call_attr(bytes_code.get(), "scanner", {data.get()});
    CHECK(find(s3.get(), 0, 5) == "(3, 5)");
    CHECK(outcome(call_attr(code.get(), "scanner", {I(1).get()})) ==
          "!TypeError: expected string or bytes-like object, got 'int'");
}

TEST_CASE("_re.Code.find: one match, pos and endpos clamped, subjects checked", "[re]") {
    Ref<> code = compile(S("\xc3\xa9(.)").get());  // é(.)
    Ref<> text = S("x\xc3\xa9y\xc3\xa9z");          // xéyéz
    auto find = [&](std::int64_t pos, std::int64_t endpos, std::int64_t mode) {
        return outcome(method(code.get(), "find", {text.get(), I(pos).get(), I(endpos).get(), I(mode).get()}));
    };
    CHECK(find(0, 99, 0) == "(1, 3, 2, 3)");
    CHECK(find(-5, 99, 0) == "(1, 3, 2, 3)");
    CHECK(find(2, 99, 0) == "(3, 5, 4, 5)");
    CHECK(find(2, 4, 0) == "None");
    CHECK(find(4, 2, 0) == "None");
    CHECK(find(1, 3, 2) == "(1, 3, 2, 3)");
    CHECK(find(0, 5, 1) == "None");
    CHECK(outcome(method(code.get(), "find", {bytes_from("x").get(), I(0).get(), I(1).get(), I(0).get()})) ==
          "!TypeError: cannot use a string pattern on a bytes-like object");
    Ref<> bytes_code = compile(bytes_from("x").get());
    CHECK(outcome(method(bytes_code.get(), "find", {text.get(), I(0).get(), I(1).get(), I(0).get()})) ==
          "!TypeError: cannot use a bytes pattern on a string-like object");
}

TEST_CASE("_re: a Scanner holds its Code and subject until it goes", "[re]") {
    Ref<> code = compile(S("a").get());
    Ref<> text = S("banana \xc3\xa9");
    std::int64_t code_refs = code->refcount, text_refs = text->refcount;
    {
        Ref<> scanner = call_attr(code.get(), "scanner", {text.get()});
        CHECK(code->refcount == code_refs + 1);
        CHECK(text->refcount == text_refs + 1);
        CHECK(find(scanner.get(), 0, 8) == "(1, 2)");
    }
    CHECK(code->refcount == code_refs);
    CHECK(text->refcount == text_refs);
}

}  // namespace minipy::test
