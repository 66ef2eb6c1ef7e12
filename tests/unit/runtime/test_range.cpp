// range and slice: construction, length, indexing, slicing to ranges,
// membership, equality and hashing, iteration over machine and big ints,
// slice.indices(). Expected values come from CPython 3.11.7.
#include "container_test_util.hpp"

#include "runtime/objects/float.hpp"
#include "runtime/objects/iterators.hpp"
#include "runtime/objects/range.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/slice.hpp"

#include <limits>

using namespace minipy;
using namespace minipy::test;

namespace {

Ref<> R(std::int64_t start, std::int64_t stop, std::int64_t step = 1) { return range_new(start, stop, step); }

// range(*args) through the type, as `range(...)` in Python.
Ref<> range_call(std::vector<Object*> args) { return call_kw(&RangeType, std::move(args)); }

Ref<> sl(Object* start, Object* stop, Object* step = nullptr) { return slice_new(start, stop, step); }

std::string list_text(Object* iterable) { return outcome(Ref<>(list_from_iterable(iterable))); }

}  // namespace

TEST_CASE("range construction and repr", "[range]") {
    runtime_init();
    CHECK(repr_of(range_call({I(5).get()})) == "range(0, 5)");
    CHECK(repr_of(range_call({I(-5).get(), I(5).get()})) == "range(-5, 5)");
    CHECK(repr_of(range_call({I(0).get(), I(10).get(), I(2).get()})) == "range(0, 10, 2)");
    CHECK(repr_of(range_call({I(1).get(), I(2).get(), I(-1).get()})) == "range(1, 2, -1)");
    CHECK(repr_of(range_call({big("100000000000000000000").get()})) == "range(0, 100000000000000000000)");
    CHECK(repr_of(range_call({True})) == "range(0, 1)");

    CHECK(outcome(range_call({})) == "!TypeError: range expected at least 1 argument, got 0");
    CHECK(outcome(range_call({I(1).get(), I(2).get(), I(3).get(), I(4).get()})) ==
          "!TypeError: range expected at most 3 arguments, got 4");
    CHECK(outcome(range_call({I(1).get(), I(2).get(), I(0).get()})) == "!ValueError: range() arg 3 must not be zero");
    CHECK(outcome(range_call({float_from(1.0).get()})) ==
          "!TypeError: 'float' object cannot be interpreted as an integer");
    CHECK(outcome(range_call({I(1).get(), float_from(2.5).get()})) ==
          "!TypeError: 'float' object cannot be interpreted as an integer");
    CHECK(outcome(call_kw(&RangeType, {}, {{"x", I(1).get()}})) == "!TypeError: range() takes no keyword arguments");

    Ref<> r = R(0, 10, 2);
    CHECK(repr_of(getattr(r.get(), "start")) == "0");
    CHECK(repr_of(getattr(r.get(), "stop")) == "10");
    CHECK(repr_of(getattr(r.get(), "step")) == "2");
}

TEST_CASE("range length, truth and indexing", "[range]") {
    runtime_init();
    CHECK(length(R(5, -5, -3).get()) == 4);
    CHECK(length(R(0, 0).get()) == 0);
    Ref<> huge = range_call({big("18446744073709551616").get()});
    CHECK(length(huge.get()) == -1);
    CHECK(error_text() == "OverflowError: Python int too large to convert to C ssize_t");
    CHECK(is_true(huge.get()) == 1);
    CHECK(is_true(R(0, 0).get()) == 0);

    CHECK(outcome(getitem(R(0, 10).get(), I(-1).get())) == "9");
    CHECK(outcome(getitem(R(0, 10, 3).get(), I(-2).get())) == "6");
    CHECK(outcome(getitem(R(0, 10).get(), I(20).get())) == "!IndexError: range object index out of range");
    CHECK(outcome(getitem(R(0, 10).get(), S("a").get())) ==
          "!TypeError: range indices must be integers or slices, not str");
    Ref<> r70 = range_call({big("1180591620717411303424").get()});
    CHECK(outcome(getitem(r70.get(), big("590295810358705651712").get())) == "590295810358705651712");
    Ref<> r20 = range_call({big("100000000000000000000").get(), big("100000000000000000005").get()});
    CHECK(outcome(getitem(r20.get(), I(-1).get())) == "100000000000000000004");
}

TEST_CASE("range slicing gives ranges", "[range]") {
    runtime_init();
    CHECK(outcome(getitem(R(0, 10).get(), sl(None, None, I(-2).get()).get())) == "range(9, -1, -2)");
    CHECK(outcome(getitem(R(0, 10).get(), sl(I(2).get(), I(100).get(), I(3).get()).get())) == "range(2, 10, 3)");
    CHECK(outcome(getitem(R(5, -5, -3).get(), sl(I(1).get(), None).get())) == "range(2, -7, -3)");
    CHECK(outcome(getitem(R(0, 10).get(), sl(I(5).get(), I(2).get()).get())) == "range(5, 2)");
    Ref<> r70 = range_call({big("1180591620717411303424").get()});
    CHECK(outcome(getitem(r70.get(), sl(I(5).get(), big("590295810358705651712").get(),
                                          big("1152921504606846976").get())
                                       .get())) == "range(5, 590295810358705651712, 1152921504606846976)");
    Ref<> r30 = range_call({I(1).get(), big("1000000000000000000000000000000").get()});
    CHECK(outcome(getitem(r30.get(), sl(big("100000000000000000000000000001").get(), None).get())) ==
          "range(100000000000000000000000000002, 1000000000000000000000000000000)");
}

TEST_CASE("range membership, index and count", "[range]") {
    runtime_init();
    CHECK(contains(R(1, 10, 3).get(), I(7).get()) == 1);
    CHECK(contains(R(1, 10, 3).get(), I(6).get()) == 0);
    CHECK(contains(R(0, 3).get(), True) == 1);
    CHECK(contains(R(0, 3).get(), float_from(2.0).get()) == 1);  // by iteration
    CHECK(contains(R(5, -6, -5).get(), I(-5).get()) == 1);
    Ref<> big_range = range_call({I(0).get(), big("10000000000000000000000000000000").get(),
                                  big("100000000000000000000000000000").get()});
    CHECK(contains(big_range.get(), big("1000000000000000000000000000000").get()) == 1);

    CHECK(outcome(method(R(0, 10, 3).get(), "index", {I(9).get()})) == "3");
    CHECK(outcome(method(R(5, -5, -3).get(), "index", {I(-4).get()})) == "3");
    Ref<> r20 = range_call({big("100000000000000000000").get(), big("1000000000000000000000").get(), I(7).get()});
    CHECK(outcome(method(r20.get(), "index", {big("100000000000000000700").get()})) == "100");
    CHECK(outcome(method(R(0, 10).get(), "index", {I(20).get()})) == "!ValueError: 20 is not in range");
    CHECK(outcome(method(R(0, 10).get(), "index", {S("a").get()})) ==
          "!ValueError: sequence.index(x): x not in sequence");
    CHECK(outcome(method(R(0, 3).get(), "index", {float_from(2.0).get()})) == "2");
    CHECK(outcome(method(R(0, 3).get(), "count", {I(1).get()})) == "1");
    CHECK(outcome(method(R(0, 3).get(), "count", {float_from(1.0).get()})) == "1");
    CHECK(outcome(method(R(0, 3).get(), "count")) == "!TypeError: range.count() takes exactly one argument (0 given)");
}

TEST_CASE("range equality and hash", "[range]") {
    runtime_init();
    auto eq = [](Ref<> a, Ref<> b) { return outcome(compare(a.get(), b.get(), CompareOp::Eq)); };
    CHECK(eq(R(0, 10, 2), R(0, 9, 2)) == "True");
    CHECK(eq(R(0, 0), R(5, 5)) == "True");
    CHECK(eq(R(1, 2, 5), R(1, 3, 7)) == "True");
    CHECK(eq(R(0, 3), R(0, 3, 2)) == "False");
    CHECK(outcome(compare(R(0, 3).get(), R(0, 4).get(), CompareOp::Lt)) ==
          "!TypeError: '<' not supported between instances of 'range' and 'range'");

    CHECK(hash(R(0, 5).get()) == 5795932985296280846);
    CHECK(hash(R(0, 10, 3).get()) == -1816567394155750349);
    // hash(None) is address-based, so these are checked by construction.
    CHECK(hash(R(0, 0).get()) == hash(tuple_from({I(0).get(), None, None}).get()));
    CHECK(hash(R(5, 5).get()) == hash(R(0, 0).get()));
    CHECK(hash(R(1, 2).get()) == hash(tuple_from({I(1).get(), I(1).get(), None}).get()));
    CHECK(hash(R(3, 4, 7).get()) == hash(R(3, 5, 9).get()));
    CHECK(hash(range_call({big("1180591620717411303424").get()}).get()) == 7320047211865846142);
}

TEST_CASE("range iteration in machine and big integers", "[range]") {
    runtime_init();
    CHECK(list_text(R(5, -5, -3).get()) == "[5, 2, -1, -4]");
    CHECK(outcome(Ref<>(list_from_iterable(method(R(5, -5, -3).get(), "__reversed__").get()))) == "[-4, -1, 2, 5]");

    Ref<> near_max = range_call({big("9223372036854775805").get(), big("9223372036854775810").get()});
    CHECK(list_text(near_max.get()) ==
          "[9223372036854775805, 9223372036854775806, 9223372036854775807, 9223372036854775808, "
          "9223372036854775809]");
    Ref<> near_min = R(std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::min() + 5, 2);
    Ref<> rev = method(near_min.get(), "__reversed__");
    CHECK(type_name(rev.get()) == "longrange_iterator");
    CHECK(drain(rev.get()) == "[-9223372036854775804, -9223372036854775806, -9223372036854775808]");

    auto iter_type = [](Ref<> r) { return std::string(type_name(get_iter(r.get()).get())); };
    const std::int64_t max = std::numeric_limits<std::int64_t>::max();
    CHECK(iter_type(R(max - 1, max)) == "range_iterator");
    CHECK(iter_type(R(max - 4, max, 2)) == "longrange_iterator");
    CHECK(iter_type(R(0, max, std::int64_t{1} << 62)) == "longrange_iterator");
    CHECK(list_text(R(0, max, std::int64_t{1} << 62).get()) == "[0, 4611686018427387904]");
    CHECK(list_text(R(std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::min() + 3).get()) ==
          "[-9223372036854775808, -9223372036854775807, -9223372036854775806]");
    CHECK(length_hint(get_iter(R(0, 10).get()).get(), 0) == 10);
}

TEST_CASE("slice objects and indices", "[slice]") {
    runtime_init();
    CHECK(repr_of(sl(I(1).get(), S("a").get()).get()) == "slice(1, 'a', None)");
    CHECK(repr_of(getattr(sl(nullptr, I(1).get()).get(), "start")) == "None");
    CHECK(outcome(call_kw(&SliceType, {})) == "!TypeError: slice expected at least 1 argument, got 0");
    CHECK(outcome(call_kw(&SliceType, {I(1).get(), I(2).get(), I(3).get(), I(4).get()})) ==
          "!TypeError: slice expected at most 3 arguments, got 4");
    CHECK(outcome(call_kw(&SliceType, {}, {{"x", I(1).get()}})) == "!TypeError: slice() takes no keyword arguments");
    CHECK(outcome(call_kw(&SliceType, {I(5).get()})) == "slice(None, 5, None)");
    CHECK(hash(sl(I(1).get(), I(2).get()).get()) == -1);
    CHECK(error_text() == "TypeError: unhashable type: 'slice'");
    CHECK(outcome(compare(sl(I(1).get(), I(2).get()).get(), sl(I(1).get(), I(2).get()).get(), CompareOp::Eq)) ==
          "True");
    CHECK(outcome(compare(sl(I(1).get(), I(2).get()).get(), sl(I(1).get(), I(3).get()).get(), CompareOp::Lt)) ==
          "True");

    auto indices = [](Ref<> s, Object* length) { return outcome(method(s.get(), "indices", {length})); };
    CHECK(indices(sl(None, big("1000000000000000000000000000000").get()), big("10000000000000000000000000000000000000000").get()) ==
          "(0, 1000000000000000000000000000000, 1)");
    CHECK(indices(sl(I(-5).get(), None, I(-1).get()), I(3).get()) == "(-1, -1, -1)");
    CHECK(indices(sl(big("1180591620717411303424").get(), big("-1180591620717411303424").get(), I(-3).get()),
                  I(10).get()) == "(9, -1, -3)");
    CHECK(indices(sl(None, None, I(-1).get()), I(0).get()) == "(-1, -1, -1)");
    CHECK(indices(sl(None, I(1).get()), I(-1).get()) == "!ValueError: length should not be negative");
    CHECK(indices(sl(None, I(1).get()), S("a").get()) ==
          "!TypeError: 'str' object cannot be interpreted as an integer");
    CHECK(indices(sl(I(1).get(), I(2).get(), I(0).get()), I(5).get()) == "!ValueError: slice step cannot be zero");

    // slice_indices (machine lengths) and list slicing agree with CPython.
    struct Case {
        Ref<> slice;
        const char* indices;
        const char* items;
    };
    Ref<List> seven = list_from_iterable(R(0, 7).get());
    const Case cases[] = {
        {sl(None, None), "(0, 7, 1)", "[0, 1, 2, 3, 4, 5, 6]"},
        {sl(I(1).get(), None), "(1, 7, 1)", "[1, 2, 3, 4, 5, 6]"},
        {sl(I(-2).get(), None, I(-1).get()), "(5, -1, -1)", "[5, 4, 3, 2, 1, 0]"},
        {sl(None, I(-1).get(), I(2).get()), "(0, 6, 2)", "[0, 2, 4]"},
        {sl(I(10).get(), I(-10).get(), I(-3).get()), "(6, -1, -3)", "[6, 3, 0]"},
        {sl(big("-100000000000000000000").get(), big("100000000000000000000").get()), "(0, 7, 1)",
         "[0, 1, 2, 3, 4, 5, 6]"},
        {sl(I(5).get(), I(2).get()), "(5, 2, 1)", "[]"},
        {sl(None, None, big("-1180591620717411303424").get()), "(6, -1, -1180591620717411303424)", "[6]"},
    };
    for (const Case& c : cases) {
        CHECK(outcome(method(c.slice.get(), "indices", {I(7).get()})) == c.indices);
        CHECK(outcome(getitem(seven.get(), c.slice.get())) == c.items);
    }
}
