// Helpers shared by the grammar tests: parse a snippet and compare with
// what CPython 3.11 printed for it (see make_expectations.py).
#pragma once

#include "grammar/ast_dump.hpp"
#include "grammar/parser.hpp"

#include <catch2/catch.hpp>

#include <string>

namespace grammar_test {

// CPython's SyntaxError fields: type, msg, lineno, offset, end_lineno,
// end_offset, text (without its newline); 0 stands for None.
struct ExpectedError {
    const char* type;
    const char* message;
    int line, offset, end_line, end_offset;
    const char* text;
};

inline std::string describe(const minipy::grammar::SyntaxErrorInfo& e) {
    return e.type + " '" + e.message + "' " + std::to_string(e.line) + " " + std::to_string(e.offset) + " " +
           std::to_string(e.end_line) + " " + std::to_string(e.end_offset) + " '" + e.text + "'";
}

inline std::string describe(const ExpectedError& e) {
    return std::string(e.type) + " '" + e.message + "' " + std::to_string(e.line) + " " + std::to_string(e.offset) +
           " " + std::to_string(e.end_line) + " " + std::to_string(e.end_offset) + " '" + e.text + "'";
}

// Our ast.dump(..., include_attributes=True), or the error as text.
inline std::string dump_of(const std::string& source) {
    auto result = minipy::grammar::parse(source, "x.py", minipy::grammar::Mode::File);
    if (!result.module) return result.error ? describe(*result.error) : std::string("no result");
    return minipy::grammar::dump(*result.module, true);
}

inline void check_error(const std::string& source, const ExpectedError& expected,
                        minipy::grammar::Mode mode = minipy::grammar::Mode::File) {
    INFO("source: " << source);
    auto result = minipy::grammar::parse(source, "x.py", mode);
    REQUIRE(result.error.has_value());
    CHECK(describe(*result.error) == describe(expected));
    CHECK(result.error->filename == "x.py");
}

enum class Entry { Complete, Incomplete, Error };

inline Entry interactive_state(const std::string& text) {
    auto result = minipy::grammar::parse(text, "<stdin>", minipy::grammar::Mode::Interactive);
    if (result.incomplete) return Entry::Incomplete;
    return result.module ? Entry::Complete : Entry::Error;
}

inline void check_interactive_error(const std::string& text, const ExpectedError& expected) {
    INFO("entry: " << text);
    auto result = minipy::grammar::parse(text, "<stdin>", minipy::grammar::Mode::Interactive);
    CHECK_FALSE(result.incomplete);
    REQUIRE(result.error.has_value());
    // codeop reports the message and line; compare those (its offsets come
    // from a different compile flag set).
    CHECK(result.error->type == expected.type);
    CHECK(result.error->message == expected.message);
    CHECK(result.error->line == expected.line);
}

}  // namespace grammar_test

using grammar_test::check_error;
using grammar_test::check_interactive_error;
using grammar_test::dump_of;
using grammar_test::Entry;
using grammar_test::interactive_state;
