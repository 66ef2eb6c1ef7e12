// The _tracemalloc module: the C++ half of lib/tracemalloc.py over the heap's
// allocation tracer (runtime/core/heap_trace.hpp), with the functions of
// CPython's Modules/_tracemalloc.c and their argument errors.
//
// Tracebacks leave here as CPython's do: a tuple of (filename, lineno)
// tuples, most recent frame first; lib/tracemalloc.py turns them around.
#include "runtime/modules/modules.hpp"

#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap_trace.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <climits>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace minipy {

namespace {

// Python objects for the tracer's tracebacks, made once per traceback and
// file name while one answer is built.
class TracebackTuples {
public:
    // A new reference, or null with an exception set.
    Ref<> get(const TraceTraceback* tb) {
        if (auto it = made_.find(tb); it != made_.end()) return share(it->second.get());
        Ref<Tuple> frames = tuple_alloc(static_cast<std::int64_t>(tb->frames.size()));
        for (std::size_t i = 0; i < tb->frames.size(); ++i) {
            const TraceFrame& f = tb->frames[i];
            Ref<> name = f.filename ? share(f.filename) : unknown();
            Ref<> line = int_from(f.lineno);
            if (!name || !line) return nullptr;
            frames->items()[i] = tuple_from({name.get(), line.get()}).release();
        }
        Ref<> result(std::move(frames));
        made_.emplace(tb, result);
        return result;
    }

private:
    Ref<> unknown() {
        if (!unknown_) unknown_ = str_from("<unknown>");
        return unknown_;
    }
    std::unordered_map<const TraceTraceback*, Ref<>> made_;
    Ref<> unknown_;
};

// start(nframe=1, /): nframe as a C int, then checked against the range.
Ref<> tm_start(Object*, const Args& args) {
    if (!check_no_keywords("_tracemalloc.start", args)) return nullptr;
    if (!check_arg_range("start", args, 0, 1)) return nullptr;
    std::int64_t nframe = 1;
    if (args.size() == 1) {
        if (!index_to_i64(args[0], nframe)) {
            if (!error_matches(exc::OverflowError)) return nullptr;
            clear_error();
            nframe = INT64_MAX;
        }
        if (nframe > INT_MAX || nframe < INT_MIN)
            return raise(exc::OverflowError, "Python int too large to convert to C int");
    }
    if (nframe < 1 || nframe > kMaxTraceFrames)
        return raisef(exc::ValueError, "the number of frames must be in range [1; {}]", kMaxTraceFrames);
    heap_trace_start(static_cast<int>(nframe));
    return none();
}

Ref<> tm_stop(Object*, const Args& args) {
    if (!check_no_args("_tracemalloc.stop", args)) return nullptr;
    heap_trace_stop();
    return none();
}

Ref<> tm_is_tracing(Object*, const Args& args) {
    if (!check_no_args("_tracemalloc.is_tracing", args)) return nullptr;
    return bool_from(heap_tracing);
}

Ref<> tm_clear_traces(Object*, const Args& args) {
    if (!check_no_args("_tracemalloc.clear_traces", args)) return nullptr;
    if (heap_tracing) heap_trace_clear();
    return none();
}

Ref<> tm_get_traceback_limit(Object*, const Args& args) {
    if (!check_no_args("_tracemalloc.get_traceback_limit", args)) return nullptr;
    return int_from(heap_trace_limit());
}

Ref<> tm_get_traced_memory(Object*, const Args& args) {
    if (!check_no_args("_tracemalloc.get_traced_memory", args)) return nullptr;
    std::size_t current = heap_tracing ? heap_trace_current() : 0;
    std::size_t peak = heap_tracing ? heap_trace_peak() : 0;
    Ref<> a = int_from(static_cast<std::int64_t>(current));
    Ref<> b = int_from(static_cast<std::int64_t>(peak));
    return tuple_from({a.get(), b.get()});
}

Ref<> tm_reset_peak(Object*, const Args& args) {
    if (!check_no_args("_tracemalloc.reset_peak", args)) return nullptr;
    if (heap_tracing) heap_trace_reset_peak();
    return none();
}

Ref<> tm_get_tracemalloc_memory(Object*, const Args& args) {
    if (!check_no_args("_tracemalloc.get_tracemalloc_memory", args)) return nullptr;
    return int_from(static_cast<std::int64_t>(heap_trace_own_memory()));
}

// [(domain, size, traceback, total_nframe), ...]: a copy of the traces,
// made with tracing paused, so that neither the list nor its tuples are
// traced (a later snapshot would find the earlier one's data among its
// top lines, which CPython's does not).
Ref<> tm_get_traces(Object*, const Args& args) {
    if (!check_no_args("_tracemalloc._get_traces", args)) return nullptr;
    HeapTracePause pause;
    Ref<List> out = list_new();
    if (!heap_tracing) return out;
    std::vector<TraceRecord> records = heap_trace_records();
    TracebackTuples tuples;
    Ref<> domain = int_from(0);
    for (const TraceRecord& r : records) {
        Ref<> tb = tuples.get(r.traceback);
        Ref<> size = int_from(static_cast<std::int64_t>(r.size));
        Ref<> total = int_from(r.traceback->total_nframe);
        if (!tb || !size || !total) return nullptr;
        Ref<> trace = tuple_from({domain.get(), size.get(), tb.get(), total.get()});
        if (!list_append(out.get(), trace.get())) return nullptr;
    }
    return out;
}

// The traceback of the block holding `obj`: its collector header's address
// for GC objects, where the heap's block starts.
Ref<> tm_get_object_traceback(Object*, const Args& args) {
    if (!check_one_arg("_tracemalloc._get_object_traceback", args)) return nullptr;
    if (!heap_tracing) return none();
    Object* obj = args[0];
    const void* block = object_has_gc(obj) ? static_cast<const void*>(reinterpret_cast<const char*>(obj) - sizeof(GCHead))
                                           : static_cast<const void*>(obj);
    const TraceTraceback* tb = heap_trace_find(block);
    if (!tb) return none();
    TracebackTuples tuples;
    return tuples.get(tb);
}

}  // namespace

Ref<Module> make_tracemalloc_module() {
    Ref<Module> m = module_new("_tracemalloc", ModuleOrigin::BuiltIn);
    add_module_functions(m.get(), {
                                      {"start", tm_start},
                                      {"stop", tm_stop},
                                      {"is_tracing", tm_is_tracing},
                                      {"clear_traces", tm_clear_traces},
                                      {"get_traceback_limit", tm_get_traceback_limit},
                                      {"get_traced_memory", tm_get_traced_memory},
                                      {"reset_peak", tm_reset_peak},
                                      {"get_tracemalloc_memory", tm_get_tracemalloc_memory},
                                      {"_get_traces", tm_get_traces},
                                      {"_get_object_traceback", tm_get_object_traceback},
                                  });
    return m;
}

}  // namespace minipy
