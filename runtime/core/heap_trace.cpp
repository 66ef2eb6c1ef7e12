// The allocation tracer behind tracemalloc (CPython's Modules/_tracemalloc.c):
// the traces table, interned tracebacks and the memory counters.
#include "runtime/core/heap_trace.hpp"

#include <algorithm>
#include <functional>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace minipy {

bool heap_tracing = false;
TraceFramesFn heap_trace_frames = nullptr;

namespace {

struct TracebackHash {
    std::size_t operator()(const TraceTraceback& tb) const noexcept {
        std::size_t h = std::hash<int>()(tb.total_nframe);
        for (const TraceFrame& f : tb.frames) {
            h = h * 1000003 ^ std::hash<const void*>()(f.filename);
            h = h * 1000003 ^ std::hash<int>()(f.lineno);
        }
        return h;
    }
};

struct TracebackEqual {
    bool operator()(const TraceTraceback& a, const TraceTraceback& b) const noexcept {
        if (a.total_nframe != b.total_nframe || a.frames.size() != b.frames.size()) return false;
        for (std::size_t i = 0; i < a.frames.size(); ++i)
            if (a.frames[i].filename != b.frames[i].filename || a.frames[i].lineno != b.frames[i].lineno) return false;
        return true;
    }
};

struct Trace {
    std::size_t size;
    const TraceTraceback* traceback;
};

int traceback_limit = 1;
std::size_t traced_memory = 0;
std::size_t peak_memory = 0;

struct Tables {
    std::unordered_map<const void*, Trace> traces;
    // Node-based, so a pointer to an interned traceback outlives rehashing.
    std::unordered_set<TraceTraceback, TracebackHash, TracebackEqual> tracebacks;
    // The file names the tracebacks name, each holding one reference.
    std::unordered_set<Object*> filenames;
    // Scratch space for the traceback being recorded, reused by every trace.
    TraceTraceback scratch;
};

// Made on first use and never destroyed: objects freed by other static
// destructors at exit, while tracing is still on, look their traces up.
Tables& tables() {
    static Tables* t = new Tables;
    return *t;
}

const TraceTraceback* current_traceback() {
    auto& [traces, tracebacks, filenames, scratch] = tables();
    scratch.frames.resize(static_cast<std::size_t>(traceback_limit));
    int total = heap_trace_frames ? heap_trace_frames(scratch.frames.data(), traceback_limit) : 0;
    if (total <= 0) {
        // No Python frame is running: CPython's "<unknown>" frame, line 0
        // (a null file name here, named at export).
        scratch.frames.resize(1);
        scratch.frames[0] = {nullptr, 0};
        scratch.total_nframe = 1;
    } else {
        scratch.frames.resize(static_cast<std::size_t>(std::min(total, traceback_limit)));
        scratch.total_nframe = std::min(total, kMaxTraceFrames);
    }
    auto [it, inserted] = tracebacks.insert(scratch);
    if (inserted) {
        for (const TraceFrame& f : it->frames)
            if (f.filename && filenames.insert(f.filename).second) incref(f.filename);
    }
    return &*it;
}

}  // namespace

namespace {
bool allocations_paused = false;  // HeapTracePause
}  // namespace

HeapTracePause::HeapTracePause() : was_paused_(allocations_paused) { allocations_paused = true; }
HeapTracePause::~HeapTracePause() { allocations_paused = was_paused_; }

void heap_trace_alloc(const void* block, std::size_t bytes) {
    if (!block || allocations_paused) return;
    auto& traces = tables().traces;
    const TraceTraceback* tb = current_traceback();
    auto [it, inserted] = traces.try_emplace(block, Trace{bytes, tb});
    if (!inserted) {
        // Traced again without a free in between: a type that tells the
        // size CPython's allocator would have been asked for (int's padded
        // one-digit objects) after the heap traced the block.
        traced_memory -= it->second.size;
        it->second = Trace{bytes, tb};
    }
    traced_memory += bytes;
    peak_memory = std::max(peak_memory, traced_memory);
}

void heap_trace_free(std::uintptr_t address) {
    auto& traces = tables().traces;
    auto it = traces.find(reinterpret_cast<const void*>(address));
    if (it == traces.end()) return;
    traced_memory -= it->second.size;
    traces.erase(it);
}

void heap_trace_start(int nframe) {
    if (heap_tracing) return;
    traceback_limit = std::clamp(nframe, 1, kMaxTraceFrames);
    heap_tracing = true;
}

void heap_trace_clear() {
    // Tracing is off while the tables are emptied: releasing a file name may
    // free it, and the free must not look into a table half cleared.
    const bool was_tracing = heap_tracing;
    heap_tracing = false;
    auto& [traces, tracebacks, filenames, scratch] = tables();
    traces.clear();
    tracebacks.clear();
    std::vector<Object*> names(filenames.begin(), filenames.end());
    filenames.clear();
    traced_memory = 0;
    peak_memory = 0;
    for (Object* name : names) decref(name);
    heap_tracing = was_tracing;
}

void heap_trace_stop() {
    if (!heap_tracing) return;
    heap_trace_clear();
    heap_tracing = false;
}

int heap_trace_limit() { return traceback_limit; }
std::size_t heap_trace_current() { return traced_memory; }
std::size_t heap_trace_peak() { return peak_memory; }
void heap_trace_reset_peak() { peak_memory = traced_memory; }

std::size_t heap_trace_own_memory() {
    // A node and a bucket per entry of each table, plus each traceback's
    // frames: the tables as the C library sees them, roughly.
    constexpr std::size_t kNode = 2 * sizeof(void*);
    const auto& [traces, tracebacks, filenames, scratch] = tables();
    std::size_t bytes = sizeof(scratch) + scratch.frames.capacity() * sizeof(TraceFrame);
    bytes += traces.bucket_count() * sizeof(void*) + traces.size() * (kNode + sizeof(void*) + sizeof(Trace));
    bytes += tracebacks.bucket_count() * sizeof(void*);
    for (const TraceTraceback& tb : tracebacks)
        bytes += kNode + sizeof(TraceTraceback) + tb.frames.capacity() * sizeof(TraceFrame);
    bytes += filenames.bucket_count() * sizeof(void*) + filenames.size() * (kNode + sizeof(void*));
    return bytes;
}

std::vector<TraceRecord> heap_trace_records() {
    const auto& traces = tables().traces;
    std::vector<TraceRecord> out;
    out.reserve(traces.size());
    for (const auto& [block, trace] : traces) out.push_back({trace.size, trace.traceback});
    return out;
}

const TraceTraceback* heap_trace_find(const void* block) {
    const auto& traces = tables().traces;
    auto it = traces.find(block);
    return it == traces.end() ? nullptr : it->second.traceback;
}

}  // namespace minipy
