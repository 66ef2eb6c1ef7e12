// The heap's allocation tracer behind the tracemalloc module (CPython's
// Modules/_tracemalloc.c): while tracing, every block the heap hands out is
// recorded with its size and where the program was when it asked for it.
//
// What is traced, and at what size, is what CPython's tracemalloc sees on
// its allocators:
//  * every raw block from heap_alloc / heap_realloc (a list's item array, a
//    dict's table, a deque's blocks, a str's UTF-8 cache): the bytes asked
//    for;
//  * every object from object_alloc*: its size as object.__sizeof__ gives
//    it, before the heap rounds it to its 8-byte granule, plus the 16-byte
//    collector header for GC types: sys.getsizeof for objects without a
//    separate buffer, as CPython's allocator is asked for exactly that;
//  * the heap's inline fast paths (heap_pool_take, object_free_pooled)
//    step aside while tracing, so every int is a block of its own, traced;
//    a float on float's free list stays traced, as CPython's float free
//    list keeps the block.
// A block is known by the address the heap handed out: for a GC object the
// address of its collector header, as CPython's traces are keyed.
//
// Invariants, while tracing:
//  1. A traced block's trace is dropped when the block goes back to the
//     heap; so traced_memory is the sum of the live traces' sizes and
//     peak_memory the largest that sum has been since start, clear_traces
//     or reset_peak.
//  2. Recording never allocates from the heap (the tracer's tables are C++
//     containers on the C library's allocator) and never runs Python code,
//     so a trace is never taken while another is half made.
//  3. A traceback is interned: traces share one copy per distinct list of
//     frames, as CPython's traceback table does. Each frame's file name is
//     a str the tracer holds a reference to until the traces are cleared.
//
// When not tracing, an allocation pays one test of `heap_tracing`.
#pragma once

#include "runtime/core/object.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace minipy {

// Set while tracemalloc traces; read on every allocation and free.
extern bool heap_tracing;

// One frame of a traceback: the code's file name (a str) and the line.
struct TraceFrame {
    Object* filename;
    int lineno;
};

// A traceback as recorded: up to the traceback limit, most recent frame
// first (CPython's order), and how many frames there were in all.
struct TraceTraceback {
    std::vector<TraceFrame> frames;
    int total_nframe = 0;
};

// The interpreter's view of its frames: stores up to `limit` frames, most
// recent first, in `out` and returns how many frames are running in all.
// The runtime cannot see frames; the interpreter installs this at start-up
// (as it does heap_check_frame_roots). Must not allocate from the heap.
using TraceFramesFn = int (*)(TraceFrame* out, int limit);
extern TraceFramesFn heap_trace_frames;

// The slow paths, called only while heap_tracing.
void heap_trace_alloc(const void* block, std::size_t bytes);
// By address, a number: heap_realloc reports the old block after realloc
// freed it, when its pointer may no longer be used.
void heap_trace_free(std::uintptr_t address);

inline void heap_note_alloc(const void* block, std::size_t bytes) {
    if (__builtin_expect(heap_tracing, false)) heap_trace_alloc(block, bytes);
}
inline void heap_note_free(std::uintptr_t address) {
    if (__builtin_expect(heap_tracing, false)) heap_trace_free(address);
}
inline void heap_note_free(const void* block) { heap_note_free(reinterpret_cast<std::uintptr_t>(block)); }

// The largest traceback limit tracemalloc.start accepts.
inline constexpr int kMaxTraceFrames = 65535;

// Starts tracing with tracebacks of up to `nframe` frames (1..65535). When
// tracing already, nothing changes, limit included, as in CPython.
void heap_trace_start(int nframe);
// Stops tracing and drops every trace.
void heap_trace_stop();
// Drops every trace; traced and peak memory go back to 0.
void heap_trace_clear();
int heap_trace_limit();
std::size_t heap_trace_current();
std::size_t heap_trace_peak();
void heap_trace_reset_peak();
// Bytes the tracer's own tables take (an estimate from their sizes).
std::size_t heap_trace_own_memory();

// A copy of one trace, for snapshots. `traceback` stays valid until the
// traces are cleared or tracing stops.
struct TraceRecord {
    std::size_t size;
    const TraceTraceback* traceback;
};
// Every trace, in no particular order.
std::vector<TraceRecord> heap_trace_records();

// While one lives, new blocks are not traced (freed ones still leave the
// tables): what tracemalloc builds from its traces is not among them, as
// CPython's _get_traces runs "reentrant".
class HeapTracePause {
public:
    HeapTracePause();
    ~HeapTracePause();
    HeapTracePause(const HeapTracePause&) = delete;
    HeapTracePause& operator=(const HeapTracePause&) = delete;

private:
    bool was_paused_;
};
// The traceback of the block at `block`, or null when it is not traced.
const TraceTraceback* heap_trace_find(const void* block);

}  // namespace minipy
