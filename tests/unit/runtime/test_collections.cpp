// The _collections module (runtime/modules/deque.cpp, defaultdict.cpp,
// collections.cpp): deque's block layout and sizes, the references it holds,
// its mutation checks; defaultdict's __missing__; _tuplegetter and
// _count_elements. The golden tests (tests/golden/mod_collections_*) check
// the module from Python against CPython.
#include "modules_test_util.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/objects/int.hpp"

namespace minipy::test {
namespace {

// Every case calls this first: ctest runs each case in a process of its
// own, and the runtime must exist before the case makes its first object.
Module* collections_module() {
    static Module* m = [] {
        runtime_init();
        return make_collections_module().release();
    }();
    return m;
}

Ref<> new_deque(std::vector<Object*> positional = {}, std::vector<Kw> keywords = {}) {
    return call_attr(collections_module(), "deque", std::move(positional), std::move(keywords));
}

std::int64_t size_of(Object* o) {
    Ref<> size = call_method(o, "__sizeof__", {});
    REQUIRE(size);
    return *int_to_i64(cast<Int>(size.get()));
}

}  // namespace

TEST_CASE("_collections.deque: blocks of 64 items, sized as CPython's", "[collections]") {
    Ref<> d = new_deque();
    REQUIRE(d);
    // 216 bytes of deque and one 528-byte block, whatever the deque holds
    // until an append at the right needs a second block: an empty deque's
    // block is centred, so 33 appends at the right fill its right half.
    CHECK(size_of(d.get()) == 744);
    for (int i = 0; i < 32; ++i) REQUIRE(call_method(d.get(), "append", {I(i).get()}));
    CHECK(size_of(d.get()) == 744);
    REQUIRE(call_method(d.get(), "append", {I(32).get()}));
    CHECK(size_of(d.get()) == 1272);
    REQUIRE(call_method(d.get(), "clear", {}));
    CHECK(size_of(d.get()) == 744);
    CHECK(length(d.get()) == 0);
}

TEST_CASE("_collections.deque: holds one reference per slot, gives them back", "[collections]") {
    collections_module();
    Ref<> item = str_from("payload");
    const auto before = item->refcount;
    {
        Ref<> d = new_deque();
        for (int i = 0; i < 100; ++i) REQUIRE(call_method(d.get(), "appendleft", {item.get()}));
        CHECK(item->refcount == before + 100);
        Ref<> popped = call_method(d.get(), "pop", {});
        CHECK(popped.get() == item.get());
        CHECK(item->refcount == before + 100);  // 99 in the deque, one in `popped`
        REQUIRE(call_method(d.get(), "rotate", {I(37).get()}));
        CHECK(item->refcount == before + 100);
    }
    CHECK(item->refcount == before);
}

TEST_CASE("_collections.deque: maxlen drops items from the far end", "[collections]") {
    collections_module();
    Ref<> d = new_deque({int_list({1, 2, 3, 4}).get(), I(2).get()});
    REQUIRE(d);
    CHECK(outcome(d) == "deque([3, 4], maxlen=2)");
    REQUIRE(call_method(d.get(), "appendleft", {I(0).get()}));
    CHECK(outcome(d) == "deque([0, 3], maxlen=2)");
    CHECK(outcome(call_method(d.get(), "insert", {I(0).get(), I(9).get()})) ==
          "!IndexError: deque already at its maximum size");
    CHECK(outcome(new_deque({}, {{"maxlen", I(-1).get()}})) == "!ValueError: maxlen must be non-negative");
}

TEST_CASE("_collections.deque: iterators notice a changed deque", "[collections]") {
    collections_module();
    Ref<> d = new_deque({int_list({1, 2, 3}).get()});
    Ref<> it = get_iter(d.get());
    REQUIRE(it);
    CHECK(outcome(iter_next(it.get())) == "1");
    REQUIRE(call_method(d.get(), "append", {I(4).get()}));
    CHECK_FALSE(iter_next(it.get()));
    CHECK(error_text() == "RuntimeError: deque mutated during iteration");
    CHECK(outcome(call_method(d.get(), "popleft", {})) == "1");
    Ref<> empty = new_deque();
    CHECK(outcome(call_method(empty.get(), "pop", {})) == "!IndexError: pop from an empty deque");
}

TEST_CASE("_collections.defaultdict: __missing__ stores the factory's value", "[collections]") {
    collections_module();
    Ref<> dd = call_attr(collections_module(), "defaultdict", {&ListType});
    REQUIRE(dd);
    Ref<> key = str_from("k");
    Ref<> value = getitem(dd.get(), key.get());
    CHECK(outcome(value) == "[]");
    CHECK(length(dd.get()) == 1);
    CHECK(outcome(dd) == "defaultdict(<class 'list'>, {'k': []})");
    Ref<> plain = call_attr(collections_module(), "defaultdict", {});
    Ref<> missing = str_from("missing");
    CHECK(outcome(getitem(plain.get(), missing.get())) == "!KeyError: 'missing'");
    CHECK(outcome(call_attr(collections_module(), "defaultdict", {I(1).get()})) ==
          "!TypeError: first argument must be callable or None");
}

TEST_CASE("_collections: _tuplegetter reads one item; _count_elements counts", "[collections]") {
    collections_module();
    Ref<> doc = str_from("Alias for field number 1");
    Ref<> getter = call_attr(collections_module(), "_tuplegetter", {I(1).get(), doc.get()});
    REQUIRE(getter);
    CHECK(outcome(getter) == "_tuplegetter(1, 'Alias for field number 1')");
    Ref<Tuple> pair = tuple_from({I(10).get(), I(20).get()});
    CHECK(outcome(getter->type->descr_get(getter.get(), pair.get(), &TupleType)) == "20");
    Ref<Tuple> one = tuple_from({I(10).get()});
    CHECK(outcome(getter->type->descr_get(getter.get(), one.get(), &TupleType)) ==
          "!IndexError: tuple index out of range");

    Ref<Dict> counts = dict_new();
    Ref<> word = str_from("abca");
    REQUIRE(call_attr(collections_module(), "_count_elements", {counts.get(), word.get()}));
    CHECK(outcome(counts) == "{'a': 2, 'b': 1, 'c': 1}");
}

}  // namespace minipy::test
