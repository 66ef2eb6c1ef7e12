// The builtin iterators: sequence iterators, enumerate, zip, map, filter,
// reversed and iter(callable, sentinel). Expected values and messages come
// from CPython 3.11.7.
#include "container_test_util.hpp"

#include "runtime/objects/builtin_function.hpp"
#include "runtime/objects/iterators.hpp"
#include "runtime/objects/range.hpp"
#include "runtime/objects/set.hpp"
#include "runtime/objects/singletons.hpp"

#include <limits>

using namespace minipy;
using namespace minipy::test;

namespace {

Ref<> add_two(Object*, const Args& args) { return binary_op(args[0], args[1], BinaryOp::Add); }
const MethodDef kAddTwo{"add_two", add_two};

Ref<> is_odd(Object*, const Args& args) { return binary_op(args[0], I(2).get(), BinaryOp::Mod); }
const MethodDef kIsOdd{"is_odd", is_odd};

// Returns 1, 2, 3, ... on successive calls.
std::int64_t counter = 0;
Ref<> count_up(Object*, const Args&) { return int_from(++counter); }
const MethodDef kCountUp{"count_up", count_up};

Ref<> stop_at_three(Object*, const Args&) {
    if (++counter > 3) return raise(exc::StopIteration, "");
    return int_from(counter);
}
const MethodDef kStopAtThree{"stop_at_three", stop_at_three};

Ref<> chars(const char* text) { return str_from(text); }

Object* type_of(const Ref<>& o) { return o->type; }

std::string list_text(Ref<> iterable) {
    if (!iterable) return error_outcome();
    return outcome(Ref<>(list_from_iterable(iterable.get())));
}

}  // namespace

TEST_CASE("sequence iterators", "[iterators]") {
    runtime_init();
    // The generic iterator indexes 0, 1, 2, ... until IndexError.
    Ref<> it = seq_iter_new(chars("abc").get());
    CHECK(type_name(it.get()) == "iterator");
    CHECK(get_iter(it.get()).get() == it.get());
    CHECK(length_hint(it.get(), -1) == 3);
    CHECK(drain(it.get()) == "['a', 'b', 'c']");
    CHECK(cast<SeqIter>(it.get())->seq == nullptr);
    // Lists and tuples get their own iterator types.
    CHECK(type_name(seq_iter_new(int_list({1}).get()).get()) == "list_iterator");

    Ref<> t = tuple_from({I(1).get(), S("a").get()});
    Ref<> tit = get_iter(t.get());
    CHECK(type_name(tit.get()) == "tuple_iterator");
    CHECK(length_hint(tit.get(), -1) == 2);
    CHECK(drain(tit.get()) == "[1, 'a']");
    CHECK(length_hint(tit.get(), -1) == 0);
}

TEST_CASE("iterator types cannot be instantiated", "[iterators]") {
    runtime_init();
    CHECK(outcome(call_kw(type_of(get_iter(set_new().get())), {})) ==
          "!TypeError: cannot create 'set_iterator' instances");
    CHECK(outcome(call_kw(&ListIterType, {})) == "!TypeError: cannot create 'list_iterator' instances");
    CHECK(outcome(call_kw(&RangeIterType, {})) == "!TypeError: cannot create 'range_iterator' instances");
    CHECK(outcome(call_kw(&CallableIterType, {})) == "!TypeError: cannot create 'callable_iterator' instances");
}

TEST_CASE("enumerate", "[iterators]") {
    runtime_init();
    CHECK(list_text(call_kw(&EnumerateType, {chars("abc").get()}, {{"start", I(-1).get()}})) ==
          "[(-1, 'a'), (0, 'b'), (1, 'c')]");
    CHECK(list_text(call_kw(&EnumerateType, {int_list({1, 2}).get(), I(std::numeric_limits<std::int64_t>::max()).get()})) ==
          "[(9223372036854775807, 1), (9223372036854775808, 2)]");
    CHECK(list_text(call_kw(&EnumerateType, {int_list({1}).get()}, {{"start", True}})) == "[(1, 1)]");
    CHECK(list_text(call_kw(&EnumerateType, {}, {{"iterable", int_list({1}).get()}, {"start", I(5).get()}})) ==
          "[(5, 1)]");
    CHECK(list_text(call_kw(&EnumerateType, {}, {{"start", I(5).get()}, {"iterable", int_list({1}).get()}})) ==
          "[(5, 1)]");

    CHECK(list_text(call_kw(&EnumerateType, {})) == "!TypeError: enumerate() missing required argument 'iterable'");
    CHECK(list_text(call_kw(&EnumerateType, {I(1).get()})) == "!TypeError: 'int' object is not iterable");
    CHECK(list_text(call_kw(&EnumerateType, {int_list({}).get(), S("a").get()})) ==
          "!TypeError: 'str' object cannot be interpreted as an integer");
    CHECK(list_text(call_kw(&EnumerateType, {int_list({}).get()}, {{"x", I(1).get()}})) ==
          "!TypeError: 'x' is an invalid keyword argument for enumerate()");
    CHECK(list_text(call_kw(&EnumerateType, {}, {{"start", I(1).get()}})) ==
          "!TypeError: 'start' is an invalid keyword argument for enumerate()");
    CHECK(list_text(call_kw(&EnumerateType, {int_list({}).get(), I(1).get(), I(2).get()})) ==
          "!TypeError: enumerate() takes at most 2 arguments (3 given)");
    CHECK(list_text(call_kw(&EnumerateType, {int_list({}).get()}, {{"start", I(1).get()}, {"x", I(2).get()}})) ==
          "!TypeError: enumerate() takes at most 2 arguments (3 given)");
}

TEST_CASE("zip, with strict", "[iterators]") {
    runtime_init();
    CHECK(list_text(call_kw(&ZipType, {int_list({1, 2, 3}).get(), chars("ab").get()})) == "[(1, 'a'), (2, 'b')]");
    CHECK(list_text(call_kw(&ZipType, {})) == "[]");
    CHECK(list_text(call_kw(&ZipType, {int_list({1, 2}).get(), int_list({3, 4}).get()}, {{"strict", True}})) ==
          "[(1, 3), (2, 4)]");

    CHECK(list_text(call_kw(&ZipType, {int_list({}).get(), I(1).get()})) == "!TypeError: 'int' object is not iterable");
    CHECK(list_text(call_kw(&ZipType, {}, {{"x", I(1).get()}})) ==
          "!TypeError: 'x' is an invalid keyword argument for zip()");
    CHECK(list_text(call_kw(&ZipType, {int_list({}).get()}, {{"strict", True}, {"x", I(1).get()}})) ==
          "!TypeError: zip() takes at most 1 keyword argument (2 given)");

    auto strict = [](std::vector<Object*> args) { return list_text(call_kw(&ZipType, args, {{"strict", True}})); };
    CHECK(strict({int_list({1}).get(), int_list({1, 2}).get()}) ==
          "!ValueError: zip() argument 2 is longer than argument 1");
    CHECK(strict({int_list({1, 2}).get(), int_list({1}).get()}) ==
          "!ValueError: zip() argument 2 is shorter than argument 1");
    CHECK(strict({int_list({1, 2}).get(), int_list({1, 2}).get(), int_list({1}).get()}) ==
          "!ValueError: zip() argument 3 is shorter than arguments 1-2");
    CHECK(strict({int_list({1}).get(), int_list({1}).get(), int_list({1, 2}).get()}) ==
          "!ValueError: zip() argument 3 is longer than arguments 1-2");
}

TEST_CASE("map and filter", "[iterators]") {
    runtime_init();
    Ref<> add = builtin_function_new(&kAddTwo, nullptr);
    Ref<> odd = builtin_function_new(&kIsOdd, nullptr);
    CHECK(list_text(call_kw(&MapType, {add.get(), int_list({1, 2}).get(), int_list({10, 20, 30}).get()})) ==
          "[11, 22]");
    CHECK(list_text(call_kw(&MapType, {})) == "!TypeError: map() must have at least two arguments.");
    CHECK(list_text(call_kw(&MapType, {add.get()})) == "!TypeError: map() must have at least two arguments.");
    CHECK(list_text(call_kw(&MapType, {add.get(), int_list({}).get()}, {{"x", I(1).get()}})) ==
          "!TypeError: map() takes no keyword arguments");
    CHECK(list_text(call_kw(&MapType, {add.get(), I(5).get()})) == "!TypeError: 'int' object is not iterable");

    auto mixed = int_list({0, 1});
    REQUIRE(list_append(mixed.get(), S("").get()));
    REQUIRE(list_append(mixed.get(), list_new(0).get()));
    REQUIRE(list_append(mixed.get(), I(2).get()));
    CHECK(list_text(call_kw(&FilterType, {None, mixed.get()})) == "[1, 2]");
    CHECK(list_text(call_kw(&FilterType, {&BoolType, int_list({0, 1, 2}).get()})) == "[1, 2]");
    CHECK(list_text(call_kw(&FilterType, {odd.get(), range_new(0, 10, 1).get()})) == "[1, 3, 5, 7, 9]");
    CHECK(list_text(call_kw(&FilterType, {})) == "!TypeError: filter expected 2 arguments, got 0");
    CHECK(list_text(call_kw(&FilterType, {None})) == "!TypeError: filter expected 2 arguments, got 1");
    CHECK(list_text(call_kw(&FilterType, {None, int_list({}).get()}, {{"x", I(1).get()}})) ==
          "!TypeError: filter() takes no keyword arguments");
    CHECK(list_text(call_kw(&FilterType, {None, I(5).get()})) == "!TypeError: 'int' object is not iterable");
}

TEST_CASE("reversed", "[iterators]") {
    runtime_init();
    Ref<> on_str = call_kw(&ReversedType, {chars("abc").get()});
    CHECK(type_name(on_str.get()) == "reversed");
    CHECK(length_hint(on_str.get(), -1) == 3);
    CHECK(list_text(on_str) == "['c', 'b', 'a']");
    CHECK(list_text(call_kw(&ReversedType, {tuple_from({I(1).get(), I(2).get(), I(3).get()}).get()})) == "[3, 2, 1]");
    Ref<> on_list = call_kw(&ReversedType, {int_list({1, 2}).get()});
    CHECK(type_name(on_list.get()) == "list_reverseiterator");
    CHECK(list_text(on_list) == "[2, 1]");
    Ref<> on_range = call_kw(&ReversedType, {range_new(0, 3, 1).get()});
    CHECK(type_name(on_range.get()) == "range_iterator");
    CHECK(list_text(on_range) == "[2, 1, 0]");

    CHECK(list_text(call_kw(&ReversedType, {I(5).get()})) == "!TypeError: 'int' object is not reversible");
    CHECK(list_text(call_kw(&ReversedType, {set_new().get()})) == "!TypeError: 'set' object is not reversible");
    CHECK(list_text(call_kw(&ReversedType, {})) == "!TypeError: reversed expected 1 argument, got 0");
    CHECK(list_text(call_kw(&ReversedType, {int_list({}).get(), int_list({}).get()})) ==
          "!TypeError: reversed expected 1 argument, got 2");
    CHECK(list_text(call_kw(&ReversedType, {}, {{"x", int_list({}).get()}})) ==
          "!TypeError: reversed() takes no keyword arguments");
}

TEST_CASE("iter(callable, sentinel)", "[iterators]") {
    runtime_init();
    Ref<> count = builtin_function_new(&kCountUp, nullptr);
    counter = 0;
    Ref<> it = callable_iter_new(count.get(), I(4).get());
    CHECK(type_name(it.get()) == "callable_iterator");
    CHECK(drain(it.get()) == "[1, 2, 3]");
    CHECK(drain(it.get()) == "[]");  // stays exhausted
    CHECK(counter == 4);

    Ref<> stopper = builtin_function_new(&kStopAtThree, nullptr);
    counter = 0;
    Ref<> it2 = callable_iter_new(stopper.get(), None);
    CHECK(drain(it2.get()) == "[1, 2, 3]");

    CHECK(outcome(callable_iter_new(I(5).get(), I(6).get())) == "!TypeError: iter(v, w): v must be callable");
}
