// set and frozenset: iteration order (CPython's table layout), algebra,
// hashing, comparisons, methods and messages. Expected values come from
// CPython 3.11.7.
#include "container_test_util.hpp"

#include "runtime/objects/dict.hpp"
#include "runtime/objects/range.hpp"
#include "runtime/objects/set.hpp"
#include "runtime/objects/singletons.hpp"

#include <vector>

using namespace minipy;
using namespace minipy::test;

namespace {

struct OrderCase {
    std::vector<long long> init;
    std::vector<long long> removed;
    std::vector<long long> added;
    const char* expected;
};

Ref<Set> set_of(std::initializer_list<std::int64_t> values, Type* type = &SetType) {
    return set_from_iterable(type, int_list(values).get());
}

Ref<Set> set_of_range(std::int64_t start, std::int64_t stop, std::int64_t step = 1) {
    return set_from_iterable(&SetType, range_new(start, stop, step).get());
}

// A = set(range(0, 40, 3)) | set([-5, 1000, 77]); B = set(range(0, 60, 4)) | set([-5, 999])
Ref<> make_a() { return binary_op(set_of_range(0, 40, 3).get(), set_of({-5, 1000, 77}).get(), BinaryOp::Or); }
Ref<> make_b() { return binary_op(set_of_range(0, 60, 4).get(), set_of({-5, 999}).get(), BinaryOp::Or); }

}  // namespace

TEST_CASE("set iteration order follows CPython's table", "[set]") {
    runtime_init();
    const OrderCase cases[] = {
#include "set_order_cases.inc"
    };
    for (const OrderCase& c : cases) {
        std::vector<std::int64_t> init(c.init.begin(), c.init.end());
        auto s = set_from_iterable(&SetType, int_list(init).get());
        REQUIRE(s);
        for (long long r : c.removed) REQUIRE(set_discard(s.get(), I(r).get()) >= 0);
        for (long long a : c.added) REQUIRE(set_add(s.get(), I(a).get()) == 0);
        CHECK(repr_of(s.get()) == c.expected);
    }
}

TEST_CASE("set algebra keeps CPython's orders", "[set]") {
    runtime_init();
    Ref<> a = make_a();
    Ref<> b = make_b();
    CHECK(repr_of(a) == "{0, 33, 3, 36, 6, 39, 1000, 9, -5, 12, 77, 15, 18, 21, 24, 27, 30}");
    CHECK(repr_of(b) == "{0, 32, 4, 36, 999, 8, 40, 12, 44, 16, 48, 20, 52, 24, 56, -5, 28}");
    CHECK(repr_of(binary_op(a.get(), b.get(), BinaryOp::Or)) ==
          "{0, 3, 4, 6, 8, 9, 12, 77, 15, 16, 18, 20, 21, 24, 27, 28, 30, 32, 33, 36, 39, 1000, 999, 40, 44, 48, 52, "
          "56, -5}");
    CHECK(repr_of(binary_op(a.get(), b.get(), BinaryOp::And)) == "{0, 36, 12, 24, -5}");
    CHECK(repr_of(binary_op(a.get(), b.get(), BinaryOp::Sub)) == "{33, 3, 6, 39, 1000, 9, 77, 15, 18, 21, 27, 30}");
    CHECK(repr_of(binary_op(a.get(), b.get(), BinaryOp::Xor)) ==
          "{3, 4, 6, 8, 9, 77, 15, 16, 18, 20, 21, 27, 28, 30, 32, 33, 999, 40, 39, 1000, 44, 48, 52, 56}");
    CHECK(repr_of(binary_op(b.get(), a.get(), BinaryOp::Sub)) == "{32, 4, 999, 8, 40, 44, 16, 48, 20, 52, 56, 28}");
    CHECK(repr_of(binary_op(b.get(), a.get(), BinaryOp::Xor)) ==
          "{3, 4, 6, 8, 9, 77, 15, 16, 18, 20, 21, 27, 28, 30, 32, 33, 39, 1000, 999, 40, 44, 48, 52, 56}");

    Ref<> fa = set_from_iterable(&FrozenSetType, a.get());
    CHECK(repr_of(binary_op(fa.get(), b.get(), BinaryOp::Or)) ==
          "frozenset({0, 3, 4, 6, 8, 9, 12, 77, 15, 16, 18, 20, 21, 24, 27, 28, 30, 32, 33, 36, 39, 1000, 999, 40, 44, "
          "48, 52, 56, -5})");
    CHECK(repr_of(binary_op(b.get(), fa.get(), BinaryOp::Or)) ==
          "{0, 3, 4, 6, 8, 9, 12, 77, 15, 16, 18, 20, 21, 24, 27, 28, 30, 32, 33, 36, 999, 40, 39, 1000, 44, 48, 52, "
          "56, -5}");

    CHECK(repr_of(method(a.get(), "union", {int_list({100, 5, -1}).get(), tuple_from({I(7).get()}).get()})) ==
          "{0, 3, 5, 6, 7, 9, 12, 77, 15, 18, 21, 24, 27, 30, 33, 36, 100, 39, 1000, -5, -1}");
    CHECK(repr_of(method(a.get(), "intersection", {range_new(0, 100, 2).get()})) == "{0, 36, 6, 12, 18, 24, 30}");
    CHECK(repr_of(method(a.get(), "intersection", {b.get(), range_new(12, 40, 1).get()})) == "{24, 12, 36}");
    CHECK(repr_of(method(a.get(), "difference", {range_new(0, 10, 1).get(), int_list({1000}).get()})) ==
          "{12, 77, 15, 18, 21, 24, 27, 30, 33, 36, 39, -5}");
    CHECK(repr_of(method(a.get(), "symmetric_difference", {range_new(0, 5, 1).get()})) ==
          "{1, 2, 4, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36, 39, 77, 1000, -5}");
    auto d = dict_new();
    REQUIRE(dict_set(d.get(), I(0).get(), I(1).get()) == 0);
    REQUIRE(dict_set(d.get(), I(3).get(), I(2).get()) == 0);
    CHECK(repr_of(method(a.get(), "difference", {d.get()})) ==
          "{6, 9, 12, 77, 15, 18, 21, 24, 27, 30, 33, 36, 39, 1000, -5}");

    auto in_place = [&](BinaryOp op) {
        Ref<> s = set_from_iterable(&SetType, a.get());
        Object* before = s.get();
        Ref<> r = inplace_op(s.get(), b.get(), op);
        CHECK(r.get() == before);
        return repr_of(r);
    };
    CHECK(in_place(BinaryOp::And) == "{0, 36, 12, 24, -5}");
    CHECK(in_place(BinaryOp::Or) ==
          "{0, 3, 4, 6, 8, 9, 12, 77, 15, 16, 18, 20, 21, 24, 27, 28, 30, 32, 33, 36, 39, 1000, 999, 40, 44, 48, 52, "
          "56, -5}");
    CHECK(in_place(BinaryOp::Sub) == "{3, 6, 9, 77, 15, 18, 21, 27, 30, 33, 39, 1000}");
    CHECK(in_place(BinaryOp::Xor) ==
          "{3, 4, 6, 8, 9, 77, 15, 16, 18, 20, 21, 27, 28, 30, 32, 33, 39, 1000, 999, 40, 44, 48, 52, 56}");

    auto updated = [&](const char* name, std::vector<Object*> args) {
        Ref<> s = set_from_iterable(&SetType, a.get());
        CHECK(outcome(method(s.get(), name, args)) == "None");
        return repr_of(s);
    };
    CHECK(updated("intersection_update", {range_new(0, 30, 1).get()}) == "{0, 3, 6, 9, 12, 15, 18, 21, 24, 27}");
    CHECK(updated("difference_update", {range_new(0, 30, 1).get(), int_list({1000}).get()}) ==
          "{77, 30, 33, 36, 39, -5}");
    CHECK(updated("symmetric_difference_update", {int_list({1, 2, 3, 3, -5}).get()}) ==
          "{0, 1, 2, 6, 9, 12, 77, 15, 18, 21, 24, 27, 30, 33, 36, 39, 1000}");
    auto d2 = dict_new();
    REQUIRE(dict_set(d2.get(), I(7).get(), I(0).get()) == 0);
    REQUIRE(dict_set(d2.get(), I(8).get(), I(1).get()) == 0);
    CHECK(updated("update", {d2.get()}) == "{0, 3, 6, 7, 8, 9, 12, 77, 15, 18, 21, 24, 27, 30, 33, 36, 39, 1000, -5}");

    // Operands must both be sets.
    CHECK(outcome(binary_op(set_of({1}).get(), int_list({1}).get(), BinaryOp::Or)) ==
          "!TypeError: unsupported operand type(s) for |: 'set' and 'list'");
}

TEST_CASE("set.pop scans from a finger", "[set]") {
    runtime_init();
    auto s = set_of_range(0, 10);
    std::string popped;
    for (int i = 0; i < 4; ++i) popped += repr_of(method(s.get(), "pop")) + " ";
    CHECK(popped == "0 1 2 3 ");
    CHECK(repr_of(s.get()) == "{4, 5, 6, 7, 8, 9}");
    auto t = set_of_range(0, 100);
    for (std::int64_t i = 0; i < 100; i += 2) REQUIRE(set_discard(t.get(), I(i).get()) == 1);
    REQUIRE(set_add(t.get(), I(1000).get()) == 0);
    CHECK(repr_of(t.get()) ==
          "{1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41, 43, 45, 47, 49, 51, 53, 55, "
          "57, 59, 61, 63, 65, 67, 69, 71, 73, 75, 77, 79, 81, 83, 85, 87, 89, 91, 93, 95, 97, 99, 1000}");
    CHECK(outcome(method(set_new().get(), "pop")) == "!KeyError: 'pop from an empty set'");
}

TEST_CASE("frozenset hash is CPython's", "[set]") {
    runtime_init();
    CHECK(hash(set_new(&FrozenSetType).get()) == 133146708735736);
    CHECK(hash(set_of({1, 2}, &FrozenSetType).get()) == -1826646154956904602);
    CHECK(hash(set_from_iterable(&FrozenSetType, range_new(0, 100, 1).get()).get()) == 4411996150312757951);
    CHECK(hash(set_of({-1, -2}, &FrozenSetType).get()) == 399283329322573);
    auto nested = set_new();
    REQUIRE(set_add(nested.get(), set_of({1}, &FrozenSetType).get()) == 0);
    REQUIRE(set_add(nested.get(), I(2).get()) == 0);
    CHECK(hash(set_from_iterable(&FrozenSetType, nested.get()).get()) == -1248503628839622056);
    // Dummies left by removals do not change the hash.
    auto y = set_of_range(0, 10);
    for (int i = 0; i < 5; ++i) REQUIRE(set_discard(y.get(), I(i).get()) == 1);
    CHECK(hash(set_from_iterable(&FrozenSetType, y.get()).get()) == -4060421913840123813);
    Ref<> diff = binary_op(set_from_iterable(&FrozenSetType, range_new(0, 10, 1).get()).get(),
                           set_from_iterable(&FrozenSetType, range_new(0, 5, 1).get()).get(), BinaryOp::Sub);
    CHECK(hash(diff.get()) == -4060421913840123813);

    CHECK(hash(set_new().get()) == -1);
    CHECK(error_text() == "TypeError: unhashable type: 'set'");
}

TEST_CASE("set comparisons are subset tests", "[set]") {
    runtime_init();
    auto cmp = [](Ref<Set> a, Ref<Set> b, CompareOp op) { return outcome(compare(a.get(), b.get(), op)); };
    CHECK(cmp(set_of({1, 2}), set_of({1, 2, 3}), CompareOp::Le) == "True");
    CHECK(cmp(set_of({1, 2}), set_of({1, 2}), CompareOp::Lt) == "False");
    CHECK(cmp(set_of({1, 2, 3}), set_of({1, 2}), CompareOp::Gt) == "True");
    CHECK(cmp(set_of({1, 2}), set_of({1, 2}, &FrozenSetType), CompareOp::Eq) == "True");
    CHECK(cmp(set_of({1}), set_of({1}), CompareOp::Ne) == "False");
    CHECK(cmp(set_of({1}), set_of({2}), CompareOp::Ge) == "False");
    CHECK(outcome(compare(set_of({1}).get(), int_list({1}).get(), CompareOp::Le)) ==
          "!TypeError: '<=' not supported between instances of 'set' and 'list'");
    CHECK(outcome(compare(set_of({1}).get(), I(1).get(), CompareOp::Lt)) ==
          "!TypeError: '<' not supported between instances of 'set' and 'int'");
    CHECK(outcome(compare(set_of({1}).get(), int_list({1}).get(), CompareOp::Eq)) == "False");

    auto s = set_of({1, 2});
    CHECK(outcome(method(s.get(), "issubset", {range_new(0, 5, 1).get()})) == "True");
    CHECK(outcome(method(s.get(), "issuperset", {int_list({1}).get()})) == "True");
    CHECK(outcome(method(s.get(), "isdisjoint", {int_list({3, 4}).get()})) == "True");
    CHECK(outcome(method(s.get(), "isdisjoint", {set_of({2}).get()})) == "False");
    CHECK(outcome(method(s.get(), "issubset", {I(1).get()})) == "!TypeError: 'int' object is not iterable");
    CHECK(outcome(method(s.get(), "isdisjoint")) ==
          "!TypeError: set.isdisjoint() takes exactly one argument (0 given)");
}

TEST_CASE("set repr, constructors and methods", "[set]") {
    runtime_init();
    CHECK(repr_of(set_new().get()) == "set()");
    CHECK(repr_of(set_new(&FrozenSetType).get()) == "frozenset()");
    CHECK(repr_of(set_of({1, 2}, &FrozenSetType).get()) == "frozenset({1, 2})");

    CHECK(outcome(call_kw(&SetType, {I(1).get(), I(2).get()})) == "!TypeError: set expected at most 1 argument, got 2");
    CHECK(outcome(call_kw(&SetType, {}, {{"x", I(1).get()}})) == "!TypeError: set() takes no keyword arguments");
    CHECK(outcome(call_kw(&FrozenSetType, {I(1).get(), I(2).get()})) ==
          "!TypeError: frozenset expected at most 1 argument, got 2");
    CHECK(outcome(call_kw(&FrozenSetType, {}, {{"x", I(1).get()}})) ==
          "!TypeError: frozenset() takes no keyword arguments");
    CHECK(outcome(call_kw(&SetType, {I(1).get()})) == "!TypeError: 'int' object is not iterable");
    CHECK(outcome(call_kw(&SetType, {range_new(0, 3, 1).get()})) == "{0, 1, 2}");

    // frozenset(f) is f; f.copy() is f; a fresh frozenset() is not shared.
    Ref<> f = set_of({1}, &FrozenSetType);
    CHECK(call_kw(&FrozenSetType, {f.get()}).get() == f.get());
    CHECK(method(f.get(), "copy").get() == f.get());
    CHECK(call_kw(&FrozenSetType, {}).get() != call_kw(&FrozenSetType, {}).get());

    auto s = set_of({1});
    CHECK(outcome(method(s.get(), "add")) == "!TypeError: set.add() takes exactly one argument (0 given)");
    CHECK(outcome(method(s.get(), "remove", {I(2).get()})) == "!KeyError: 2");
    CHECK(outcome(method(s.get(), "remove", {int_list({}).get()})) == "!TypeError: unhashable type: 'list'");
    CHECK(outcome(method(s.get(), "remove", {set_of({2}).get()})) == "!KeyError: {2}");
    CHECK(outcome(method(s.get(), "add", {int_list({}).get()})) == "!TypeError: unhashable type: 'list'");
    CHECK(outcome(method(s.get(), "update", {I(1).get()})) == "!TypeError: 'int' object is not iterable");
    CHECK(outcome(method(s.get(), "copy", {I(1).get()})) == "!TypeError: set.copy() takes no arguments (1 given)");
    CHECK(outcome(method(s.get(), "union", {}, {{"x", I(1).get()}})) ==
          "!TypeError: set.union() takes no keyword arguments");
    CHECK(outcome(method(f.get(), "issubset")) ==
          "!TypeError: frozenset.issubset() takes exactly one argument (0 given)");
    CHECK(outcome(method(s.get(), "discard", {I(5).get()})) == "None");

    // `x in s`: an unhashable set is looked up as a frozenset.
    auto outer = set_new();
    REQUIRE(set_add(outer.get(), set_of({1, 2}, &FrozenSetType).get()) == 0);
    CHECK(outcome(contains(outer.get(), set_of({2, 1}).get())) == "1");
    CHECK(outcome(contains(outer.get(), int_list({}).get())) == "!TypeError: unhashable type: 'list'");
    REQUIRE(method(outer.get(), "remove", {set_of({1, 2}).get()}));
    CHECK(repr_of(outer.get()) == "set()");

    CHECK(outcome(method(s.get(), "clear")) == "None");
    CHECK(repr_of(s.get()) == "set()");
    CHECK(length(set_of({1, 2, 2, 3}).get()) == 3);
}

TEST_CASE("set iteration detects size changes", "[set]") {
    runtime_init();
    auto s = set_of({1, 2, 3});
    Ref<> it = get_iter(s.get());
    CHECK(type_name(it.get()) == "set_iterator");
    CHECK(repr_of(iter_next(it.get())) == "1");
    REQUIRE(set_add(s.get(), I(4).get()) == 0);
    CHECK(outcome(iter_next(it.get())) == "!RuntimeError: Set changed size during iteration");
    CHECK(outcome(iter_next(it.get())) == "!RuntimeError: Set changed size during iteration");
    // Re-adding an existing key does not change the size.
    Ref<> it2 = get_iter(s.get());
    REQUIRE(set_add(s.get(), I(1).get()) == 0);
    CHECK(drain(it2.get()) == "[1, 2, 3, 4]");
}
