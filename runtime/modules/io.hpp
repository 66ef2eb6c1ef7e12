// What the files of the _io module share (io.cpp, stringio.cpp,
// bytesio.cpp); not part of the runtime's interface, which is
// make_io_module in modules.hpp. lib/io.py builds the io module on _io, as
// CPython's Lib/io.py does.
//
// CPython's StringIO and BytesIO inherit part of their behaviour from
// _io._IOBase (with-statements, iteration's closed check, readlines,
// writelines, isatty, fileno, the finalizer that closes). minipy's
// _io._IOBase is the layout of file objects (runtime/objects/file.hpp), so
// the in-memory streams derive from object and get those methods from
// io_add_iobase_methods, with _IOBase's messages.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace minipy {

extern Type StringIOType;  // _io.StringIO
extern Type BytesIOType;   // _io.BytesIO

void stringio_type_init();
void bytesio_type_init();

// __enter__, __exit__, writelines, fileno and detach as _IOBase (and
// _TextIOBase / _BufferedIOBase) define them, and the finalizer: a
// subclass whose instance dies unclosed has close() called. A `text`
// stream (StringIO) also gets _IOBase's __iter__ (with its closed check),
// readlines, isatty and flush and _TextIOBase's encoding and errors;
// BytesIO defines those itself.
void io_add_iobase_methods(Type& type, bool text);
void io_finalize(Object* self);

// _IOBase's closed check, which reads the `closed` attribute (a subclass
// may override it): "I/O operation on closed file." False with ValueError set.
[[nodiscard]] bool io_check_closed(Object* self);
// _IOBase.__iter__: the closed check, then the stream itself.
Ref<> io_iter(Object* self);

// _Py_convert_optional_to_ssize_t: None leaves `out` as it is; an index
// is read into it. False with TypeError ("argument should be integer or
// None, not 'str'") or OverflowError set.
[[nodiscard]] bool io_optional_size(Object* value, std::int64_t& out);
// Argument Clinic's `int` conversion (seek's whence): an index that fits
// a C int. False with an exception set.
[[nodiscard]] bool io_c_int(Object* value, int& out);
// The positional-only arguments of a stream method: "StringIO.read() takes
// no keyword arguments", "read expected at most 1 argument, got 2".
[[nodiscard]] bool io_positional(std::string_view type_name, std::string_view method, const Args& args,
                                 std::size_t min, std::size_t max);

// CPython's resize_buffer rule, shared by BytesIO and StringIO: the
// allocation (in items) for `size` items in a buffer of `alloc`. A major
// shrink or growth gets the exact size plus one, a moderate growth an
// eighth more, as a list grows; `alloc` itself when the buffer may stay.
inline std::size_t io_buffer_allocation(std::size_t alloc, std::size_t size) {
    if (size < alloc / 2) return size + 1;
    if (size < alloc) return alloc;
    if (static_cast<double>(size) <= static_cast<double>(alloc) * 1.125) return size + (size >> 3) + (size < 9 ? 3 : 6);
    return size + 1;
}

}  // namespace minipy
