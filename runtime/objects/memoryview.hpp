// memoryview: a view of another object's buffer without copying it (CPython
// 3.11's Objects/memoryobject.c, one-dimensional views only).
//
// A view reads its exporter's memory through buffer_get on every access, so
// no pointer into it is ever kept. An item i lives at byte offset + i * step
// of the exporter's buffer; a slice of a view is a new view of the same
// exporter with its own offset and step, so writes through any view of a
// bytearray show in the bytearray. A view of a view is a view of the first
// exporter (`mv.obj` is the bytearray, as in CPython).
//
// As in CPython, the exporter is held by a "managed buffer" that every view
// made from one memoryview(x) call shares (slices, casts, memoryview(view)):
// it owns x and one export of it (bytearray.hpp) until the last of those
// views is released (`release()`, the end of a `with` block, or its
// destruction), so the bytearray cannot be resized until then. A released
// view raises "ValueError: operation forbidden on released memoryview
// object" for everything but repr, release and the `==` identity test.
//
// Views and managed buffers are tracked by the collector, and views accept
// weak references, as CPython's.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"
#include "runtime/objects/buffer.hpp"

#include <cstdint>

namespace minipy {

struct WeakRef;

struct MemoryView : Object {
    Object* mbuf = nullptr;       // owned: the managed buffer holding the exporter (memoryview.cpp)
    std::int64_t offset = 0;      // bytes from the exporter's first byte to item 0
    std::int64_t length = 0;      // items
    std::int64_t step = 1;        // bytes from one item to the next
    std::int64_t itemsize = 1;
    std::int64_t hash = -1;       // cached once computed
    char format = 'B';
    bool readonly = true;
    bool released = false;
    bool format_at = false;       // the format was given as '@X' to cast(), and prints so
    WeakRef* weakreflist = nullptr;
};

extern Type MemoryViewType;

inline bool is_memoryview(const Object* o) { return o->type == &MemoryViewType; }

// The exporter of a live view (borrowed), null for a released one.
Object* memoryview_exporter(Object* view);

// The view's items as a BufferView (data already offset); false with
// ValueError when the view is released.
[[nodiscard]] bool memoryview_buffer(Object* view, BufferView& out);

void memoryview_type_init();

}  // namespace minipy
