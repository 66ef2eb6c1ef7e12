// bytearray: a mutable sequence of 0..255 (CPython 3.11's
// Objects/bytearrayobject.c).
//
// Layout, as CPython's PyByteArrayObject, so `sys.getsizeof` agrees: the
// 56-byte object holds `size` (the bytes in use), `alloc` (the bytes of the
// heap block at `bytes`), `start` (where the data begins inside the block)
// and `exports`. `__sizeof__` is 56 + alloc and `__alloc__()` is alloc.
//
// Invariants:
//  * bytes == start == null and alloc == 0, or `bytes` is a heap block of
//    `alloc` bytes with start - bytes + size + 1 <= alloc and start[size] == 0.
//  * The block is grown, shrunk and re-based only by bytearray_resize, with
//    CPython 3.11's policy (exact fit from empty, +1/8 plus 3 or 6 when
//    growing a little, an exact fit when shrinking below half), and deleting
//    a prefix moves `start` instead of the bytes; so every length reached by
//    the same operations has CPython's `alloc`.
//  * While `exports` > 0 (memoryviews of it exist) the block never moves or
//    changes size: a resize raises BufferError "Existing exports of data:
//    object cannot be re-sized".
//  * A bytearray holds no references, is not tracked by the collector and
//    refuses weak references, as in CPython.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

#include <cstdint>
#include <string_view>

namespace minipy {

struct ByteArray : VarObject {
    std::int64_t alloc = 0;
    char* bytes = nullptr;  // owned heap block (heap_alloc) of `alloc` bytes
    char* start = nullptr;  // the first byte in use, inside `bytes`
    std::int64_t exports = 0;

    char* data() { return start ? start : empty_data(); }
    std::string_view view() const {
        return start ? std::string_view(start, static_cast<std::size_t>(size)) : std::string_view();
    }

private:
    static char* empty_data() {
        static char nul = 0;
        return &nul;
    }
};

extern Type ByteArrayType;

inline bool is_bytearray(const Object* o) { return o->type == &ByteArrayType || is_instance_of(o, &ByteArrayType); }

// A new bytearray holding a copy of `raw`, allocated exactly (CPython's
// PyByteArray_FromStringAndSize: alloc is size + 1, or 0 when empty).
Ref<ByteArray> bytearray_from(std::string_view raw);

// Sets the length to `n` under CPython's allocation policy (new bytes are
// unset); false with BufferError or MemoryError.
[[nodiscard]] bool bytearray_resize(ByteArray* a, std::int64_t n);

void bytearray_type_init();

}  // namespace minipy
