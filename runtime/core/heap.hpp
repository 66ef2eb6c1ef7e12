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
// Null when out of memory (or past the limit below): the caller raises
// MemoryError, as CPython's callers do when PyMem_Malloc fails.
void* heap_alloc(std::size_t bytes);
void heap_free(void* block, std::size_t bytes);
// Resizes `block` (null: allocates) keeping its first bytes; null when out of memory.
void* heap_realloc(void* block, std::size_t old_bytes, std::size_t new_bytes);

// A ceiling on the bytes the heap has handed out and not taken back, for a
// host that must survive any program (the fuzz targets); 0, the default, is
// none. Only a large block (more than kHeapSmallBlock bytes) that would take
// the total past the limit is refused: small ones never are, so that the
// runtime can always make the MemoryError and the traceback that report it,
// and code that allocates a fixed-size object needs no failure path. A
// program that builds millions of small objects is held back by the step
// budget instead (runtime/core/interrupts.hpp), or by its containers' arrays.
inline constexpr std::size_t kHeapSmallBlock = 4096;
void heap_set_limit(std::size_t bytes);
std::size_t heap_limit();
std::size_t heap_bytes_in_use();
// For code that builds a large text outside the heap before it becomes an
// object (the format engines pad a std::string to a width the program
// chose): false with MemoryError set when a block of `bytes` would be
// refused, or is beyond any machine's memory (kHeapMaxBlock, the bound
// str and bytes repetition already keep).
inline constexpr std::int64_t kHeapMaxBlock = std::int64_t{1} << 40;
bool heap_may_allocate(std::int64_t bytes);

// Bytes of `o` itself, its GCHead aside, from its type's size fields: what
// object.__sizeof__ reports (CPython's _PyObject_SIZE / _PyObject_VAR_SIZE).
std::size_t object_size(const Object* o);
// Bytes the heap allocated for `o`: object_size rounded to the heap's
// granule, with its GCHead.
std::size_t object_allocated_size(const Object* o);

// Allocates raw memory for an instance of `type` with `items` variable items,
// zero-filled, with a GCHead when the type has one; returns the Object part.
// The object starts with refcount 1 and, for GC types, is *not yet tracked*.
// Sizes are rounded up to a multiple of 8 bytes, the heap's granule. Null
// with MemoryError set when the memory cannot be had (only a large block
// can be refused: see heap_set_limit).
Object* object_alloc(Type* type, std::size_t items = 0);
// The same for an object of `bytes` bytes (its GCHead aside), for types
// whose instances compute their own size (Type::allocated_size: strs and
// ints). Never refused, as a fixed-size object: their construction has no
// failure path, so the operations that could make one past the ceiling
// (repetition, concatenation, padding) ask heap_may_allocate first.
Object* object_alloc_bytes(Type* type, std::size_t bytes);

// The end of the program when even a small block cannot be had.
[[noreturn]] void heap_out_of_memory();

// Returns an object's memory to the heap; the type's destroy slot calls this
// last, after releasing the object's references.
void object_free(Object* o);

// Constructs a C++ object of class T (derived from Object) in fresh heap
// memory: `new_object<List>(&ListType)`. Heap types get a reference from
// each instance, as in CPython.
template <class T, class... A>
Ref<T> new_object(Type* type, A&&... args) {
    Object* raw = object_alloc(type);
    if (!raw) heap_out_of_memory();  // fixed-size objects are small: never refused
    auto* obj = ::new (static_cast<void*>(raw)) T(std::forward<A>(args)...);
    obj->refcount = 1;
    obj->type = type;
    if (type->has_flag(type_flags::kHeapType)) incref(type);
    return Ref<T>::adopt(obj);
}

// Same for variable-size objects (T derives from VarObject); null with
// MemoryError set when the block cannot be had.
template <class T>
Ref<T> new_var_object(Type* type, std::size_t items) {
    Object* raw = object_alloc(type, items);
    if (!raw) return nullptr;
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
// float and int free lists), linked through their type field. The last one
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
