// What the files of the array module share (array.cpp, array_methods.cpp),
// and what other files use: array_buffer, the bytes of an array as a
// writable buffer (buffer.hpp: struct, memoryview), and array_load.
//
// An array.array (CPython 3.11's Modules/arraymodule.c) keeps its items as
// C values in one malloc'd block: `size` items in use of `allocated`, each
// `descr->itemsize` bytes. The block grows and shrinks as CPython's
// array_resize does (room for newsize + newsize/16 + 3 or 7 more, and a
// shrink only when 16 or more items would be unused), so __sizeof__, which
// is the 64-byte object plus the block, equals CPython's. Arrays hold no
// references, but CPython 3.11 tracks them (its array type is a heap type
// whose instances visit it), and so does minipy.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

#include <cstdint>

namespace minipy {

// A typecode: its letter and item size.
struct ArrayDescr {
    char code;
    std::int64_t itemsize;
};

struct Array : Object {
    char* items = nullptr;  // owned (malloc): allocated * itemsize bytes
    std::int64_t size = 0;
    std::int64_t allocated = 0;
    const ArrayDescr* descr = nullptr;
    WeakRef* weakreflist = nullptr;  // weak references to the array (weakref.hpp)
    // memoryviews holding the block (buffer.hpp); while > 0 the array
    // cannot change size: BufferError, as CPython's ob_exports.
    std::int64_t exports = 0;
};

extern Type ArrayType;  // array.array

inline bool is_array(const Object* o) { return is_instance_of(o, &ArrayType); }

// The bytes of an array: true with `data`/`size` set when `o` is one,
// false (and no exception) when it is not.
bool array_buffer(Object* o, char*& data, std::int64_t& size);

// ---- shared by array.cpp and array_methods.cpp

// Item i as a Python object.
Ref<> array_get(const Array* a, std::int64_t i);
// The item of typecode `code` at `p` as a Python object (also memoryview's
// reading of the same struct letters).
Ref<> array_load(char code, const char* p);
// Converts `value` into item i (in bounds); false with CPython's error set.
[[nodiscard]] bool array_set(Array* a, std::int64_t i, Object* value);
// Converts `value` into an item of typecode `code` at p (8 bytes suffice).
[[nodiscard]] bool array_store(char code, char* p, Object* value);
// Resizes to `n` items as CPython's array_resize (new items are unset);
// false with BufferError while the array exports its buffer.
[[nodiscard]] bool array_resize(Array* a, std::int64_t n);
// A new array of the type with `n` items allocated exactly (unset).
Ref<Array> array_new_exact(Type* type, const ArrayDescr* descr, std::int64_t n);
// Appends the items of an iterable one by one (array_iter_extend).
[[nodiscard]] bool array_extend_iterable(Array* a, Object* iterable);
// Appends the items of another array of the same typecode.
[[nodiscard]] bool array_extend_array(Array* a, Array* other);
// Removes items [lo, hi).
[[nodiscard]] bool array_delete_range(Array* a, std::int64_t lo, std::int64_t hi);
// Appends raw bytes (a multiple of the item size, checked by the caller).
[[nodiscard]] bool array_append_bytes(Array* a, const char* data, std::int64_t nbytes);

// Registers the named methods (array_methods.cpp).
void array_add_methods(Type& type);

}  // namespace minipy
