// The _heapq and _bisect modules. Each expected list or message is what
// CPython 3.11's heapq and bisect give for the Python expression in the
// comment (run with python3 on this machine).
#include "modules_test_util.hpp"

using namespace minipy;
using namespace minipy::test;

namespace {

Module* heapq_module() {
    static Module* m = [] {
        runtime_init();
        return make_heapq_module().release();
    }();
    return m;
}

Module* bisect_module() {
    static Module* m = [] {
        runtime_init();
        return make_bisect_module().release();
    }();
    return m;
}

Ref<> ints(std::initializer_list<std::int64_t> values) {
    Ref<> list = list_of({});
    for (std::int64_t v : values) REQUIRE(list_append(cast<List>(list.get()), I(v).get()));
    return list;
}

std::string H(const char* name, std::vector<Object*> positional) {
    return outcome(call_attr(heapq_module(), name, std::move(positional)));
}

std::string BI(const char* name, std::vector<Object*> positional, std::vector<Kw> keywords = {}) {
    return outcome(call_attr(bisect_module(), name, std::move(positional), std::move(keywords)));
}

}  // namespace

TEST_CASE("_heapq: the lists CPython's sifts leave", "[heapq]") {
    runtime_init();
    // h = []; for v in [5, 3, 8, 1, 9, 2, 7]: heappush(h, v)
    Ref<> h = ints({});
    for (std::int64_t v : {5, 3, 8, 1, 9, 2, 7}) CHECK(H("heappush", {h.get(), I(v).get()}) == "None");
    CHECK(repr_of(h) == "[1, 3, 2, 5, 9, 8, 7]");
    CHECK(H("heappop", {h.get()}) == "1");
    CHECK(repr_of(h) == "[2, 3, 7, 5, 9, 8]");
    CHECK(H("heapreplace", {h.get(), I(6).get()}) == "2");
    CHECK(repr_of(h) == "[3, 5, 7, 6, 9, 8]");
    CHECK(H("heappushpop", {h.get(), I(1).get()}) == "1");  // smaller than the top: comes straight back
    CHECK(H("heappushpop", {h.get(), I(4).get()}) == "3");
    CHECK(repr_of(h) == "[4, 5, 7, 6, 9, 8]");

    // x = [9, 5, 2, 8, 1, 7, 3, 6, 4, 0]; heapify(x)
    Ref<> x = ints({9, 5, 2, 8, 1, 7, 3, 6, 4, 0});
    CHECK(H("heapify", {x.get()}) == "None");
    CHECK(repr_of(x) == "[0, 1, 2, 4, 5, 7, 3, 6, 8, 9]");
    // _heapify_max(x)
    CHECK(H("_heapify_max", {x.get()}) == "None");
    CHECK(repr_of(x) == "[9, 8, 7, 6, 5, 2, 3, 0, 4, 1]");
    CHECK(H("_heappop_max", {x.get()}) == "9");
    CHECK(H("_heapreplace_max", {x.get(), I(0).get()}) == "8");
    CHECK(repr_of(x) == "[7, 6, 3, 4, 5, 2, 0, 0, 1]");
}

TEST_CASE("_heapq: argument errors", "[heapq]") {
    runtime_init();
    Ref<> empty = ints({});
    CHECK(H("heappush", {I(1).get(), I(2).get()}) == "!TypeError: heappush() argument 1 must be list, not int");
    CHECK(H("heappop", {None}) == "!TypeError: heappop() argument must be list, not None");
    CHECK(H("heappop", {empty.get()}) == "!IndexError: index out of range");
    CHECK(H("heapreplace", {empty.get(), I(1).get()}) == "!IndexError: index out of range");
    CHECK(H("heappushpop", {empty.get(), I(1).get()}) == "1");
    CHECK(H("heappush", {empty.get()}) == "!TypeError: heappush expected 2 arguments, got 1");
    CHECK(H("heapify", {}) == "!TypeError: _heapq.heapify() takes exactly one argument (0 given)");
}

TEST_CASE("_bisect: insertion points, bounds and insort", "[bisect]") {
    runtime_init();
    Ref<> a = ints({1, 2, 4, 4, 4, 8});
    CHECK(BI("bisect_left", {a.get(), I(4).get()}) == "2");
    CHECK(BI("bisect_right", {a.get(), I(4).get()}) == "5");
    CHECK(BI("bisect_right", {a.get(), I(4).get(), I(0).get(), I(3).get()}) == "3");
    CHECK(BI("bisect_left", {a.get(), I(4).get()}, {{"lo", I(3).get()}}) == "3");
    CHECK(BI("bisect_left", {a.get(), I(4).get(), I(0).get(), I(-1).get()}) == "2");  // hi=-1 is len(a)
    CHECK(BI("bisect_left", {a.get(), I(1).get(), I(-1).get()}) == "!ValueError: lo must be non-negative");
    CHECK(BI("bisect_left", {a.get(), I(1).get(), S("x").get()}) ==
          "!TypeError: 'str' object cannot be interpreted as an integer");
    CHECK(BI("bisect_left", {a.get(), I(1).get(), I(0).get(), S("x").get()}) ==
          "!TypeError: argument should be integer or None, not 'str'");
    CHECK(BI("bisect_right", {a.get()}) == "!TypeError: bisect_right() missing required argument 'x' (pos 2)");
    CHECK(BI("insort_right", {a.get(), I(5).get()}) == "None");
    CHECK(BI("insort_left", {a.get(), I(4).get()}) == "None");
    CHECK(repr_of(a) == "[1, 2, 4, 4, 4, 4, 5, 8]");
}
