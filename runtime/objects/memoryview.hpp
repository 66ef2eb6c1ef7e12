// memoryview: a view of another object's buffer without copying it (CPython
// 3.11's Objects/memoryobject.c, one-dimensional views only).
//
// A view keeps a strong reference to its exporter (`obj`) and reads the
// exporter's memory through buffer_get on every access, so no pointer into
// it is ever kept. An item i lives at byte offset + i * step of the
// exporter's buffer; a slice of a view is a new view of the same exporter
// with its own offset and step, so writes through any view of a bytearray
// show in the bytearray. A view of a view is a view of the first exporter
// (`mv.obj` is the bytearray, as in CPython).
//
// Each live view of a bytearray counts as one export of it (bytearray.hpp),
// so the bytearray cannot be resized until every view of it is released
// (`release()`, the end of a `with` block, or the view's destruction).
// After release the view drops its exporter, and every operation but
// repr, release and the `==` identity test raises "ValueError: operation
// forbidden on released memoryview object".
//
// Views are tracked by the collector and accept weak references, as CPython's;
// CPython keeps the exporter behind a "managed buffer" object shared by the
// views, minipy references it directly (so gc.get_referents differs).
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"
#include "runtime/objects/buffer.hpp"

#include <cstdint>

namespace minipy {

struct WeakRef;

struct MemoryView : Object {
    Object* obj = nullptr;        // owned: the exporter; null once released
    std::int64_t offset = 0;      // bytes from the exporter's first byte to item 0
    std::int64_t length = 0;      // items
    std::int64_t step = 1;        // bytes from one item to the next
    std::int64_t itemsize = 1;
    std::int64_t hash = -1;       // cached once computed
    char format = 'B';
    bool readonly = true;
    bool released = false;
    WeakRef* weakreflist = nullptr;
};

extern Type MemoryViewType;

inline bool is_memoryview(const Object* o) { return o->type == &MemoryViewType; }

// The view's items as a BufferView (data already offset); false with
// ValueError when the view is released.
[[nodiscard]] bool memoryview_buffer(Object* view, BufferView& out);

void memoryview_type_init();

}  // namespace minipy
