// Allocation and destruction of heap objects.
//
// Memory layout of one object:
//
//     [dict, values] [GCHead] [Object header | type-specific fields | variable part]
//      ^ kManagedDict ^ kHasGC ^ id(obj) is this address
//
// Small blocks come from size-class pools (like CPython's pymalloc), so that a
// freed object's address is reused by the next object of similar size, as in
// CPython (`id(A()) == id(A())` is usually True in both). Sanitizer builds use
// malloc directly so AddressSanitizer sees every use after free.
//
// While tracemalloc traces, every block handed out and taken back here is
// reported to the tracer (heap_trace.hpp), objects at their own size.
#pragma once

#include "runtime/core/gc.hpp"
#include "runtime/core/heap_trace.hpp"
#include "runtime/core/object.hpp"
#include "runtime/core/sanitizer.hpp"
#include "runtime/core/type.hpp"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <new>
#include <utility>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#endif

namespace minipy {

// The size-class pools (heap.cpp), declared here for the inline fast paths
// below. Blocks up to kMaxPooled bytes are carved from 64 KiB chunks, one
// free list per 8-byte size class.
namespace heap_pool {
#if defined(MINIPY_ASAN)
inline constexpr bool kUseSystemMalloc = true;  // let ASan see every block
#else
inline constexpr bool kUseSystemMalloc = false;
#endif
inline constexpr std::size_t kGranule = 8;
inline constexpr std::size_t kMaxPooled = 512;
inline constexpr std::size_t kClassCount = kMaxPooled / kGranule;

struct SizeClass {
    void* free = nullptr;      // the most recently freed block
    char* bump = nullptr;      // unused tail of the current chunk
    char* bump_end = nullptr;
};
extern SizeClass size_classes[kClassCount];

constexpr std::size_t class_index(std::size_t bytes) { return (bytes + kGranule - 1) / kGranule - 1; }
// A free block keeps its link where a freed object's refcount and type
// words are not, so that the refcount reads 0 through ctypes and the type
// word keeps the freed poison (object_free writes both) until the block is
// reused. An object without a GCHead has them in words 0-1, one with a
// GCHead in words 2-3, an instance with a managed dict in words 4-5 (its
// block has 56 bytes at least): blocks of 56 bytes and more link through
// word 6, which is free in all three, blocks of 40 and 48 through word 4.
// Smaller blocks hold objects without a GCHead (a GC object with a field
// needs 40): word 2 for 24 and 32 bytes; a 16-byte object (no fields) gives
// up its refcount word, as every object does to CPython's pymalloc.
constexpr std::size_t link_word(std::size_t block_bytes) {
    return block_bytes >= 56 ? 6 : block_bytes >= 40 ? 4 : block_bytes >= 24 ? 2 : 0;
}
inline void*& link(void* block, std::size_t block_bytes) {
    return static_cast<void**>(block)[link_word(block_bytes)];
}
// A block of `block_bytes` (a multiple of the granule) from its class's
// free list, else from the current chunk's tail; null when both are empty
// (the caller then gives the class a new chunk, or takes the slow path).
inline void* take(std::size_t block_bytes) {
    SizeClass& sc = size_classes[class_index(block_bytes)];
    void* block = sc.free;
    if (__builtin_expect(block != nullptr, true)) {
        sc.free = link(block, block_bytes);
    } else if (sc.bump + block_bytes <= sc.bump_end) {
        block = sc.bump;
        sc.bump += block_bytes;
    }
    return block;
}
// Puts a block of `block_bytes` back on its class's free list.
inline void give(void* block, std::size_t block_bytes) {
    SizeClass& sc = size_classes[class_index(block_bytes)];
    link(block, block_bytes) = sc.free;
    sc.free = block;
}
}  // namespace heap_pool

// Raw blocks: pooled when small. The caller remembers each block's size.
// Null when out of memory (or past the limit below): the caller raises
// MemoryError, as CPython's callers do when PyMem_Malloc fails.
void* heap_alloc(std::size_t bytes);
void heap_free(void* block, std::size_t bytes);
// Resizes `block` (null: allocates) keeping its first bytes; null when out of memory.
void* heap_realloc(void* block, std::size_t old_bytes, std::size_t new_bytes);

// A ceiling on the bytes the heap holds, for a host that must survive any
// program (the fuzz targets); 0, the default, is none. The heap holds a
// large block from when it hands it out until it is freed, and small ones
// by the 64 KiB pool chunks they are carved from, which it keeps (so the
// pools' fast paths keep no count). Only a large block (more than kHeapSmallBlock bytes) that would take
// the total past the limit is refused, as the machine refuses one: null from
// heap_alloc and the object_try_alloc functions, std::bad_alloc from
// object_alloc (below), so the MemoryError paths report it. Small ones never
// are, so that the runtime can always make the MemoryError and the traceback
// that report it, and the reserve is not spent on the ceiling. A
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

// The two words in front of the GCHead of an instance with a managed dict:
// its inline values pointer, then its dict pointer (instance.hpp).
inline constexpr std::size_t kManagedDictHeader = 2 * sizeof(void*);
// Bytes in front of an instance of `type` (CPython's _PyType_PreHeaderSize):
// the GCHead and the managed dict's words, as the type has them.
inline std::size_t object_pre_header_size(const Type* type) {
    std::size_t bytes = type->has_flag(type_flags::kHasGC) ? sizeof(GCHead) : 0;
    if (type->has_flag(type_flags::kManagedDict)) bytes += kManagedDictHeader;
    return bytes;
}

// Bytes of `o` itself, its GCHead aside, from its type's size fields: what
// object.__sizeof__ reports (CPython's _PyObject_SIZE / _PyObject_VAR_SIZE).
std::size_t object_size(const Object* o);
// Bytes the heap allocated for `o`: object_size rounded to the heap's
// granule, with what goes in front of it (object_pre_header_size).
std::size_t object_allocated_size(const Object* o);
// The same for an object of `bytes` bytes of `type`.
inline std::size_t object_block_bytes(const Type* type, std::size_t bytes) {
    return ((bytes + 7) & ~std::size_t{7}) + object_pre_header_size(type);
}

// Allocates raw memory for an instance of `type` with `items` variable items,
// zero-filled, with a GCHead when the type has one; returns the Object part.
// The object starts with refcount 1 and, for GC types, is *not yet tracked*.
// Sizes are rounded up to a multiple of 8 bytes, the heap's granule. When
// not even the reserve (below) can serve it, std::bad_alloc is thrown, as
// by the C++ library's own allocations: a builtin's call turns it into
// MemoryError (call_native, method_def.hpp).
Object* object_alloc(Type* type, std::size_t items = 0);
// The same for an object of `bytes` bytes (its GCHead aside), for types
// whose instances compute their own size (Type::allocated_size).
Object* object_alloc_bytes(Type* type, std::size_t bytes);

// As object_alloc, but null when the memory cannot be had (nothing raised):
// for objects whose size the program chooses (`"a" * 10**10`), which end in
// MemoryError rather than an abort.
Object* object_try_alloc(Type* type, std::size_t items);
Object* object_try_alloc_bytes(Type* type, std::size_t bytes);
// As object_alloc_bytes (or, with `may_fail`, object_try_alloc_bytes), but
// only what is in front of the object and its first `head_size` bytes are
// zero-filled: for an object whose caller writes all the rest at once (a
// str's code points), so that big ones are not written twice.
Object* object_alloc_head(Type* type, std::size_t bytes, std::size_t head_size, bool may_fail);

// Raises MemoryError (with no message, as CPython's PyErr_NoMemory).
std::nullptr_t raise_memory_error();

// Blocks for the runtime's own small objects, which cannot fail where they
// are made: when the heap is exhausted, a reserve set aside at start-up is
// given back so the allocation succeeds, and MemoryError is raised at the
// evaluator's next safe point instead (runtime/core/interrupts.hpp). Null
// only when even that cannot serve it.
void* heap_alloc_or_reserve(std::size_t bytes);
// Sets the reserve aside (again); false when the memory is not there.
bool heap_keep_reserve();
// Gives the reserve back to the C library, for work that allocates outside
// the heap once memory has run out (printing a MemoryError's traceback).
void heap_drop_reserve();

// Returns an object's memory to the heap; the type's destroy slot calls this
// last, after releasing the object's references.
void object_free(Object* o);

// Told of every object that dies (freed to the heap or kept on a free list),
// before its memory can be reused: memviz marks the objects of its previous
// step that are gone. Null unless something watches; must not allocate from
// the heap nor run Python code.
using ObjectFreeWatch = void (*)(const Object* o);
extern ObjectFreeWatch object_free_watch;
inline void object_note_freed(const Object* o) {
    if (__builtin_expect(object_free_watch != nullptr, false)) object_free_watch(o);
}

// A freed object's type word, until its block is reused: object_free and the
// free lists below leave it there, so the heap validator (heap_check.hpp)
// can tell a dangling reference from a live object, and code that follows a
// dangling reference's type faults at once (the address is not canonical).
inline constexpr std::uintptr_t kFreedTypeBits = 0xF4EEDF4EEDF4EED0;
inline Type* freed_type_poison() { return reinterpret_cast<Type*>(kFreedTypeBits); }

// Whether `o` points into a block the heap has taken back (and not yet
// handed out again). Under AddressSanitizer every freed block is poisoned,
// so this is asked of ASan first and never reads freed memory.
inline bool heap_block_freed(const Object* o) {
#if defined(__SANITIZE_ADDRESS__)
    if (__asan_address_is_poisoned(o) || __asan_address_is_poisoned(&o->type)) return true;
#endif
    return reinterpret_cast<std::uintptr_t>(o->type) == kFreedTypeBits;
}

// The fast paths for the small objects made and dropped at the highest
// rate (ints, floats): a block for an object with nothing in front of it
// (no GCHead, no managed dict), `bytes` of it (object_block_bytes: a
// multiple of the granule), taken from its size class's free list or the
// current chunk's tail in a few inlined instructions, as pymalloc's
// pymalloc_alloc. Null when neither can serve it, while tracemalloc traces
// (every block must then be reported) and under AddressSanitizer (every
// block from malloc): the caller then takes object_alloc_bytes, the slow
// path that handles all of those. The block is not zero-filled and its
// header is not set: the caller writes every word of it.
inline void* heap_pool_take(std::size_t bytes) {
    using namespace heap_pool;
    if (kUseSystemMalloc || bytes > kMaxPooled || __builtin_expect(heap_tracing, false)) return nullptr;
    return take(bytes);  // null when the class needs a new chunk: the slow path
}

// The other end, for an object `o` that heap_pool_take (or the slow path)
// gave a block of `bytes`, with nothing in front of it, its fields
// released: as object_free, with the size known to the caller. The freed
// mark stays (refcount 0, type poisoned) until the block is reused.
void object_free_slow(Object* o, std::size_t bytes);
inline void object_free_pooled(Object* o, std::size_t bytes) {
    using namespace heap_pool;
    if (kUseSystemMalloc || bytes > kMaxPooled || __builtin_expect(heap_tracing, false) ||
        __builtin_expect(object_free_watch != nullptr, false))
        return object_free_slow(o, bytes);
    o->refcount = 0;
    o->type = freed_type_poison();
    give(o, bytes);
}

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
Ref<T> init_var_object(Object* raw, Type* type, std::size_t items) {
    auto* obj = ::new (static_cast<void*>(raw)) T();
    obj->refcount = 1;
    obj->type = type;
    obj->size = static_cast<std::int64_t>(items);
    if (type->has_flag(type_flags::kHeapType)) incref(type);
    return Ref<T>::adopt(obj);
}
template <class T>
Ref<T> new_var_object(Type* type, std::size_t items) {
    return init_var_object<T>(object_alloc(type, items), type, items);
}
// Null with MemoryError raised when the memory cannot be had.
template <class T>
Ref<T> try_new_var_object(Type* type, std::size_t items) {
    Object* raw = object_try_alloc(type, items);
    if (!raw) return raise_memory_error();
    return init_var_object<T>(raw, type, items);
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
// float and int free lists), linked through their third word, the first
// after the header: the refcount word stays 0, as ctypes reads it at id(x),
// and the type word holds the freed poison, as for a block returned to the
// heap. The last one freed is the next one handed out, so its address comes
// back as in CPython. Under AddressSanitizer a kept object is poisoned but
// for its refcount and its link until reused, so a use after free of a float
// or an int is reported as for any other block; the link stays readable for
// LeakSanitizer, which does not look for pointers in poisoned memory.
template <class T, int Max>
class FreeList {
    static_assert(sizeof(T) >= 3 * sizeof(void*), "the link needs a word after the header");

public:
    // How many objects it may keep (Max at first); kept ones past it stay
    // until taken. A limit rather than Max alone, so that a free list can be
    // switched off (int's, while tracemalloc traces) at no cost to give().
    void set_limit(int limit) { limit_ = limit; }

    // A recycled object, alive (refcount 1, type set), or null when empty.
    T* take(Type* type) {
        T* o = head_;
        if (!o) return nullptr;
#if defined(__SANITIZE_ADDRESS__)
        ASAN_UNPOISON_MEMORY_REGION(&o->type, sizeof(T) - sizeof(o->refcount));
#endif
        head_ = link(o);
        link(o) = nullptr;  // the field it borrowed starts zeroed, as a new object's
        --count_;
        o->refcount = 1;
        o->type = type;
        return o;
    }
    // Adds fresh objects of `bytes` (their collector header aside) until
    // `n` are kept: how a free list starts as CPython's start-up leaves it
    // (interpreter_init). Like objects that were freed into the list, they
    // count for neither the collector's thresholds nor tracemalloc.
    void fill(int n, const Type* type, std::size_t bytes) {
        const std::size_t header = object_pre_header_size(type);
        const std::size_t block_bytes = object_block_bytes(type, bytes);
        while (count_ < n && count_ < limit_) {
            char* block = static_cast<char*>(heap_alloc(block_bytes));
            if (!block) return;
            std::memset(block, 0, block_bytes);
            give(reinterpret_cast<T*>(block + header));
        }
    }

    bool has_room() const { return count_ < limit_; }

    // Keeps `o` (dead, its fields released) when there is room.
    bool give(T* o) {
        if (count_ >= limit_) return false;
        object_note_freed(o);
        o->refcount = 0;
        o->type = freed_type_poison();
        link(o) = head_;
        head_ = o;
        ++count_;
#if defined(__SANITIZE_ADDRESS__)
        ASAN_POISON_MEMORY_REGION(&o->type, sizeof(o->type));
        if (sizeof(T) > 3 * sizeof(void*))
            ASAN_POISON_MEMORY_REGION(reinterpret_cast<char*>(o) + 3 * sizeof(void*), sizeof(T) - 3 * sizeof(void*));
#endif
        return true;
    }

private:
    static T*& link(T* o) { return reinterpret_cast<T**>(o)[2]; }

    T* head_ = nullptr;
    int count_ = 0;
    int limit_ = Max;
};

// How tracemalloc sees the free lists of lists, dicts and tuples: while it
// traces, an object taken from one is reported as a new block and one kept
// as a freed block. CPython's lists are not seen at all, but its free lists
// are rarely empty, while minipy's are drained by imports that keep more
// objects alive; a temporary list would then show up as a live block where
// CPython shows none. Reported this way, a temporary nets zero, as in
// CPython whenever its free list can serve it. (The collector's counts
// follow CPython: a free-list object is neither counted when taken nor
// when kept.)
void heap_trace_recycled_slow(const Object* o);
void heap_trace_kept_slow(const Object* o);
inline void heap_trace_recycled(const Object* o) {
    if (__builtin_expect(heap_tracing, false)) heap_trace_recycled_slow(o);
}
inline void heap_trace_kept(const Object* o) {
    if (__builtin_expect(heap_tracing, false)) heap_trace_kept_slow(o);
}

// new_object<T> served from `free` first, as CPython's list and dict
// allocators pop their free lists: the C++ object is constructed afresh in
// the recycled memory. For exact builtin types without finalizers, whose
// collector header is clear once they are untracked. As in CPython, taking
// one is no allocation for the collector's generation-0 count, as keeping
// one was no deallocation (for tracemalloc: heap_trace_recycled).
template <class T, int Max>
Ref<T> new_object_reusing(FreeList<T, Max>& free, Type* type) {
    T* o = free.take(type);
    if (!o) return new_object<T>(type);
    ::new (static_cast<void*>(o)) T();
    o->refcount = 1;
    o->type = type;
    heap_trace_recycled(o);
    return Ref<T>::adopt(o);
}

// The other end: keeps a dead `o` on `free` when it has room; false when
// the caller must free it.
template <class T, int Max>
bool keep_for_reuse(FreeList<T, Max>& free, T* o) {
    if (!free.has_room()) return false;
    heap_trace_kept(o);
    return free.give(o);
}

}  // namespace minipy
