// list: growth, repr, comparison, operators, indexing and slicing, methods
// and sort. Expected values come from CPython 3.11.7.
#include "container_test_util.hpp"

#include "runtime/objects/builtin_function.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/iterators.hpp"
#include "runtime/objects/range.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/slice.hpp"

#include <cmath>
#include <vector>

using namespace minipy;
using namespace minipy::test;

namespace {

Ref<> range_of(std::int64_t start, std::int64_t stop, std::int64_t step = 1) { return range_new(start, stop, step); }

Ref<List> list_of(Object* iterable) { return list_from_iterable(iterable); }

Ref<List> range_list(std::int64_t n) { return list_of(range_of(0, n).get()); }

Ref<> slice_of(Object* start, Object* stop, Object* step = nullptr) { return slice_new(start, stop, step); }

std::string setitem_outcome(Object* o, Object* key, Object* value) {
    if (setitem(o, key, value) < 0) return error_outcome();
    return repr_of(o);
}

std::string delitem_outcome(Object* o, Object* key) {
    if (delitem(o, key) < 0) return error_outcome();
    return repr_of(o);
}

}  // namespace

TEST_CASE("list over-allocates as CPython's list_resize", "[list]") {
    runtime_init();
    auto l = list_new(0);
    const std::int64_t expected[] = {4,  4,  4,  4,  8,  8,  8,  8,  16, 16, 16, 16, 16, 16, 16, 16, 24, 24, 24, 24,
                                     24, 24, 24, 24, 32, 32, 32, 32, 32, 32, 32, 32, 40, 40, 40, 40, 40, 40, 40, 40};
    for (std::int64_t i = 0; i < 40; ++i) {
        REQUIRE(list_append(l.get(), I(i).get()));
        CHECK(l->capacity == expected[i]);
    }
    CHECK(range_list(10)->capacity == 10);  // list(range(10))
    CHECK(call_kw(&ListType, {range_of(0, 10).get()}).get() != nullptr);
    Ref<> from_range = call_kw(&ListType, {range_of(0, 10).get()});
    CHECK(cast<List>(from_range.get())->capacity == 10);
    Ref<> three = call_kw(&ListType, {range_of(0, 3).get()});
    CHECK(cast<List>(three.get())->capacity == 4);  // rounded up to even

    Ref<> ten = call_kw(&ListType, {range_of(0, 10).get()});
    REQUIRE(method(ten.get(), "extend", {range_of(0, 5).get()}));
    CHECK(cast<List>(ten.get())->capacity == 20);

    auto small = int_list({1, 2, 3});
    Ref<> it = get_iter(int_list({4, 5}).get());
    REQUIRE(method(small.get(), "extend", {it.get()}));
    CHECK(small->capacity == 8);
    auto empty = list_new(0);
    Ref<> it2 = get_iter(int_list({4, 5}).get());
    REQUIRE(method(empty.get(), "extend", {it2.get()}));
    CHECK(empty->capacity == 2);  // list_iterator.__length_hint__

    Ref<> tens = binary_op(int_list({0}).get(), I(10).get(), BinaryOp::Mul);
    for (int i = 0; i < 8; ++i) REQUIRE(method(tens.get(), "pop"));
    CHECK(cast<List>(tens.get())->capacity == 8);

    Ref<> rep = binary_op(int_list({1, 2, 3}).get(), I(5).get(), BinaryOp::Mul);
    CHECK(cast<List>(rep.get())->capacity == 15);
    Ref<> irep = int_list({1, 2});
    irep = inplace_op(irep.get(), I(3).get(), BinaryOp::Mul);
    CHECK(cast<List>(irep.get())->capacity == 12);
}

TEST_CASE("list repr, including self-reference", "[list]") {
    runtime_init();
    CHECK(repr_of(list_new(0).get()) == "[]");
    auto l = int_list({1, 2});
    REQUIRE(list_append(l.get(), S("a").get()));
    REQUIRE(list_append(l.get(), None));
    CHECK(repr_of(l.get()) == "[1, 2, 'a', None]");
    REQUIRE(list_append(l.get(), l.get()));
    CHECK(repr_of(l.get()) == "[1, 2, 'a', None, [...]]");
    auto outer = list_new(0);
    REQUIRE(list_append(outer.get(), l.get()));
    CHECK(repr_of(outer.get()) == "[[1, 2, 'a', None, [...]]]");
    REQUIRE(method(l.get(), "clear"));  // break the cycle
    CHECK(repr_of(outer.get()) == "[[]]");
}

TEST_CASE("list comparison is lexicographic", "[list]") {
    runtime_init();
    auto cmp = [](std::initializer_list<std::int64_t> a, std::initializer_list<std::int64_t> b, CompareOp op) {
        return outcome(compare(int_list(a).get(), int_list(b).get(), op));
    };
    CHECK(cmp({1, 2}, {1, 3}, CompareOp::Lt) == "True");
    CHECK(cmp({1, 2}, {1, 2}, CompareOp::Eq) == "True");
    CHECK(cmp({1, 2}, {1, 2}, CompareOp::Le) == "True");
    CHECK(cmp({1}, {1, 0}, CompareOp::Lt) == "True");
    CHECK(cmp({2}, {1, 0}, CompareOp::Gt) == "True");
    CHECK(cmp({1, 2}, {1, 2, 3}, CompareOp::Ne) == "True");
    CHECK(cmp({}, {}, CompareOp::Ge) == "True");

    auto mixed = int_list({1});
    REQUIRE(list_append(mixed.get(), S("a").get()));
    CHECK(outcome(compare(int_list({1, 2}).get(), mixed.get(), CompareOp::Lt)) ==
          "!TypeError: '<' not supported between instances of 'int' and 'str'");
    CHECK(outcome(compare(mixed.get(), int_list({1, 2}).get(), CompareOp::Lt)) ==
          "!TypeError: '<' not supported between instances of 'str' and 'int'");
    // == never orders: different items are simply unequal.
    CHECK(outcome(compare(mixed.get(), int_list({1, 2}).get(), CompareOp::Eq)) == "False");
    CHECK(outcome(compare(int_list({1}).get(), I(2).get(), CompareOp::Lt)) ==
          "!TypeError: '<' not supported between instances of 'list' and 'int'");
    // The identity shortcut: a NaN is equal to itself inside a list.
    Ref<> nan = float_from(std::nan(""));
    auto with_nan = list_new(0);
    REQUIRE(list_append(with_nan.get(), nan.get()));
    auto same_nan = list_new(0);
    REQUIRE(list_append(same_nan.get(), nan.get()));
    CHECK(outcome(compare(with_nan.get(), same_nan.get(), CompareOp::Eq)) == "True");
}

TEST_CASE("list operators", "[list]") {
    runtime_init();
    CHECK(outcome(binary_op(int_list({1, 2}).get(), int_list({3}).get(), BinaryOp::Add)) == "[1, 2, 3]");
    CHECK(outcome(binary_op(int_list({}).get(), empty_tuple().get(), BinaryOp::Add)) ==
          "!TypeError: can only concatenate list (not \"tuple\") to list");
    CHECK(outcome(binary_op(int_list({1, 2}).get(), I(3).get(), BinaryOp::Mul)) == "[1, 2, 1, 2, 1, 2]");
    CHECK(outcome(binary_op(I(2).get(), int_list({7}).get(), BinaryOp::Mul)) == "[7, 7]");
    CHECK(outcome(binary_op(int_list({1}).get(), I(-1).get(), BinaryOp::Mul)) == "[]");
    CHECK(outcome(binary_op(int_list({1}).get(), True, BinaryOp::Mul)) == "[1]");
    Ref<> two_point_o = float_from(2.0);
    CHECK(outcome(binary_op(int_list({}).get(), two_point_o.get(), BinaryOp::Mul)) ==
          "!TypeError: can't multiply sequence by non-int of type 'float'");
    CHECK(outcome(binary_op(two_point_o.get(), int_list({}).get(), BinaryOp::Mul)) ==
          "!TypeError: can't multiply sequence by non-int of type 'float'");
    CHECK(outcome(binary_op(int_list({}).get(), S("a").get(), BinaryOp::Mul)) ==
          "!TypeError: can't multiply sequence by non-int of type 'str'");
    CHECK(outcome(binary_op(int_list({1}).get(), big("100000000000000000000").get(), BinaryOp::Mul)) ==
          "!OverflowError: cannot fit 'int' into an index-sized integer");

    // += extends with any iterable and keeps the object.
    Ref<> l = int_list({1});
    Object* before = l.get();
    l = inplace_op(l.get(), range_of(2, 4).get(), BinaryOp::Add);
    CHECK(l.get() == before);
    CHECK(repr_of(l.get()) == "[1, 2, 3]");
    CHECK(outcome(inplace_op(l.get(), I(5).get(), BinaryOp::Add)) == "!TypeError: 'int' object is not iterable");
    l = inplace_op(l.get(), I(2).get(), BinaryOp::Mul);
    CHECK(l.get() == before);
    CHECK(repr_of(l.get()) == "[1, 2, 3, 1, 2, 3]");
    CHECK(outcome(inplace_op(l.get(), two_point_o.get(), BinaryOp::Mul)) ==
          "!TypeError: can't multiply sequence by non-int of type 'float'");
    l = inplace_op(l.get(), I(0).get(), BinaryOp::Mul);
    CHECK(repr_of(l.get()) == "[]");

    // a += a and a.extend(a)
    Ref<> self_ext = int_list({1, 2});
    self_ext = inplace_op(self_ext.get(), self_ext.get(), BinaryOp::Add);
    CHECK(repr_of(self_ext.get()) == "[1, 2, 1, 2]");

    CHECK(hash(int_list({}).get()) == -1);
    CHECK(error_text() == "TypeError: unhashable type: 'list'");
    CHECK(outcome(contains(int_list({1, 2, 3}).get(), I(3).get())) == "1");
    CHECK(outcome(contains(int_list({1, 2, 3}).get(), I(4).get())) == "0");
    CHECK(length(int_list({1, 2, 3}).get()) == 3);
}

TEST_CASE("list indexing and slicing", "[list]") {
    runtime_init();
    auto l = range_list(10);
    CHECK(outcome(getitem(l.get(), I(-1).get())) == "9");
    CHECK(outcome(getitem(l.get(), I(10).get())) == "!IndexError: list index out of range");
    CHECK(outcome(getitem(l.get(), I(-11).get())) == "!IndexError: list index out of range");
    CHECK(outcome(getitem(l.get(), S("a").get())) == "!TypeError: list indices must be integers or slices, not str");
    CHECK(outcome(getitem(l.get(), big("1180591620717411303424").get())) ==
          "!IndexError: cannot fit 'int' into an index-sized integer");
    CHECK(outcome(getitem(l.get(), True)) == "1");

    auto sl = [&](Object* a, Object* b, Object* c) { return outcome(getitem(l.get(), slice_of(a, b, c).get())); };
    CHECK(sl(None, None, I(-1).get()) == "[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]");
    CHECK(sl(I(-3).get(), None, None) == "[7, 8, 9]");
    CHECK(sl(I(1).get(), I(8).get(), I(3).get()) == "[1, 4, 7]");
    CHECK(sl(I(100).get(), None, None) == "[]");
    CHECK(sl(I(-100).get(), I(2).get(), None) == "[0, 1]");
    CHECK(sl(I(8).get(), I(2).get(), I(-2).get()) == "[8, 6, 4]");
    CHECK(sl(None, None, I(-4).get()) == "[9, 5, 1]");
    CHECK(sl(big("-100000000000000000000").get(), big("100000000000000000000").get(), None) ==
          "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]");
    CHECK(sl(None, None, I(0).get()) == "!ValueError: slice step cannot be zero");
    CHECK(sl(S("a").get(), None, None) ==
          "!TypeError: slice indices must be integers or None or have an __index__ method");
}

TEST_CASE("list item and slice assignment", "[list]") {
    runtime_init();
    auto abcd = list_new(0);
    for (const char* s : {"a", "b", "c", "d"}) REQUIRE(list_append(abcd.get(), S(s).get()));
    auto xyz = list_new(0);
    for (const char* s : {"x", "y", "z"}) REQUIRE(list_append(xyz.get(), S(s).get()));

    auto l = int_list({1});
    CHECK(setitem_outcome(l.get(), I(0).get(), I(5).get()) == "[5]");
    CHECK(setitem_outcome(l.get(), I(5).get(), I(1).get()) == "!IndexError: list assignment index out of range");
    CHECK(delitem_outcome(l.get(), I(5).get()) == "!IndexError: list assignment index out of range");
    CHECK(setitem_outcome(l.get(), big("1180591620717411303424").get(), I(1).get()) ==
          "!IndexError: cannot fit 'int' into an index-sized integer");
    CHECK(setitem_outcome(l.get(), S("a").get(), I(1).get()) ==
          "!TypeError: list indices must be integers or slices, not str");

    auto r = range_list(3);
    CHECK(setitem_outcome(r.get(), slice_of(None, None, I(2).get()).get(), int_list({1, 2, 3}).get()) ==
          "!ValueError: attempt to assign sequence of size 3 to extended slice of size 2");
    CHECK(setitem_outcome(r.get(), slice_of(None, None, I(2).get()).get(), I(5).get()) ==
          "!TypeError: must assign iterable to extended slice");
    CHECK(setitem_outcome(r.get(), slice_of(I(0).get(), I(1).get()).get(), I(5).get()) ==
          "!TypeError: can only assign an iterable");

    auto t = range_list(10);
    CHECK(setitem_outcome(t.get(), slice_of(I(2).get(), I(3).get()).get(), int_list({7, 7, 7, 7}).get()) ==
          "[0, 1, 7, 7, 7, 7, 3, 4, 5, 6, 7, 8, 9]");
    CHECK(t->capacity == 20);
    t = range_list(10);
    CHECK(setitem_outcome(t.get(), slice_of(I(2).get(), I(5).get()).get(), int_list({}).get()) ==
          "[0, 1, 5, 6, 7, 8, 9]");
    CHECK(t->capacity == 10);
    t = range_list(10);
    CHECK(setitem_outcome(t.get(), slice_of(None, None, I(3).get()).get(), abcd.get()) ==
          "['a', 1, 2, 'b', 4, 5, 'c', 7, 8, 'd']");
    t = range_list(10);
    CHECK(setitem_outcome(t.get(), slice_of(None, None, I(-3).get()).get(), abcd.get()) ==
          "['d', 1, 2, 'c', 4, 5, 'b', 7, 8, 'a']");
    t = range_list(10);
    CHECK(setitem_outcome(t.get(), slice_of(I(8).get(), I(2).get(), I(-2).get()).get(), xyz.get()) ==
          "[0, 1, 2, 3, 'z', 5, 'y', 7, 'x', 9]");
    t = range_list(10);
    CHECK(delitem_outcome(t.get(), slice_of(I(8).get(), I(2).get(), I(-2).get()).get()) ==
          "[0, 1, 2, 3, 5, 7, 9]");
    t = range_list(10);
    auto q = list_new(0);
    REQUIRE(list_append(q.get(), S("q").get()));
    CHECK(setitem_outcome(t.get(), slice_of(I(5).get(), I(2).get()).get(), q.get()) ==
          "[0, 1, 2, 3, 4, 'q', 5, 6, 7, 8, 9]");
    t = range_list(10);
    CHECK(setitem_outcome(t.get(), slice_of(I(-3).get(), None).get(), t.get()) ==
          "[0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]");
    t = range_list(5);
    CHECK(setitem_outcome(t.get(), slice_of(None, None, I(-1).get()).get(), t.get()) == "[4, 3, 2, 1, 0]");
    t = range_list(20);
    CHECK(delitem_outcome(t.get(), slice_of(None, None, I(2).get()).get()) == "[1, 3, 5, 7, 9, 11, 13, 15, 17, 19]");
    CHECK(t->capacity == 20);
    t = range_list(4);
    CHECK(delitem_outcome(t.get(), slice_of(None, None).get()) == "[]");
    CHECK(t->capacity == 0);
}

TEST_CASE("list methods", "[list]") {
    runtime_init();
    auto l = int_list({1, 2, 3});
    REQUIRE(method(l.get(), "insert", {I(-10).get(), S("a").get()}));
    REQUIRE(method(l.get(), "insert", {I(100).get(), S("b").get()}));
    REQUIRE(method(l.get(), "insert", {I(1).get(), S("c").get()}));
    CHECK(repr_of(l.get()) == "['a', 'c', 1, 2, 3, 'b']");
    CHECK(outcome(method(l.get(), "pop")) == "'b'");
    CHECK(outcome(method(l.get(), "pop", {I(0).get()})) == "'a'");
    CHECK(outcome(method(l.get(), "pop", {I(-2).get()})) == "2");
    CHECK(outcome(method(l.get(), "pop", {I(5).get()})) == "!IndexError: pop index out of range");
    CHECK(outcome(method(l.get(), "index", {I(3).get()})) == "2");
    CHECK(outcome(method(l.get(), "index", {I(5).get()})) == "!ValueError: 5 is not in list");
    CHECK(outcome(method(l.get(), "index", {I(1).get(), S("a").get()})) ==
          "!TypeError: slice indices must be integers or have an __index__ method");
    CHECK(outcome(method(l.get(), "remove", {S("c").get()})) == "None");
    CHECK(outcome(method(l.get(), "remove", {I(7).get()})) == "!ValueError: list.remove(x): x not in list");
    CHECK(repr_of(l.get()) == "[1, 3]");

    auto e = list_new(0);
    CHECK(outcome(method(e.get(), "pop")) == "!IndexError: pop from empty list");
    CHECK(outcome(method(e.get(), "append")) == "!TypeError: list.append() takes exactly one argument (0 given)");
    CHECK(outcome(method(e.get(), "append", {I(1).get(), I(2).get()})) ==
          "!TypeError: list.append() takes exactly one argument (2 given)");
    CHECK(outcome(method(e.get(), "append", {}, {{"x", I(1).get()}})) ==
          "!TypeError: list.append() takes no keyword arguments");
    CHECK(outcome(method(e.get(), "insert", {I(1).get()})) == "!TypeError: insert expected 2 arguments, got 1");
    CHECK(outcome(method(e.get(), "pop", {I(1).get(), I(2).get()})) ==
          "!TypeError: pop expected at most 1 argument, got 2");
    CHECK(outcome(method(e.get(), "index")) == "!TypeError: index expected at least 1 argument, got 0");
    CHECK(outcome(method(e.get(), "count")) == "!TypeError: list.count() takes exactly one argument (0 given)");
    CHECK(outcome(method(e.get(), "clear", {I(1).get()})) == "!TypeError: list.clear() takes no arguments (1 given)");
    CHECK(outcome(method(e.get(), "copy", {I(1).get()})) == "!TypeError: list.copy() takes no arguments (1 given)");

    auto c = int_list({1, 2, 1, 1, 3});
    CHECK(outcome(method(c.get(), "count", {I(1).get()})) == "3");
    CHECK(outcome(method(c.get(), "index", {I(1).get(), I(2).get()})) == "2");
    CHECK(outcome(method(c.get(), "index", {I(1).get(), I(-3).get(), I(-2).get()})) == "2");
    CHECK(outcome(method(c.get(), "index", {I(2).get(), big("100000000000000000000000").get()})) ==
          "!ValueError: 2 is not in list");
    Ref<> copy = method(c.get(), "copy");
    REQUIRE(copy);
    CHECK(copy.get() != c.get());
    REQUIRE(method(c.get(), "reverse"));
    CHECK(repr_of(c.get()) == "[3, 1, 1, 2, 1]");
    CHECK(repr_of(copy.get()) == "[1, 2, 1, 1, 3]");

    // list() and list(iterable); a subclass-free check of __init__ semantics.
    CHECK(outcome(call_kw(&ListType, {})) == "[]");
    CHECK(outcome(call_kw(&ListType, {I(1).get(), I(2).get()})) == "!TypeError: list expected at most 1 argument, got 2");
    CHECK(outcome(call_kw(&ListType, {}, {{"x", I(1).get()}})) == "!TypeError: list() takes no keyword arguments");
    CHECK(outcome(call_kw(&ListType, {I(5).get()})) == "!TypeError: 'int' object is not iterable");
}

namespace {

// A key function for the sort tests: the first item of a tuple.
Ref<> first_item(Object*, const Args& args) { return share((*cast<Tuple>(args[0]))[0]); }
const MethodDef kFirstItem{"first_item", first_item};

// A key function that appends to the list being sorted.
List* sorting_list = nullptr;
Ref<> mutating_key(Object*, const Args& args) {
    if (!list_append(sorting_list, args[0])) return nullptr;
    return share(args[0]);
}
const MethodDef kMutatingKey{"mutating_key", mutating_key};

Ref<> failing_key(Object*, const Args& args) {
    if (args[0] == small_int(3)) return raise(exc::ValueError, "bad key");
    return share(args[0]);
}
const MethodDef kFailingKey{"failing_key", failing_key};

struct SortCase {
    std::vector<double> input;
    bool reverse;
    std::vector<double> expected;
};

Ref<List> float_list(const std::vector<double>& values) {
    auto list = list_new(0);
    for (double v : values) REQUIRE(list_append(list.get(), float_from(v).get()));
    return list;
}

}  // namespace

TEST_CASE("list.sort is stable, with key and reverse", "[list][sort]") {
    runtime_init();
    Ref<> key = builtin_function_new(&kFirstItem, nullptr);
    // (key, original position) pairs with many equal keys.
    std::vector<std::pair<int, int>> pairs;
    std::uint32_t seed = 12345;
    for (int i = 0; i < 500; ++i) {
        seed = seed * 1103515245 + 12345;
        pairs.emplace_back(static_cast<int>((seed >> 16) % 7), i);
    }
    auto make = [&] {
        auto list = list_new(0);
        for (auto [k, i] : pairs) REQUIRE(list_append(list.get(), tuple_from({I(k).get(), I(i).get()}).get()));
        return list;
    };
    for (bool reverse : {false, true}) {
        auto list = make();
        REQUIRE(list_sort(list.get(), key.get(), reverse) == 0);
        std::vector<std::pair<int, int>> expected = pairs;
        std::stable_sort(expected.begin(), expected.end(), [&](auto& a, auto& b) {
            return reverse ? a.first > b.first : a.first < b.first;
        });
        REQUIRE(list->size == 500);
        for (std::int64_t i = 0; i < list->size; ++i) {
            auto* t = cast<Tuple>(list->items[i]);
            CHECK(cast<Int>((*t)[0])->small == expected[i].first);
            CHECK(cast<Int>((*t)[1])->small == expected[i].second);
        }
    }

    // Through the method, with keywords only.
    auto l = int_list({3, 1, 2});
    CHECK(outcome(method(l.get(), "sort", {}, {{"reverse", True}})) == "None");
    CHECK(repr_of(l.get()) == "[3, 2, 1]");
    CHECK(outcome(method(l.get(), "sort", {I(1).get()})) == "!TypeError: sort() takes no positional arguments");
    CHECK(outcome(method(l.get(), "sort", {}, {{"x", I(1).get()}})) ==
          "!TypeError: 'x' is an invalid keyword argument for sort()");
    CHECK(outcome(method(l.get(), "sort", {}, {{"key", I(1).get()}})) == "!TypeError: 'int' object is not callable");
    CHECK(outcome(method(l.get(), "sort", {}, {{"reverse", None}})) ==
          "!TypeError: 'NoneType' object cannot be interpreted as an integer");
    CHECK(repr_of(l.get()) == "[3, 2, 1]");
}

TEST_CASE("list.sort detects mutation and restores on failure", "[list][sort]") {
    runtime_init();
    auto l = int_list({3, 1, 2});
    sorting_list = l.get();
    Ref<> mutate = builtin_function_new(&kMutatingKey, nullptr);
    CHECK(outcome(list_sort(l.get(), mutate.get(), false)) == "!ValueError: list modified during sort");
    CHECK(repr_of(l.get()) == "[1, 2, 3]");  // sorted; the appended items are dropped
    sorting_list = nullptr;

    auto f = int_list({5, 4, 3, 2, 1});
    Ref<> failing = builtin_function_new(&kFailingKey, nullptr);
    CHECK(outcome(list_sort(f.get(), failing.get(), false)) == "!ValueError: bad key");
    CHECK(repr_of(f.get()) == "[5, 4, 3, 2, 1]");

    auto mixed = int_list({3, 1});
    REQUIRE(list_append(mixed.get(), S("a").get()));
    REQUIRE(list_append(mixed.get(), I(2).get()));
    CHECK(outcome(list_sort(mixed.get(), nullptr, false)) ==
          "!TypeError: '<' not supported between instances of 'str' and 'int'");
    CHECK(repr_of(mixed.get()) == "[3, 1, 'a', 2]");  // failed inside the first run
}

TEST_CASE("list.sort makes CPython's comparisons (NaN orders)", "[list][sort]") {
    runtime_init();
    // With NaNs every comparison answers False, so the final order records
    // exactly which comparisons timsort made.
    const SortCase cases[] = {
#include "list_sort_cases.inc"
    };
    for (const SortCase& c : cases) {
        auto list = float_list(c.input);
        REQUIRE(list_sort(list.get(), nullptr, c.reverse) == 0);
        CHECK(repr_of(list.get()) == repr_of(float_list(c.expected).get()));
    }
}

TEST_CASE("list iteration and reversed", "[list]") {
    runtime_init();
    auto l = int_list({1, 2, 3});
    Ref<> it = get_iter(l.get());
    CHECK(type_name(it.get()) == "list_iterator");
    CHECK(drain(it.get()) == "[1, 2, 3]");
    CHECK(drain(it.get()) == "[]");
    Ref<> rev = method(l.get(), "__reversed__");
    CHECK(type_name(rev.get()) == "list_reverseiterator");
    CHECK(drain(rev.get()) == "[3, 2, 1]");
    // Appending while iterating is seen by the iterator.
    Ref<> it2 = get_iter(l.get());
    Ref<> first = iter_next(it2.get());
    REQUIRE(list_append(l.get(), I(4).get()));
    CHECK(drain(it2.get()) == "[2, 3, 4]");
    // The exhausted iterator has released the list.
    CHECK(cast<SeqIter>(it2.get())->seq == nullptr);
}

TEST_CASE("list[int] is a types.GenericAlias", "[list][generic_alias]") {
    runtime_init();
    Ref<> alias = getitem(&ListType, &IntType);
    CHECK(repr_of(alias) == "list[int]");
    CHECK(repr_of(Ref<>(share<Object>(alias->type))) == "<class 'types.GenericAlias'>");
    CHECK(repr_of(getattr(alias.get(), "__origin__")) == "<class 'list'>");
    CHECK(repr_of(getattr(alias.get(), "__args__")) == "(<class 'int'>,)");
    CHECK(repr_of(call_kw(alias.get(), {range_of(0, 3).get()})) == "[0, 1, 2]");
    Ref<> nested = getitem(&ListType, tuple_from({alias.get(), Ellipsis, S("x").get()}).get());
    CHECK(repr_of(nested) == "list[list[int], ..., 'x']");
    CHECK(repr_of(getitem(&ListType, empty_tuple().get())) == "list[()]");
    CHECK(outcome(compare(alias.get(), getitem(&ListType, &IntType).get(), CompareOp::Eq)) == "True");
    CHECK(hash(alias.get()) == hash(getitem(&ListType, &IntType).get()));
    CHECK(outcome(getitem(alias.get(), &IntType)) == "!TypeError: list[int] is not a generic class");
    CHECK(repr_of(getattr(alias.get(), "append")) == "<method 'append' of 'list' objects>");
}
