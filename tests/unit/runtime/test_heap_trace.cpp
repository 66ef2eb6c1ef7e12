// The heap's allocation tracer (runtime/core/heap_trace.hpp): what is traced
// at what size, the counters, the interned tracebacks and the frame hook.
#include "modules_test_util.hpp"

#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/heap_trace.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/text/str.hpp"

using namespace minipy;
using namespace minipy::test;

namespace {

// Traces as tracemalloc.start does, and stops and takes the frame hook
// away whatever a test did.
struct TracingScope {
    explicit TracingScope(int nframe = 1) { heap_trace_start(nframe); }
    ~TracingScope() {
        heap_trace_stop();
        heap_trace_frames = nullptr;
    }
};

// The frames the fake hook reports: "outer.py":10 calling "inner.py":line.
Object* fake_outer = nullptr;
Object* fake_inner = nullptr;
int fake_line = 1;

int fake_frames(TraceFrame* out, int limit) {
    TraceFrame frames[2] = {{fake_inner, fake_line}, {fake_outer, 10}};
    for (int i = 0; i < limit && i < 2; ++i) out[i] = frames[i];
    return 2;
}

const void* block_of(Object* o) {
    return object_has_gc(o) ? static_cast<const void*>(reinterpret_cast<char*>(o) - sizeof(GCHead)) : o;
}

}  // namespace

TEST_CASE("heap trace: nothing is traced until start", "[heap_trace]") {
    runtime_init();
    REQUIRE_FALSE(heap_tracing);
    void* block = heap_alloc(100);
    CHECK(heap_trace_find(block) == nullptr);
    {
        TracingScope tracing;
        CHECK(heap_trace_current() == 0);
        heap_free(block, 100);  // freeing an untraced block is no error
        CHECK(heap_trace_current() == 0);
    }
}

TEST_CASE("heap trace: raw blocks at their size, peak and reset", "[heap_trace]") {
    runtime_init();
    TracingScope tracing;
    void* a = heap_alloc(100);
    void* b = heap_alloc(5000);
    CHECK(heap_trace_current() == 5100);
    const TraceTraceback* tb = heap_trace_find(a);
    REQUIRE(tb != nullptr);
    // No interpreter: CPython's "<unknown>" frame, here a null file name.
    REQUIRE(tb->frames.size() == 1);
    CHECK(tb->frames[0].filename == nullptr);
    CHECK(tb->frames[0].lineno == 0);
    CHECK(heap_trace_find(b) == tb);  // interned
    heap_free(b, 5000);
    CHECK(heap_trace_current() == 100);
    CHECK(heap_trace_peak() == 5100);
    heap_trace_reset_peak();
    CHECK(heap_trace_peak() == 100);
    // A resized block is traced anew at its new size.
    void* c = heap_realloc(a, 100, 200);
    CHECK(heap_trace_current() == 200);
    CHECK(heap_trace_find(c) != nullptr);
    if (c != a) CHECK(heap_trace_find(a) == nullptr);
    heap_trace_clear();
    CHECK(heap_trace_current() == 0);
    CHECK(heap_trace_peak() == 0);
    CHECK(heap_trace_find(c) == nullptr);
    heap_free(c, 200);
    CHECK(heap_trace_current() == 0);
}

TEST_CASE("heap trace: objects at sys.getsizeof's size, buffers on their own", "[heap_trace]") {
    runtime_init();
    TracingScope tracing;
    std::size_t before = heap_trace_current();
    {
        Ref<Str> s = str_from("hello");  // 49 + 5 bytes, not rounded
        CHECK(heap_trace_current() - before == 54);
        CHECK(heap_trace_find(s.get()) != nullptr);
    }
    CHECK(heap_trace_current() == before);
    {
        Ref<List> l = list_new();  // 40 bytes and the collector's 16
        CHECK(heap_trace_current() - before == 56);
        CHECK(heap_trace_find(block_of(l.get())) != nullptr);
        REQUIRE(list_append(l.get(), None));  // an item array of 4 pointers
        CHECK(heap_trace_current() - before == 56 + 32);
    }
    CHECK(heap_trace_current() == before);
    {
        // One digit from a machine word: CPython's padded sizeof(PyLongObject).
        Ref<Int> small = int_from(1000);
        CHECK(heap_trace_current() - before == 32);
        Ref<Int> two = int_from(std::int64_t{1} << 40);  // two digits: 24 + 8
        CHECK(heap_trace_current() - before == 64);
    }
    // int's free list is off while tracing (CPython has none): a freed int
    // went back to the heap, and a new one is a new block.
    CHECK(heap_trace_current() == before);
    Ref<Int> again = int_from(5000);
    CHECK(heap_trace_current() - before == 32);
    again.reset();
    CHECK(heap_trace_current() == before);
}

TEST_CASE("heap trace: a float kept on its free list stays traced, as in CPython", "[heap_trace]") {
    runtime_init();
    TracingScope tracing;
    std::size_t before = heap_trace_current();
    Ref<> f = float_from(2.5);
    std::size_t with_float = heap_trace_current();
    const void* address = f.get();
    f.reset();
    // Given to the free list (not full) or back to the heap.
    if (heap_trace_current() != before) CHECK(heap_trace_find(address) != nullptr);
    CHECK(with_float - before <= 24);
}

TEST_CASE("heap trace: tracebacks from the frame hook, up to the limit", "[heap_trace]") {
    runtime_init();
    Ref<Str> outer = str_from("outer.py");
    Ref<Str> inner = str_from("inner.py");
    fake_outer = outer.get();
    fake_inner = inner.get();
    const std::intptr_t inner_refs = inner->refcount;
    {
        TracingScope tracing(5);
        heap_trace_frames = fake_frames;
        fake_line = 3;
        void* a = heap_alloc(10);
        void* b = heap_alloc(20);
        fake_line = 4;
        void* c = heap_alloc(30);
        const TraceTraceback* ta = heap_trace_find(a);
        REQUIRE(ta != nullptr);
        CHECK(ta == heap_trace_find(b));
        CHECK(ta != heap_trace_find(c));
        REQUIRE(ta->frames.size() == 2);
        CHECK(ta->total_nframe == 2);
        CHECK(ta->frames[0].filename == inner.get());  // most recent first
        CHECK(ta->frames[0].lineno == 3);
        CHECK(ta->frames[1].lineno == 10);
        // The tracer holds each file name while traces name it.
        CHECK(inner->refcount == inner_refs + 1);
        heap_trace_clear();
        CHECK(inner->refcount == inner_refs);
        for (auto [p, n] : {std::pair{a, 10}, {b, 20}, {c, 30}}) heap_free(p, n);
    }
    {
        TracingScope tracing(1);
        heap_trace_frames = fake_frames;
        void* a = heap_alloc(10);
        const TraceTraceback* ta = heap_trace_find(a);
        REQUIRE(ta != nullptr);
        CHECK(ta->frames.size() == 1);
        CHECK(ta->total_nframe == 2);
        CHECK(heap_trace_records().size() == 1);
        heap_free(a, 10);
        CHECK(heap_trace_records().empty());
    }
    CHECK(inner->refcount == inner_refs);
    CHECK_FALSE(heap_tracing);
    // Starting while tracing keeps the limit.
    heap_trace_start(3);
    heap_trace_start(9);
    CHECK(heap_trace_limit() == 3);
    heap_trace_stop();
}
