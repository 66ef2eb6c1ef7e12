// Allocation, destruction, and the size-class pools behind them.
#include "runtime/core/heap.hpp"

#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap_trace.hpp"
#include "runtime/core/interrupts.hpp"
#include "runtime/core/weakref.hpp"
#include "runtime/objects/exceptions.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>
#include <vector>

namespace minipy {

// ------------------------------------------------------------------ pools
//
// Blocks up to kMaxPooled bytes are carved from 64 KiB chunks, one free list
// per 8-byte size class. Freed blocks go to the front of their list, so the
// next allocation of that size reuses the most recently freed address, which
// is what CPython's pymalloc does too.

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kUseSystemMalloc = true;  // let ASan see every block
#else
constexpr bool kUseSystemMalloc = false;
#endif

constexpr std::size_t kGranule = 8;
constexpr std::size_t kMaxPooled = 512;
constexpr std::size_t kClassCount = kMaxPooled / kGranule;
constexpr std::size_t kChunkBytes = 64 * 1024;

struct FreeBlock {
    FreeBlock* next;
};

struct SizeClass {
    FreeBlock* free = nullptr;
    char* bump = nullptr;      // unused tail of the current chunk
    char* bump_end = nullptr;
};

SizeClass size_classes[kClassCount];

std::size_t class_index(std::size_t bytes) { return (bytes + kGranule - 1) / kGranule - 1; }

void* pool_alloc(std::size_t bytes) {
    SizeClass& sc = size_classes[class_index(bytes)];
    if (FreeBlock* block = sc.free) {
        sc.free = block->next;
        return block;
    }
    const std::size_t block_bytes = (class_index(bytes) + 1) * kGranule;
    if (sc.bump + block_bytes > sc.bump_end) {
        sc.bump = static_cast<char*>(std::malloc(kChunkBytes));
        if (!sc.bump) return nullptr;
        sc.bump_end = sc.bump + kChunkBytes - kChunkBytes % block_bytes;
    }
    void* block = sc.bump;
    sc.bump += block_bytes;
    return block;
}

void pool_free(void* p, std::size_t bytes) {
    SizeClass& sc = size_classes[class_index(bytes)];
    auto* block = static_cast<FreeBlock*>(p);
    block->next = sc.free;
    sc.free = block;
}

}  // namespace

// The untraced allocator under the public entry points, which trace
// (heap_trace.hpp): objects are traced at their own size, not the block's.
static void* raw_alloc(std::size_t bytes) {
    if (!kUseSystemMalloc && bytes <= kMaxPooled) return pool_alloc(bytes);
    return std::malloc(bytes);
}

static void raw_free(void* block, std::size_t bytes) {
    if (!kUseSystemMalloc && bytes <= kMaxPooled) return pool_free(block, bytes);
    std::free(block);
}

static void* raw_realloc(void* block, std::size_t old_bytes, std::size_t new_bytes) {
    if (!block) return raw_alloc(new_bytes);
    const bool old_pooled = !kUseSystemMalloc && old_bytes <= kMaxPooled;
    const bool new_pooled = !kUseSystemMalloc && new_bytes <= kMaxPooled;
    if (!old_pooled && !new_pooled) return std::realloc(block, new_bytes);
    if (old_pooled && new_pooled && class_index(old_bytes) == class_index(new_bytes)) return block;
    void* moved = raw_alloc(new_bytes);
    if (!moved) return nullptr;
    std::memcpy(moved, block, std::min(old_bytes, new_bytes));
    raw_free(block, old_bytes);
    return moved;
}

void* heap_alloc(std::size_t bytes) {
    void* block = raw_alloc(bytes);
    heap_note_alloc(block, bytes);
    return block;
}

void heap_free(void* block, std::size_t bytes) {
    heap_note_free(block);
    raw_free(block, bytes);
}

void* heap_realloc(void* block, std::size_t old_bytes, std::size_t new_bytes) {
    void* moved = raw_realloc(block, old_bytes, new_bytes);
    // As CPython's tracer: the resized block is traced anew, at the current
    // traceback; a failed resize leaves the old trace.
    if (moved && block) heap_note_free(block);
    heap_note_alloc(moved, new_bytes);
    return moved;
}

// ---------------------------------------------------------------- objects

// The block for an object of `bytes` bytes: rounded to the heap's 8-byte
// granule, with the GCHead in front for GC types.
static std::size_t block_bytes(const Type* type, std::size_t bytes) {
    bytes = (bytes + 7) & ~std::size_t{7};
    if (type->has_flag(type_flags::kHasGC)) bytes += sizeof(GCHead);
    return bytes;
}

std::size_t object_size(const Object* o) {
    const Type* type = o->type;
    if (type->allocated_size) return type->allocated_size(const_cast<Object*>(o));
    std::size_t items = type->item_size ? static_cast<std::size_t>(static_cast<const VarObject*>(o)->size) : 0;
    return type->basic_size + type->item_size * items;
}

std::size_t object_allocated_size(const Object* o) { return block_bytes(o->type, object_size(o)); }

// ---------------------------------------------------------- the reserve

namespace {
constexpr std::size_t kReserveBytes = std::size_t{4} << 20;
void* reserve = nullptr;

// operator new's handler: the C++ library's own allocations (strings,
// vectors, sets) live on the reserve too, once, before std::bad_alloc.
void on_new_failure() {
    if (!reserve) throw std::bad_alloc();
    std::free(reserve);
    reserve = nullptr;
    memory_error_pending = 1;
}
}  // namespace

bool heap_keep_reserve() {
    if (!reserve) reserve = std::malloc(kReserveBytes);
    std::set_new_handler(on_new_failure);
    return reserve != nullptr;
}

void heap_drop_reserve() {
    std::free(reserve);
    reserve = nullptr;
}

static void* raw_alloc_or_reserve(std::size_t bytes) {
    void* block = raw_alloc(bytes);
    if (block || !reserve || bytes > kReserveBytes / 2) return block;
    std::free(reserve);
    reserve = nullptr;
    memory_error_pending = 1;
    return raw_alloc(bytes);
}

void* heap_alloc_or_reserve(std::size_t bytes) {
    void* block = raw_alloc_or_reserve(bytes);
    heap_note_alloc(block, bytes);
    return block;
}

std::nullptr_t raise_memory_error() { return raise_object(exc::MemoryError); }

// ------------------------------------------------------------- allocation

// `object_size` is the object's own size, traced as CPython's allocator is
// asked for it (with the collector header, not rounded to the granule).
static Object* finish_alloc(Type* type, char* block, std::size_t bytes, std::size_t object_size) {
    std::memset(block, 0, bytes);
    if (__builtin_expect(heap_tracing, false))
        heap_trace_alloc(block, object_size + (type->has_flag(type_flags::kHasGC) ? sizeof(GCHead) : 0));
    if (type->has_flag(type_flags::kHasGC)) {
        gc_note_allocation();
        block += sizeof(GCHead);
    }
    return reinterpret_cast<Object*>(block);
}

Object* object_try_alloc_bytes(Type* type, std::size_t object_size) {
    if (object_size > (std::size_t{1} << 48)) return nullptr;
    const std::size_t bytes = block_bytes(type, object_size);
    char* block = static_cast<char*>(raw_alloc(bytes));
    return block ? finish_alloc(type, block, bytes, object_size) : nullptr;
}

Object* object_try_alloc(Type* type, std::size_t items) {
    if (type->item_size && items > (std::size_t{1} << 48) / type->item_size) return nullptr;
    return object_try_alloc_bytes(type, type->basic_size + type->item_size * items);
}

Object* object_alloc(Type* type, std::size_t items) {
    return object_alloc_bytes(type, type->basic_size + type->item_size * items);
}

Object* object_alloc_bytes(Type* type, std::size_t object_size) {
    const std::size_t bytes = block_bytes(type, object_size);
    char* block = static_cast<char*>(raw_alloc_or_reserve(bytes));
    // Too big for the reserve: as the C++ library's own allocations fail,
    // so that a builtin making it ends in MemoryError (call_native).
    if (!block) throw std::bad_alloc();
    return finish_alloc(type, block, bytes, object_size);
}

void object_free(Object* o) {
    const std::size_t bytes = object_allocated_size(o);
    char* block = reinterpret_cast<char*>(o);
    if (o->type->has_flag(type_flags::kHasGC)) {
        gc_note_free();
        block -= sizeof(GCHead);
    }
    // The freed mark (heap.hpp). A pool keeps its free-list link in the
    // block's first word, which is the refcount of an object without a
    // GCHead: the type word is the one that survives.
    o->refcount = 0;
    o->type = freed_type_poison();
    heap_free(block, bytes);
}

// ------------------------------------------------------------ destruction
//
// object_destroy runs when a count reaches zero, in CPython's order
// (subtype_dealloc): the finalizer (__del__) first, which may resurrect the
// object; then weak references are cleared and their callbacks called; then
// the type's destroy slot releases the fields and frees the memory.
//
// Destroying a long chain (a linked list of a million nodes) would recurse a
// million C++ frames deep. Past kMaxDestroyDepth nested destructions, objects
// are queued and destroyed by the outermost call instead ("trashcan").
// A queued object leaves the collector's lists until its turn, as in
// CPython's trashcan: with a count of 0 it would look unreachable to a
// collection started meanwhile (by a __del__ that runs while the outer
// destructions unwind), which would finalize and destroy it a second time.

namespace {

constexpr int kMaxDestroyDepth = 200;
int destroy_depth = 0;

struct DeferredDestroy {
    Object* object;
    bool was_tracked;  // untracked while queued; tracked again for its __del__
};
std::vector<DeferredDestroy> deferred_destroys;

// Runs __del__ once (PEP 442). Returns true when the finalizer resurrected
// the object, which must then not be destroyed.
bool run_finalizer(Object* o) {
    if (!o->type->finalize) return false;
    if (object_has_gc(o)) {
        if (gc_has_flag(o, gc_flags::kFinalized)) return false;
        gc_set_flag(o, gc_flags::kFinalized);
    }
    o->refcount = 1;  // temporarily alive while __del__ runs
    o->type->finalize(o);
    if (--o->refcount == 0) return false;
    return true;  // something kept a reference: the object lives on
}

void destroy_now(Object* o) {
    if (run_finalizer(o)) return;
    if (object_has_gc(o)) gc_untrack_if_tracked(o);
    if (has_weakrefs(o)) {
        o->refcount = 1;  // callbacks may look at the weakref, never at `o`
        weakrefs_clear_and_notify(o);
        o->refcount = 0;
    }
    o->type->destroy(o);
}

}  // namespace

void object_destroy(Object* o) {
    // Objects outside the collector's view hold no references that could
    // recurse and have no finalizer nor weak references: destroy them
    // straight away.
    const Type* type = o->type;
    if (!type->has_flag(type_flags::kHasGC) && !type->finalize && !type_supports_weakrefs(type)) {
        type->destroy(o);
        return;
    }
    if (destroy_depth >= kMaxDestroyDepth) {
        bool tracked = object_has_gc(o) && gc_is_tracked(o);
        if (tracked) gc_untrack(o);
        deferred_destroys.push_back({o, tracked});
        return;
    }
    ++destroy_depth;
    destroy_now(o);
    --destroy_depth;
    if (destroy_depth == 0) {
        while (!deferred_destroys.empty()) {
            DeferredDestroy next = deferred_destroys.back();
            deferred_destroys.pop_back();
            // A __del__ that resurrects the object leaves it tracked, as it was.
            if (next.was_tracked) gc_track(next.object);
            ++destroy_depth;
            destroy_now(next.object);
            --destroy_depth;
        }
    }
}

}  // namespace minipy
