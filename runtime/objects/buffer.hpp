// Bytes-like objects: the part of CPython's buffer protocol (PEP 3118,
// Objects/abstract.c's PyObject_GetBuffer) that minipy's byte types need.
//
// The exporters are bytes, bytearray, memoryview and array.array, each with
// one dimension. A caller gets the exporter's memory as a BufferView and
// must not hold it across anything that can run Python code or resize the
// exporter: a bytearray can move its block whenever it has no exports
// (memoryviews, bytearray.hpp), and views are taken only for the length of
// one operation, as CPython's PyBuffer_Release pairs do.
#pragma once

#include "runtime/core/object.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace minipy {

struct BufferView {
    char* data = nullptr;     // the first item's first byte (borrowed)
    std::int64_t len = 0;     // items
    std::int64_t step = 1;    // bytes from one item to the next (negative: reversed)
    std::int64_t itemsize = 1;
    char format = 'B';        // struct's letter for one item
    bool readonly = true;

    bool contiguous() const { return step == itemsize; }
    std::int64_t nbytes() const { return len * itemsize; }
};

// 1 with `view` filled when `o` exports a buffer; 0, nothing raised, when it
// does not; -1 with the exception set when it cannot now (a released
// memoryview: "operation forbidden on released memoryview object").
[[nodiscard]] int buffer_get(Object* o, BufferView& view);

// Whether `o` is of a type that exports buffers (cannot fail).
bool is_bytes_like(const Object* o);

// The bytes of a bytes-like object, C-contiguous: 1 with `out` set (a strided
// memoryview's bytes are gathered into `holder` first); 0, nothing raised,
// when `o` is not bytes-like; -1 with the exception set.
[[nodiscard]] int bytes_like(Object* o, std::string& holder, std::string_view& out);

// As bytes_like, but a non-bytes-like `o` is a TypeError: "a bytes-like
// object is required, not 'str'".
[[nodiscard]] bool require_bytes_like(Object* o, std::string& holder, std::string_view& out);

// The bytes of an object taken as a simple buffer (PyBUF_SIMPLE), as most
// arguments are: true with `out` set for a C-contiguous bytes-like object;
// false with TypeError "a bytes-like object is required, not 'str'", or
// BufferError "memoryview: underlying buffer is not C-contiguous".
[[nodiscard]] bool simple_bytes(Object* o, std::string_view& out);

// A buffer to write into (CPython's "w*" argument): true with `view` set for
// a writable C-contiguous one (bytearray, writable memoryview, array.array);
// false with TypeError "{who}argument must be read-write bytes-like
// object, not bytes" (who: "readinto() " or "") or the view's error.
[[nodiscard]] bool writable_buffer(Object* o, std::string_view who, BufferView& view);

// One more (`delta` +1) or one fewer (-1) export of `o`'s buffer: a
// bytearray or an array.array cannot change size while it has any, so a
// pointer into it stays good (CPython's ob_exports). A no-op for bytes.
void buffer_export(Object* o, int delta);

// Keeps a bytearray's or array's block in place (and the object alive)
// while a caller writes through a pointer into it and Python code may run
// meanwhile: one export for the holder's lifetime, as a PyObject_GetBuffer /
// PyBuffer_Release pair holds. A no-op for other objects.
class BufferHold {
public:
    explicit BufferHold(Object* o);
    ~BufferHold();
    BufferHold(const BufferHold&) = delete;
    BufferHold& operator=(const BufferHold&) = delete;

private:
    Object* held_ = nullptr;  // owned: the exporter
};

}  // namespace minipy
