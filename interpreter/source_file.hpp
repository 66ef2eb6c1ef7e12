// Reading a program file's bytes as CPython's file tokenizer does
// (Parser/tokenizer.c: check_bom, check_coding_spec, ensure_utf8, and the
// null-byte check of tok_nextc), for a script and a program on stdin.
//
// The result is UTF-8 text for the parser, or the SyntaxError CPython
// raises before parsing: "Non-UTF-8 code starting with '\xff' in file x.py
// on line 2, but no encoding declared; ...", "encoding problem: NAME",
// "encoding problem: NAME with BOM" (these three carry only a message), or
// "source code cannot contain null bytes" at the line holding the first one.
//
// A coding declaration (PEP 263) is read on line 1, or on line 2 after a
// line holding nothing but a comment; the codecs are minipy's (UTF-8,
// Latin-1, ASCII and their aliases), any other name is "encoding problem".
#pragma once

#include "grammar/parser.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace minipy::interp {

struct DecodedSource {
    std::string text;                               // UTF-8, BOM removed
    std::optional<grammar::SyntaxErrorInfo> error;  // set when it cannot be read as Python source
};

DecodedSource decode_source_file(std::string_view bytes, const std::string& filename);

}  // namespace minipy::interp
