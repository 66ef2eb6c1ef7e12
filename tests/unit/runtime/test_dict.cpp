// dict: insertion order, deletion and re-insertion, growth, equal keys of
// different types, lookups whose __eq__ mutates the dict, and tracking.
#include <catch2/catch.hpp>

#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/runtime.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/text/str.hpp"

#include <string>
#include <vector>

using namespace minipy;

namespace {

std::vector<std::string> keys_of(Dict* d) {
    std::vector<std::string> keys;
    Object* key;
    Object* value;
    for (std::int64_t pos = 0; dict_next(d, pos, &key, &value);) {
        std::string text;
        REQUIRE(repr_text(key, text));
        keys.push_back(text);
    }
    return keys;
}

}  // namespace

TEST_CASE("dict: iteration follows insertion order", "[dict]") {
    runtime_init();
    Ref<Dict> d = dict_new();
    for (const char* k : {"zebra", "apple", "mango", "kiwi"}) dict_set(d.get(), k, None);
    CHECK(keys_of(d.get()) == std::vector<std::string>{"'zebra'", "'apple'", "'mango'", "'kiwi'"});
}

TEST_CASE("dict: replacing a value keeps the key's place; re-inserting a deleted key appends it", "[dict]") {
    runtime_init();
    Ref<Dict> d = dict_new();
    for (int i = 0; i < 5; ++i) dict_set(d.get(), int_from(i).get(), None);
    dict_set(d.get(), int_from(1).get(), True);
    CHECK(keys_of(d.get()) == std::vector<std::string>{"0", "1", "2", "3", "4"});
    CHECK(dict_del(d.get(), int_from(1).get()) == 1);
    CHECK(dict_del(d.get(), int_from(1).get()) == 0);
    dict_set(d.get(), int_from(1).get(), None);
    CHECK(keys_of(d.get()) == std::vector<std::string>{"0", "2", "3", "4", "1"});
    CHECK(d->used == 5);
}

TEST_CASE("dict: growing through many insertions and deletions keeps every entry", "[dict]") {
    runtime_init();
    Ref<Dict> d = dict_new();
    for (int i = 0; i < 10000; ++i) dict_set(d.get(), int_from(i).get(), int_from(i * 2).get());
    for (int i = 0; i < 10000; i += 2) CHECK(dict_del(d.get(), int_from(i).get()) == 1);
    CHECK(d->used == 5000);
    for (int i = 1; i < 10000; i += 2) {
        Object* v = dict_get(d.get(), int_from(i).get());
        REQUIRE(v);
        CHECK(equals(v, int_from(i * 2).get()) == 1);
    }
    CHECK(!dict_get(d.get(), int_from(0).get()));
    CHECK(!error_pending());
}

TEST_CASE("dict: 1, 1.0 and True are the same key", "[dict]") {
    runtime_init();
    Ref<Dict> d = dict_new();
    dict_set(d.get(), int_from(1).get(), str_from("int").get());
    dict_set(d.get(), float_from(1.0).get(), str_from("float").get());
    dict_set(d.get(), True, str_from("bool").get());
    CHECK(d->used == 1);
    std::string text;
    REQUIRE(repr_text(d.get(), text));
    CHECK(text == "{1: 'bool'}");
}

TEST_CASE("dict: an unhashable key is a TypeError", "[dict]") {
    runtime_init();
    Ref<Dict> d = dict_new();
    Ref<List> key = list_new();
    CHECK(dict_set(d.get(), key.get(), None) == -1);
    Ref<> error = take_error();
    std::string text;
    REQUIRE(str_text(error.get(), text));
    CHECK(text == "unhashable type: 'list'");
}

TEST_CASE("dict: untracked until it may hold a container, as CPython", "[dict][gc]") {
    runtime_init();
    Ref<Dict> d = dict_new();
    dict_set(d.get(), "a", int_from(1).get());
    dict_set(d.get(), "b", str_from("text").get());
    CHECK(!gc_is_tracked(d.get()));
    Ref<List> list = list_new();
    dict_set(d.get(), "c", list.get());
    CHECK(gc_is_tracked(d.get()));
}

TEST_CASE("dict: clear releases every value", "[dict]") {
    runtime_init();
    Ref<List> value = list_new();
    const auto before = value->refcount;
    Ref<Dict> d = dict_new();
    for (int i = 0; i < 3; ++i) dict_set(d.get(), int_from(i).get(), value.get());
    CHECK(value->refcount == before + 3);
    dict_clear(d.get());
    CHECK(value->refcount == before);
    CHECK(d->used == 0);
}
