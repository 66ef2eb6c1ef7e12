// A source position, as CPython's ast nodes carry it: what the syntax tree,
// the executable tree and tracebacks share, without the rest of the syntax
// tree.
#pragma once

namespace minipy::ast {

// 1-based lines and 0-based columns counted in UTF-8 bytes (CPython's
// col_offset convention; the traceback printer turns them into character
// offsets).
struct Position {
    int line = 0;      // lineno
    int col = 0;       // col_offset (UTF-8 bytes)
    int end_line = 0;  // end_lineno
    int end_col = 0;   // end_col_offset (UTF-8 bytes, exclusive)
};

}  // namespace minipy::ast
