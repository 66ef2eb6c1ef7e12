// The source as lines: turns byte positions into what SyntaxError reports.
//
// CPython keeps two column conventions: the syntax tree counts UTF-8 bytes
// (col_offset) while SyntaxError.offset counts characters, 1-based. Every
// error in the grammar is built here so that the conversion lives in one place.
#pragma once

#include "grammar/parser.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace minipy::grammar {

class SourceText {
public:
    explicit SourceText(std::string_view text);

    std::string_view text() const { return text_; }
    int line_count() const { return static_cast<int>(starts_.size()); }
    int line_start(int line) const { return starts_[line - 1]; }   // byte offset of a 1-based line
    // The line without its newline.
    std::string_view line_text(int line) const;
    // Characters before byte column `col` of `line` (SyntaxError.offset - 1).
    int char_col(int line, int col) const;

    // An error whose offsets are already in CPython's 1-based character form
    // (or its sentinels 0 and -1, which CPython reports for some errors).
    SyntaxErrorInfo error(std::string type, std::string message, int line, int offset,
                          int end_line, int end_offset) const;
    // An error whose offsets are 1-based byte offsets (sentinels <= 0 kept),
    // converted to characters: the form tokens keep theirs in.
    SyntaxErrorInfo error_bytes(std::string type, std::string message, int line, int offset, int end_line,
                                int end_offset) const;
    // An error spanning byte columns [col, end_col) (end exclusive), converted.
    SyntaxErrorInfo error_at(std::string type, std::string message, int line, int col,
                             int end_line, int end_col) const;

private:
    std::string_view text_;
    std::vector<int> starts_;
};

// Thrown inside the grammar to abandon the parse with a finished error.
struct SyntaxErrorException {
    SyntaxErrorInfo info;
};

}  // namespace minipy::grammar
