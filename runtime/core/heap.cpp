// Allocation, destruction, and the size-class pools behind them.
#include "runtime/core/heap.hpp"

#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap_trace.hpp"
#include "runtime/core/interrupts.hpp"
#include "runtime/core/weakref.hpp"
#include "runtime/objects/exceptions.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <map>
#include <new>
#include <vector>

namespace minipy {

// ------------------------------------------------------------------ pools
//
// Blocks up to kMaxPooled bytes are carved from 64 KiB chunks, one free list
// per 8-byte size class. Freed blocks go to the front of their list, so the
// next allocation of that size reuses the most recently freed address, which
// is what CPython's pymalloc does too.

using heap_pool::class_index;
using heap_pool::kClassCount;
using heap_pool::kGranule;
using heap_pool::kMaxPooled;
using heap_pool::kUseSystemMalloc;
using heap_pool::size_classes;
using heap_pool::SizeClass;

constexpr std::size_t kChunkBytes = 64 * 1024;

SizeClass heap_pool::size_classes[kClassCount];

namespace {

// The pools' chunks and the large blocks handed out and not yet freed (heap_set_limit).
std::size_t bytes_in_use = 0;

// Where heap_span looks addresses up: every pool chunk (by start address),
// every live malloc'd block, and the registered static objects.
struct Region {
    std::size_t bytes;
    std::size_t stride;  // bytes per block; 0: one block
    std::size_t size_class = kClassCount;  // pool chunks: their class, whose bump ends what was handed out
};
std::map<std::uintptr_t, Region>& chunk_regions() {
    static std::map<std::uintptr_t, Region> regions;
    return regions;
}
std::map<std::uintptr_t, Region>& malloc_regions() {
    static std::map<std::uintptr_t, Region> regions;
    return regions;
}
std::map<std::uintptr_t, Region>& static_regions() {
    static std::map<std::uintptr_t, Region> regions;
    return regions;
}

// The size class's rounding of `bytes`.
std::size_t pool_block_bytes(std::size_t bytes) { return (class_index(bytes) + 1) * kGranule; }

void* pool_alloc(std::size_t bytes) {
    const std::size_t block_bytes = pool_block_bytes(bytes);
    if (void* block = heap_pool::take(block_bytes)) return block;
    // The class's free list and chunk are used up: a new chunk.
    const std::size_t index = class_index(block_bytes);
    SizeClass& sc = size_classes[index];
    sc.bump = static_cast<char*>(std::malloc(kChunkBytes));
    if (!sc.bump) return nullptr;
    bytes_in_use += kChunkBytes;
    sc.bump_end = sc.bump + kChunkBytes - kChunkBytes % block_bytes;
    chunk_regions()[reinterpret_cast<std::uintptr_t>(sc.bump)] =
        Region{static_cast<std::size_t>(sc.bump_end - sc.bump), block_bytes, index};
    return heap_pool::take(block_bytes);
}

void pool_free(void* p, std::size_t bytes) { heap_pool::give(p, pool_block_bytes(bytes)); }

void* system_alloc(std::size_t bytes) {
    void* block = std::malloc(bytes);
    if (!block) return nullptr;
    malloc_regions()[reinterpret_cast<std::uintptr_t>(block)] = Region{bytes, 0};
    bytes_in_use += bytes;
    return block;
}

void system_free(void* block, std::size_t bytes) {
    if (!block) return;
    malloc_regions().erase(reinterpret_cast<std::uintptr_t>(block));
    bytes_in_use -= bytes;
    std::free(block);
}

// The block of `regions` holding `address`, as a span; `end_of` gives how
// much of a region was handed out.
template <class EndOf>
HeapSpan find_span(const std::map<std::uintptr_t, Region>& regions, std::uintptr_t address, EndOf end_of) {
    auto it = regions.upper_bound(address);
    if (it == regions.begin()) return {};
    --it;
    const std::uintptr_t start = it->first;
    const std::uintptr_t end = start + end_of(it->first, it->second);
    if (address >= end) return {};
    const std::size_t stride = it->second.stride ? it->second.stride : it->second.bytes;
    const std::uintptr_t block = start + (address - start) / stride * stride;
    const std::uintptr_t block_end = std::min<std::uintptr_t>(block + stride, end);
    const bool object_start = address == block || address == block + sizeof(GCHead) ||
                              address == block + sizeof(GCHead) + kManagedDictHeader;
    return HeapSpan{block_end - address, object_start};
}

// ------------------------------------------------------------------ limit

constexpr std::int64_t kProbedBlock = std::int64_t{64} << 20;  // heap_may_allocate asks malloc from here on

std::size_t bytes_limit = 0;   // 0: none

// True when a block of `bytes` may be had: small blocks always.
bool within_limit(std::size_t bytes) {
    return bytes_limit == 0 || bytes <= kHeapSmallBlock || bytes <= bytes_limit - std::min(bytes_limit, bytes_in_use);
}

void* allocate(std::size_t bytes) {
    return !kUseSystemMalloc && bytes <= kMaxPooled ? pool_alloc(bytes) : system_alloc(bytes);
}

}  // namespace

void heap_set_limit(std::size_t bytes) { bytes_limit = bytes; }
std::size_t heap_limit() { return bytes_limit; }

bool heap_may_allocate(std::int64_t bytes) {
    if (bytes <= 0) return true;
    if (bytes <= kHeapMaxBlock && within_limit(static_cast<std::size_t>(bytes))) {
        // A large block is also asked of the allocator, which refuses one
        // past the machine's memory at once: the caller's std::string would
        // throw where no builtin's call turns it into MemoryError.
        if (bytes < kProbedBlock) return true;
        if (void* probe = std::malloc(static_cast<std::size_t>(bytes))) {
            std::free(probe);
            return true;
        }
    }
    raise_memory_error();
    return false;
}
std::size_t heap_bytes_in_use() { return bytes_in_use; }

// The untraced allocator under the public entry points, which trace
// (heap_trace.hpp): objects are traced at their own size, not the block's.
static void* raw_alloc(std::size_t bytes) { return within_limit(bytes) ? allocate(bytes) : nullptr; }

static void raw_free(void* block, std::size_t bytes) {
    if (!kUseSystemMalloc && bytes <= kMaxPooled) return pool_free(block, bytes);
    system_free(block, bytes);
}

static void* raw_realloc(void* block, std::size_t old_bytes, std::size_t new_bytes) {
    if (!block) return raw_alloc(new_bytes);
    if (new_bytes > old_bytes && !within_limit(new_bytes - old_bytes)) return nullptr;
    const bool old_pooled = !kUseSystemMalloc && old_bytes <= kMaxPooled;
    const bool new_pooled = !kUseSystemMalloc && new_bytes <= kMaxPooled;
    if (!old_pooled && !new_pooled) {
        const auto old_key = reinterpret_cast<std::uintptr_t>(block);
        void* moved = std::realloc(block, new_bytes);
        if (!moved) return nullptr;
        malloc_regions().erase(old_key);
        malloc_regions()[reinterpret_cast<std::uintptr_t>(moved)] = Region{new_bytes, 0};
        bytes_in_use = bytes_in_use - old_bytes + new_bytes;
        return moved;
    }
    if (old_pooled && new_pooled && class_index(old_bytes) == class_index(new_bytes)) return block;
    void* moved = allocate(new_bytes);
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
    // The old block's address, as a number: once realloc has freed the
    // block, its pointer may not be used, even as a key.
    const auto old_address = reinterpret_cast<std::uintptr_t>(block);
    void* moved = raw_realloc(block, old_bytes, new_bytes);
    // As CPython's tracer: the resized block is traced anew, at the current
    // traceback; a failed resize leaves the old trace.
    if (moved && old_address) heap_note_free(old_address);
    heap_note_alloc(moved, new_bytes);
    return moved;
}

HeapSpan heap_span(std::uintptr_t address) {
    HeapSpan span = find_span(chunk_regions(), address, [](std::uintptr_t start, const Region& r) {
        const char* bump = size_classes[r.size_class].bump;
        const auto at = reinterpret_cast<std::uintptr_t>(bump);
        // The class's current chunk has handed out its blocks up to bump.
        return at >= start && at <= start + r.bytes ? at - start : r.bytes;
    });
    if (span.readable) return span;
    const auto whole = [](std::uintptr_t, const Region& r) { return r.bytes; };
    span = find_span(malloc_regions(), address, whole);
    if (span.readable) return span;
    return find_span(static_regions(), address, whole);
}

void heap_register_static(const void* start, std::size_t bytes, std::size_t stride) {
    static_regions()[reinterpret_cast<std::uintptr_t>(start)] = Region{bytes, stride};
}

// ---------------------------------------------------------------- objects

std::size_t object_size(const Object* o) {
    const Type* type = o->type;
    if (type->allocated_size) return type->allocated_size(const_cast<Object*>(o));
    std::size_t items = type->item_size ? static_cast<std::size_t>(static_cast<const VarObject*>(o)->size) : 0;
    return type->basic_size + type->item_size * items;
}

std::size_t object_allocated_size(const Object* o) { return object_block_bytes(o->type, object_size(o)); }

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
    // Past the heap's ceiling the block is let through as the machine's
    // memory would be through the freed reserve, so both fail alike.
    return allocate(bytes);
}

void* heap_alloc_or_reserve(std::size_t bytes) {
    void* block = raw_alloc_or_reserve(bytes);
    heap_note_alloc(block, bytes);
    return block;
}

std::nullptr_t raise_memory_error() { return raise_object(exc::MemoryError); }

// ------------------------------------------------------------- allocation

// A block for an object: from the pool's inline fast path when it can
// serve it, else from the raw allocator (which may fall back on the reserve
// unless `may_fail`).
static char* take_object_block(std::size_t bytes, bool may_fail) {
    if (void* block = heap_pool_take(bytes)) return static_cast<char*>(block);
    return static_cast<char*>(may_fail ? raw_alloc(bytes) : raw_alloc_or_reserve(bytes));
}

// `object_size` is the object's own size, traced as CPython's allocator is
// asked for it (with the collector header, not rounded to the granule).
// Only the first `zeroed` bytes of the block are zero-filled.
static Object* finish_alloc(Type* type, char* block, std::size_t bytes, std::size_t object_size,
                            std::size_t zeroed = SIZE_MAX) {
    std::memset(block, 0, std::min(bytes, zeroed));
    if (__builtin_expect(heap_tracing, false)) heap_trace_alloc(block, object_size + object_pre_header_size(type));
    if (type->has_flag(type_flags::kHasGC)) gc_note_allocation();
    return reinterpret_cast<Object*>(block + object_pre_header_size(type));
}

Object* object_try_alloc_bytes(Type* type, std::size_t object_size) {
    if (object_size > (std::size_t{1} << 48)) return nullptr;
    const std::size_t bytes = object_block_bytes(type, object_size);
    char* block = take_object_block(bytes, true);
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
    const std::size_t bytes = object_block_bytes(type, object_size);
    char* block = take_object_block(bytes, false);
    // Too big for the reserve: as the C++ library's own allocations fail,
    // so that a builtin making it ends in MemoryError (call_native).
    if (!block) throw std::bad_alloc();
    return finish_alloc(type, block, bytes, object_size);
}

Object* object_alloc_head(Type* type, std::size_t object_size, std::size_t head_size, bool may_fail) {
    if (may_fail && object_size > (std::size_t{1} << 48)) return nullptr;
    const std::size_t bytes = object_block_bytes(type, object_size);
    char* block = take_object_block(bytes, may_fail);
    if (!block) {
        if (may_fail) return nullptr;
        throw std::bad_alloc();
    }
    return finish_alloc(type, block, bytes, object_size, object_pre_header_size(type) + head_size);
}

void heap_trace_recycled_slow(const Object* o) {
    const std::size_t header = object_pre_header_size(o->type);
    heap_trace_alloc(reinterpret_cast<const char*>(o) - header, object_size(o) + header);
}

void heap_trace_kept_slow(const Object* o) {
    heap_trace_free(reinterpret_cast<std::uintptr_t>(o) - object_pre_header_size(o->type));
}

ObjectFreeWatch object_free_watch = nullptr;

void object_free(Object* o) {
    object_note_freed(o);
    const std::size_t bytes = object_allocated_size(o);
    char* block = reinterpret_cast<char*>(o) - object_pre_header_size(o->type);
    if (o->type->has_flag(type_flags::kHasGC)) gc_note_free();
    // The freed mark (heap.hpp), and the refcount ctypes reads after the
    // object is gone; a pool links the block through another word.
    o->refcount = 0;
    o->type = freed_type_poison();
    heap_free(block, bytes);
}

void object_free_slow(Object* o, std::size_t bytes) {
    object_note_freed(o);
    o->refcount = 0;
    o->type = freed_type_poison();
    heap_free(o, bytes);
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

// Objects the collector tracks, or with a finalizer or weak references.
// Out of line, so that object_destroy's common path (an int, a float, a
// str) saves no registers.
[[gnu::noinline]] static void destroy_with_checks(Object* o) {
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

void object_destroy(Object* o) {
    // Objects outside the collector's view hold no references that could
    // recurse and have no finalizer nor weak references: destroy them
    // straight away.
    const Type* type = o->type;
    if (!type->has_flag(type_flags::kHasGC) && !type->finalize && !type_supports_weakrefs(type)) {
        type->destroy(o);
        return;
    }
    destroy_with_checks(o);
}

}  // namespace minipy
