// The layout pass: token streams against Lib/tokenize.py, errors against
// compile(), and the buffer X3 reads.
#include "grammar/ast_dump.hpp"
#include "grammar/layout.hpp"

#include "grammar_test_support.hpp"

#include <catch2/catch.hpp>

using namespace minipy::grammar;

namespace {

LayoutResult lay(const std::string& text, bool interactive = false) {
    static std::string keep;  // SourceText views the text
    keep = text;
    static std::unique_ptr<SourceText> source;
    source = std::make_unique<SourceText>(keep);
    return layout(*source, {interactive});
}

// The tokens in the notation make_expectations.py prints for tokenize's.
std::string describe(const LayoutResult& r) {
    std::string out;
    for (const Token& t : r.buffer.tokens) {
        if (!out.empty()) out += ' ';
        std::string text = r.buffer.text.substr(t.begin, t.end - t.begin);
        auto at = [&] {
            return std::to_string(t.pos.line) + ":" + std::to_string(t.pos.col) + "-" +
                   std::to_string(t.pos.end_line) + ":" + std::to_string(t.pos.end_col);
        };
        switch (t.kind) {
            case TokenKind::Name: out += "NAME " + repr_str(text) + "@" + at(); break;
            case TokenKind::Number: out += "NUMBER " + repr_str(text) + "@" + at(); break;
            case TokenKind::String: out += "STRING " + repr_str(text) + "@" + at(); break;
            case TokenKind::Op: out += "OP " + repr_str(text) + "@" + at(); break;
            case TokenKind::Newline:
                out += "NEWLINE@" + std::to_string(t.pos.line) + ":" + std::to_string(t.pos.col);
                break;
            case TokenKind::Indent: out += "INDENT"; break;
            case TokenKind::Dedent: out += "DEDENT"; break;
            case TokenKind::EndMarker: out += "ENDMARKER"; break;
            case TokenKind::Incomplete: out += "INCOMPLETE"; break;
            case TokenKind::Error: out += "ERROR"; break;
        }
    }
    return out;
}

struct LayoutCase {
    const char* source;
    const char* tokens;
};
const LayoutCase kLayoutCases[] = {
#include "layout_cases.inc"
};

struct LayoutErrorCase {
    const char* source;
    grammar_test::ExpectedError error;
};
const LayoutErrorCase kLayoutErrors[] = {
#include "layout_error_cases.inc"
};

}  // namespace

TEST_CASE("layout: token streams match tokenize", "[layout]") {
    for (const LayoutCase& c : kLayoutCases) {
        INFO("source: " << c.source);
        LayoutResult r = lay(c.source);
        REQUIRE_FALSE(r.error.has_value());
        CHECK(describe(r) == c.tokens);
    }
}

TEST_CASE("layout: tokenizer errors match compile()", "[layout]") {
    for (const LayoutErrorCase& c : kLayoutErrors) {
        INFO("source: " << c.source);
        LayoutResult r = lay(c.source);
        REQUIRE(r.error.has_value());
        CHECK(grammar_test::describe(*r.error) == grammar_test::describe(c.error));
    }
}

TEST_CASE("layout: the buffer holds tokens separated by single spaces", "[layout]") {
    LayoutResult r = lay("if x:  # comment\n    y = (1,\n  2)\n");
    std::string expected = "if x : ";
    expected += kNewlineMark;
    expected += ' ';
    expected += kIndentMark;
    expected += " y = ( 1 , 2 ) ";
    expected += kNewlineMark;
    expected += ' ';
    expected += kDedentMark;
    expected += ' ';
    expected += kEndMark;
    CHECK(r.buffer.text == expected);
    // Every token is found again from its first byte.
    for (std::size_t i = 0; i < r.buffer.tokens.size(); ++i)
        CHECK(r.buffer.at(r.buffer.tokens[i].begin) == &r.buffer.tokens[i]);
}

TEST_CASE("layout: strings keep their text, newlines and all", "[layout]") {
    LayoutResult r = lay("s = '''a\n  b # not a comment\n'''\n");
    REQUIRE(r.buffer.tokens.size() >= 3);
    const Token& s = r.buffer.tokens[2];
    CHECK(s.kind == TokenKind::String);
    CHECK(r.buffer.text.substr(s.begin, s.end - s.begin) == "'''a\n  b # not a comment\n'''");
    CHECK(s.pos.line == 1);
    CHECK(s.pos.end_line == 3);
}

TEST_CASE("layout: brackets track their nesting level", "[layout]") {
    LayoutResult r = lay("f([a], {b})\n");
    std::vector<int> levels;
    for (const Token& t : r.buffer.tokens) levels.push_back(t.level);
    // As pegen's Token.level: the depth after the token, so '(' is at 1, ')' at 0.
    // f ( [ a ] , { b } ) NEWLINE ENDMARKER
    CHECK(levels == std::vector<int>{0, 1, 2, 2, 1, 1, 2, 2, 1, 0, 0, 0});
}

TEST_CASE("layout: an unclosed bracket is left for the parser to report", "[layout]") {
    LayoutResult r = lay("x = (1,\n  [2,\n");
    CHECK_FALSE(r.error.has_value());
    REQUIRE(r.unclosed.has_value());
    CHECK(r.unclosed->bracket == '[');
    CHECK(r.unclosed->line == 2);
    CHECK(r.unclosed->col == 2);
}

TEST_CASE("layout: interactive input that more lines could complete", "[layout]") {
    // An open bracket ends the stream in the Incomplete marker, so that the
    // parser still reports errors made before it.
    CHECK(describe(lay("x = (1,\n", true)).find("INCOMPLETE") != std::string::npos);
    CHECK(lay("s = '''abc\n", true).incomplete);
    CHECK(lay("x = 1 + \\\n", true).incomplete);
    CHECK_FALSE(lay("x = 'abc\n", true).incomplete);  // a one-line string cannot continue
    // Without an empty line the prompt would ask for more: the stream ends in
    // the Incomplete marker instead of DEDENT and ENDMARKER.
    CHECK(describe(lay("if x:\n  y\n", true)).find("INCOMPLETE") != std::string::npos);
    CHECK(describe(lay("if x:\n  y\n\n", true)).find("INCOMPLETE") == std::string::npos);
}

TEST_CASE("layout: f-string fields are read as parenthesized expressions", "[layout]") {
    std::string text = "f'{a + b}'\n";
    SourceText source(text);
    LayoutResult r = layout_fragment(source, 2, 8);  // the '{' and the '}'
    REQUIRE_FALSE(r.error.has_value());
    CHECK(describe(r) == "OP '('@1:2-1:3 NAME 'a'@1:3-1:4 OP '+'@1:5-1:6 NAME 'b'@1:7-1:8 OP ')'@1:8-1:9 ENDMARKER");
}
