// Allocation and destruction of heap objects.
//
// Memory layout of one object:
//
//     [GCHead]  [Object header | type-specific fields | variable part]
//      ^ only for types with kHasGC       ^ id(obj) is this address
//
// Small blocks come from size-class pools (like CPython's pymalloc), so that a
// freed object's address is reused by the next object of similar size, as in
// CPython (`id(A()) == id(A())` is usually True in both). Sanitizer builds use
// malloc directly so AddressSanitizer sees every use after free.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

#include <cstddef>
#include <cstdint>
#include <new>
#include <utility>

namespace minipy {

// Raw blocks: pooled when small. The caller remembers each block's size.
void* heap_alloc(std::size_t bytes);
void heap_free(void* block, std::size_t bytes);
// Resizes `block` (null: allocates) keeping its first bytes; null when out of memory.
void* heap_realloc(void* block, std::size_t old_bytes, std::size_t new_bytes);

// What the heap can say about an address, for ctypes' reads, which must
// never touch memory outside minipy's heap: `readable` bytes from `address`
// to the end of the block holding it (0 when no block holds it), and whether
// the address is where an object may start (a block's start, or the byte
// after a GCHead at a block's start). A block counts whether it is live or
// free, as long as the heap still owns its memory: pool blocks (handed out
// once, then freed or not), live malloc'd blocks, and the static objects the
// runtime registers (small ints, None, builtin types). A freed malloc'd block
// went back to the C library and is not readable.
struct HeapSpan {
    std::size_t readable = 0;
    bool object_start = false;
};
HeapSpan heap_span(std::uintptr_t address);
// Makes a statically allocated object (or array of objects of `stride`
// bytes) readable through heap_span.
void heap_register_static(const void* start, std::size_t bytes, std::size_t stride = 0);

// Bytes of `o` itself, its GCHead aside, from its type's size fields: what
// object.__sizeof__ reports (CPython's _PyObject_SIZE / _PyObject_VAR_SIZE).
std::size_t object_size(const Object* o);
// Bytes the heap allocated for `o`: object_size rounded to the heap's
// granule, with its GCHead.
std::size_t object_allocated_size(const Object* o);

// Allocates raw memory for an instance of `type` with `items` variable items,
// zero-filled, with a GCHead when the type has one; returns the Object part.
// The object starts with refcount 1 and, for GC types, is *not yet tracked*.
// Sizes are rounded up to a multiple of 8 bytes, the heap's granule.
Object* object_alloc(Type* type, std::size_t items = 0);
// The same for an object of `bytes` bytes (its GCHead aside), for types
// whose instances compute their own size (Type::allocated_size).
Object* object_alloc_bytes(Type* type, std::size_t bytes);

// Returns an object's memory to the heap; the type's destroy slot calls this
// last, after releasing the object's references.
void object_free(Object* o);

// Constructs a C++ object of class T (derived from Object) in fresh heap
// memory: `new_object<List>(&ListType)`. Heap types get a reference from
// each instance, as in CPython.
template <class T, class... A>
Ref<T> new_object(Type* type, A&&... args) {
    Object* raw = object_alloc(type);
    auto* obj = ::new (static_cast<void*>(raw)) T(std::forward<A>(args)...);
    obj->refcount = 1;
    obj->type = type;
    if (type->has_flag(type_flags::kHeapType)) incref(type);
    return Ref<T>::adopt(obj);
}

// Same for variable-size objects (T derives from VarObject).
template <class T>
Ref<T> new_var_object(Type* type, std::size_t items) {
    Object* raw = object_alloc(type, items);
    auto* obj = ::new (static_cast<void*>(raw)) T();
    obj->refcount = 1;
    obj->type = type;
    obj->size = static_cast<std::int64_t>(items);
    if (type->has_flag(type_flags::kHeapType)) incref(type);
    return Ref<T>::adopt(obj);
}

// Runs T's C++ destructor and frees the memory: the common tail of a destroy
// slot. Drops the instance's reference to a heap type.
template <class T>
void delete_object(T* obj) {
    Type* type = obj->type;
    obj->~T();
    object_free(obj);
    if (type->has_flag(type_flags::kHeapType)) decref(type);
}

// Up to `Max` freed objects of one builtin type kept for reuse (CPython's
// float and int free lists), linked through their type field: the
// refcount word of a kept object stays 0, as ctypes reads it at id(x). The last one
// freed is the next one handed out, so its address comes back as in CPython.
template <class T, int Max>
class FreeList {
public:
    // A recycled object, alive (refcount 1, type set), or null when empty.
    T* take(Type* type) {
        T* o = head_;
        if (!o) return nullptr;
        head_ = reinterpret_cast<T*>(o->type);
        --count_;
        o->refcount = 1;
        o->type = type;
        return o;
    }
    // Keeps `o` (dead, its fields released) when there is room.
    bool give(T* o) {
        if (count_ >= Max) return false;
        o->type = reinterpret_cast<Type*>(head_);
        head_ = o;
        ++count_;
        return true;
    }

private:
    T* head_ = nullptr;
    int count_ = 0;
};

}  // namespace minipy
