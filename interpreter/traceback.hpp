// Tracebacks: recording them as exceptions propagate, and printing them in
// CPython 3.11's format (Python/traceback.c, Python/pythonrun.c).
#pragma once

#include "grammar/position.hpp"
#include "grammar/parser.hpp"
#include "interpreter/frame.hpp"
#include "runtime/core/object.hpp"

#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace minipy {
struct List;
}

namespace minipy::interp {

// The failing operation's columns on its line, in UTF-8 bytes. CPython's
// tb_lasti is the offset of the failing instruction in its code object,
// which co_positions maps to these columns; minipy has no instructions and
// keeps the columns themselves in that int.
struct TracebackColumns {
    static constexpr std::uint16_t kUnknown = 0xffff;  // col: too far right to keep
    static constexpr std::uint16_t kPastLine = 0xffff; // end_col: the operation ends on a later line
    std::uint16_t col = kUnknown;
    std::uint16_t end_col = kPastLine;
};

// PyTracebackObject's layout, so sys.getsizeof is CPython's.
struct Traceback : Object {
    Traceback* next = nullptr;     // owned: tb_next, the entry of the next (inner) frame
    FrameObject* frame = nullptr;  // owned: tb_frame
    TracebackColumns columns;      // in tb_lasti's place
    int lineno = 0;                // tb_lineno: the failing operation's first line
};

// The failing operation's position (no columns when they were not kept).
ast::Position traceback_position(const Traceback* tb);

extern Type TracebackType;

// The pending exception passes through `frame` at `pos`: prepend an entry to
// its __traceback__ (CPython's PyTraceBack_Here).
void traceback_add(Frame& frame, const ast::Position& pos);

// sys.excepthook's output for an uncaught exception, with its chained
// causes and contexts, to stderr (stdout is flushed first).
void print_exception(Object* exc);

// The part of "Exception ignored in: ..." that follows that line, as
// CPython's write_unraisable_exc_file prints it: the exception's own
// traceback (no chained exceptions, no notes), then "Type: str(exc)", the
// ": " written even when str(exc) is empty.
void print_unraisable(Object* exc);

// The traceback module's formatting, from the same printer, as lists of
// strings cut where CPython's traceback module cuts them: an exception with
// `traceback` shown for it (and its chain unless `chain` is false), the
// exception's last lines alone, a traceback's entries, and a stack's from
// its outermost frame to `frame`. `limit` keeps the first `limit` entries of
// each traceback (the innermost -limit of a stack, or the last -limit
// entries when negative); none, all. Null with an exception pending.
Ref<List> format_exception_lines(Object* value, Object* traceback, std::optional<long> limit, bool chain);
Ref<List> format_exception_only_lines(Object* value);
Ref<List> format_traceback_entries(Object* traceback, std::optional<long> limit);
Ref<List> format_stack_entries(FrameObject* frame, std::optional<long> limit);
// A source line as the traceback module's FrameSummary.line holds it,
// stripped; false when the file has no such line.
bool stripped_source_line(std::string_view filename, int lineno, std::string& out);

// From now on tracebacks show no source lines: called at exit when the
// modules are torn down (CPython can no longer import io to read them).
void stop_showing_source_lines();

// The form CPython prints for a SyntaxError raised by the parser.
void print_syntax_error(const grammar::SyntaxErrorInfo& error);

// A SyntaxError exception object carrying `error`'s fields.
Ref<> syntax_error_object(const grammar::SyntaxErrorInfo& error);

void traceback_type_init();

}  // namespace minipy::interp
