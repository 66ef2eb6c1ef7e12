// File objects: what open() returns and what sys.stdin/stdout/stderr are.
//
// One layout serves CPython's four io classes, distinguished by type so that
// repr and isinstance read as in CPython: _io.TextIOWrapper (text mode:
// str in, str out, newline translation, UTF-8 by default) and, for binary
// modes, _io.BufferedReader ('rb'), _io.BufferedWriter ('wb', 'ab', 'xb') and
// _io.BufferedRandom ('+' modes), which read and write bytes.
//
// The object wraps a C stdio stream, whose buffering matches CPython's
// closely enough: stdout is line-buffered on a terminal and block-buffered
// otherwise. Reads go through `pending`, text already read from the stream
// (decoded and newline-translated in text mode) but not yet returned; lines
// are read with getline(), so reading a line from an interactive stdin
// never waits for more than that line.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>

namespace minipy {

struct Dict;
struct Str;

// How a text file translates line endings (the `newline` argument of open()).
enum class NewlineMode : unsigned char {
    Universal,     // None: '\r\n' and '\r' read as '\n'; '\n' written as is
    Untranslated,  // '': lines end at any of the three, nothing translated
    LF,            // '\n'
    CR,            // '\r': lines end at '\r'; '\n' written as '\r'
    CRLF,          // '\r\n': lines end at '\r\n'; '\n' written as '\r\n'
};

// Told of the text written to the process's stdout and stderr through file
// objects (sys.stdout, print): memviz's HTML shows the output so far. Null
// unless something watches; must not run Python code.
using FileOutputWatch = void (*)(std::string_view text);
extern FileOutputWatch file_output_watch;

struct File : Object {
    std::FILE* fp = nullptr;
    Object* name = nullptr;  // owned: the path (str or bytes) or the descriptor (int)
    Dict* dict = nullptr;    // owned: __dict__, created on first attribute store
    std::string mode;        // f.mode: as given for text, normalised ('rb+') for binary
    std::string encoding;    // text files: as given, or "UTF-8"
    std::string errors;      // text files: the codec error handler
    std::string pending;     // read ahead: UTF-8 text (text mode) or raw bytes
    NewlineMode newline = NewlineMode::Universal;
    bool binary = false;
    bool readable = false;
    bool writable = false;
    bool closed = false;
    bool close_fp = true;         // false for the standard streams and closefd=False
    bool utf8 = true;             // text is UTF-8 in the file too: no codec needed
    bool line_buffering = false;  // flush after a write containing '\n'
    bool last_was_write = false;  // C streams need a flush between write and read
    WeakRef* weakreflist = nullptr;  // weakreflist (weakref.hpp)
    // A text file's binary layer (f.buffer), made on first use: a binary
    // file object over the same stream, so bytes written through it keep
    // their place among the text. Closed with the text file.
    Object* buffer = nullptr;  // owned
};

extern Type IOBaseType;          // _io._IOBase: the methods every file object shares
extern Type TextIOWrapperType;   // _io.TextIOWrapper
extern Type BufferedReaderType;  // _io.BufferedReader
extern Type BufferedWriterType;  // _io.BufferedWriter
extern Type BufferedRandomType;  // _io.BufferedRandom
extern Type UnsupportedOperationType;  // io.UnsupportedOperation (OSError and ValueError)

inline bool is_file(const Object* o) { return is_instance_of(o, &IOBaseType); }

// open(file, mode, buffering, encoding, errors, newline, closefd, opener):
// the arguments as open() received them (borrowed, null when omitted).
// Null with an exception set (FileNotFoundError, ValueError "invalid mode: 'q'", …).
Ref<> file_open(Object* file, Object* mode, Object* encoding, Object* errors, Object* newline, Object* closefd);

// A text file object for one of the process's standard streams, which it
// does not close: name '<stdout>', mode 'w', encoding 'utf-8'.
Ref<> file_from_stream(std::FILE* fp, std::string_view name, std::string_view mode, std::string_view errors);

// f.write(s) for a text file, without the method lookup (print's fast
// path); returns false with an exception set.
[[nodiscard]] bool file_write_text(File* f, Str* s);
// f.readline() for a text file (input()'s fast path): the line with its
// '\n', "" at end of file; null with an exception set.
Ref<> file_readline_text(File* f);
// f.flush(); false with an exception set (closed file).
[[nodiscard]] bool file_flush(File* f);

// Raises the OSError subclass CPython chooses for `errnum`
// (FileNotFoundError for ENOENT, …) as OSError(errnum, strerror, filename);
// `filename` may be null; a `filename2` (rename's destination) makes it
// OSError(errnum, strerror, filename, None, filename2), shown as 'a' -> 'b'.
std::nullptr_t raise_os_error(int errnum, Object* filename, Object* filename2 = nullptr);

void file_types_init();
// Registers the reading and writing methods (file_io.cpp) on _io._IOBase.
void file_io_methods_init(Type& base);

}  // namespace minipy
