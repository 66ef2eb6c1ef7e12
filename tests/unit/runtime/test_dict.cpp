// dict: insertion order, deletion and re-insertion, growth, equal keys of
// different types, tracking, and CPython 3.11's layout (index widths, entry
// kinds, the shared empty table, copies).
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
    for (const char* k : {"zebra", "apple", "mango", "kiwi"}) REQUIRE(dict_set(d.get(), k, None) == 0);
    CHECK(keys_of(d.get()) == std::vector<std::string>{"'zebra'", "'apple'", "'mango'", "'kiwi'"});
}

TEST_CASE("dict: replacing a value keeps the key's place; re-inserting a deleted key appends it", "[dict]") {
    runtime_init();
    Ref<Dict> d = dict_new();
    for (int i = 0; i < 5; ++i) REQUIRE(dict_set(d.get(), int_from(i).get(), None) == 0);
    REQUIRE(dict_set(d.get(), int_from(1).get(), True) == 0);
    CHECK(keys_of(d.get()) == std::vector<std::string>{"0", "1", "2", "3", "4"});
    CHECK(dict_del(d.get(), int_from(1).get()) == 1);
    CHECK(dict_del(d.get(), int_from(1).get()) == 0);
    REQUIRE(dict_set(d.get(), int_from(1).get(), None) == 0);
    CHECK(keys_of(d.get()) == std::vector<std::string>{"0", "2", "3", "4", "1"});
    CHECK(d->used == 5);
}

TEST_CASE("dict: growing through many insertions and deletions keeps every entry", "[dict]") {
    runtime_init();
    Ref<Dict> d = dict_new();
    for (int i = 0; i < 10000; ++i) REQUIRE(dict_set(d.get(), int_from(i).get(), int_from(i * 2).get()) == 0);
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
    REQUIRE(dict_set(d.get(), int_from(1).get(), str_from("int").get()) == 0);
    REQUIRE(dict_set(d.get(), float_from(1.0).get(), str_from("float").get()) == 0);
    REQUIRE(dict_set(d.get(), True, str_from("bool").get()) == 0);
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
    REQUIRE(dict_set(d.get(), "a", int_from(1).get()) == 0);
    REQUIRE(dict_set(d.get(), "b", str_from("text").get()) == 0);
    CHECK(!gc_is_tracked(d.get()));
    Ref<List> list = list_new();
    REQUIRE(dict_set(d.get(), "c", list.get()) == 0);
    CHECK(gc_is_tracked(d.get()));
}

TEST_CASE("dict: clear releases every value", "[dict]") {
    runtime_init();
    Ref<List> value = list_new();
    const auto before = value->refcount;
    Ref<Dict> d = dict_new();
    for (int i = 0; i < 3; ++i) REQUIRE(dict_set(d.get(), int_from(i).get(), value.get()) == 0);
    CHECK(value->refcount == before + 3);
    dict_clear(d.get());
    CHECK(value->refcount == before);
    CHECK(d->used == 0);
}

// ---- CPython 3.11's layout: the keys block, its index widths and entry kinds

namespace {

// Inserts int keys 0, 1, 2, ... until the table has `slots` slots.
void grow_to(Dict* d, std::int64_t slots) {
    for (std::int64_t i = d->used; dict_table_size(d) < slots; ++i) REQUIRE(dict_set(d, int_from(i).get(), None) == 0);
}

}  // namespace

TEST_CASE("dict layout: an empty dict shares the empty table and counts 48 bytes", "[dict][layout]") {
    runtime_init();
    Ref<Dict> d = dict_new();
    CHECK(sizeof(Dict) == 48);
    CHECK(d->keys == dict_empty_keys);
    CHECK(dict_table_size(d.get()) == 1);
    CHECK(dict_sizeof(d.get()) == 48);
    REQUIRE(dict_set(d.get(), "a", None) == 0);
    CHECK(d->keys != dict_empty_keys);
    CHECK(dict_table_size(d.get()) == 8);
    // 48 + the 32-byte header, 8 one-byte indices and 5 16-byte entries.
    CHECK(dict_sizeof(d.get()) == 48 + 32 + 8 + 5 * 16);
    dict_clear(d.get());
    CHECK(d->keys == dict_empty_keys);
    CHECK(dict_sizeof(d.get()) == 48);
}

TEST_CASE("dict layout: indices are 1 byte up to 128 slots, 2 from 256", "[dict][layout]") {
    runtime_init();
    Ref<Dict> d = dict_new();
    grow_to(d.get(), 128);
    CHECK(dict_table_size(d.get()) == 128);
    CHECK(dict_index_bytes(d.get()) == 1);
    CHECK(dict_sizeof(d.get()) == 48 + 32 + 128 * 1 + 85 * 24);
    grow_to(d.get(), 256);
    CHECK(dict_table_size(d.get()) == 256);
    CHECK(dict_index_bytes(d.get()) == 2);
    CHECK(dict_sizeof(d.get()) == 48 + 32 + 256 * 2 + 170 * 24);
    // Entry positions past 127 are stored and found again.
    for (std::int64_t i = 0; i < d->used; ++i) {
        Object* v = dict_get(d.get(), int_from(i).get());
        REQUIRE(v == None);
    }
}

TEST_CASE("dict layout: indices are 2 bytes up to 2**15 slots, 4 from 2**16", "[dict][layout]") {
    runtime_init();
    Ref<Dict> d = dict_new();
    grow_to(d.get(), std::int64_t{1} << 15);
    CHECK(dict_index_bytes(d.get()) == 2);
    grow_to(d.get(), std::int64_t{1} << 16);
    CHECK(dict_table_size(d.get()) == std::int64_t{1} << 16);
    CHECK(dict_index_bytes(d.get()) == 4);
    CHECK(dict_sizeof(d.get()) == 48 + 32 + (std::size_t{1} << 16) * 4 + 43690 * 24);
    // Entry positions past 32767 (negative as int16) are stored and found.
    for (std::int64_t i = d->used; i < 40000; ++i) REQUIRE(dict_set(d.get(), int_from(i).get(), None) == 0);
    CHECK(dict_table_size(d.get()) == std::int64_t{1} << 16);
    const std::int64_t used = d->used;
    for (std::int64_t i = used - 10; i < used; ++i) CHECK(dict_get(d.get(), int_from(i).get()) == None);
    CHECK(dict_del(d.get(), int_from(used - 1).get()) == 1);
    CHECK(!dict_get(d.get(), int_from(used - 1).get()));
    CHECK(!error_pending());
}

TEST_CASE("dict layout: str keys have 16-byte entries until a key that is not an exact str", "[dict][layout]") {
    runtime_init();
    Ref<Dict> d = dict_new();
    for (const char* k : {"a", "b", "c"}) REQUIRE(dict_set(d.get(), k, None) == 0);
    CHECK(dict_entry_bytes(d.get()) == 16);
    CHECK(!dict_has_general_keys(d.get()));
    CHECK(dict_set(d.get(), int_from(7).get(), True) == 0);
    CHECK(dict_entry_bytes(d.get()) == 24);
    CHECK(dict_has_general_keys(d.get()));
    // The switch resizes for three times the live entries (3 * 3 = 9: 16 slots).
    CHECK(dict_table_size(d.get()) == 16);
    CHECK(keys_of(d.get()) == std::vector<std::string>{"'a'", "'b'", "'c'", "7"});
    CHECK(dict_get(d.get(), "b") == None);
    CHECK(dict_get(d.get(), int_from(7).get()) == True);
    // Deleting the int key keeps the general entries until the dict is cleared.
    CHECK(dict_del(d.get(), int_from(7).get()) == 1);
    CHECK(dict_has_general_keys(d.get()));
    dict_clear(d.get());
    REQUIRE(dict_set(d.get(), "a", None) == 0);
    CHECK(!dict_has_general_keys(d.get()));
}

TEST_CASE("dict layout: the first key of an empty dict chooses the entry kind", "[dict][layout]") {
    runtime_init();
    Ref<Dict> d = dict_new();
    REQUIRE(dict_set(d.get(), int_from(1).get(), None) == 0);
    CHECK(dict_entry_bytes(d.get()) == 24);
    CHECK(dict_table_size(d.get()) == 8);
    CHECK(dict_sizeof(d.get()) == 48 + 32 + 8 + 5 * 24);
    REQUIRE(dict_set(d.get(), "a", None) == 0);
    CHECK(dict_entry_bytes(d.get()) == 24);
}

TEST_CASE("dict layout: a deleted entry keeps its slot until the table is rebuilt", "[dict][layout]") {
    runtime_init();
    Ref<Dict> d = dict_new();
    for (int i = 0; i < 5; ++i) REQUIRE(dict_set(d.get(), int_from(i).get(), None) == 0);
    const std::size_t full = dict_sizeof(d.get());
    for (int i = 0; i < 4; ++i) REQUIRE(dict_del(d.get(), int_from(i).get()) == 1);
    CHECK(d->used == 1);
    CHECK(dict_sizeof(d.get()) == full);
    // No room is left in the 8-slot table: the next key rebuilds it for
    // 3 * 1 live entries (CPython's calculate_log2_keysize gives 16 slots).
    REQUIRE(dict_set(d.get(), int_from(10).get(), None) == 0);
    CHECK(dict_table_size(d.get()) == 16);
    CHECK(keys_of(d.get()) == std::vector<std::string>{"4", "10"});
}

TEST_CASE("dict layout: copy clones a compact table, holes and kind included", "[dict][layout]") {
    runtime_init();
    Ref<Dict> d = dict_new();
    for (int i = 0; i < 9; ++i) REQUIRE(dict_set(d.get(), int_from(i).get(), int_from(i + 1000).get()) == 0);
    REQUIRE(dict_del(d.get(), int_from(0).get()) == 1);
    Ref<Dict> copy = dict_copy(d.get());
    CHECK(dict_sizeof(copy.get()) == dict_sizeof(d.get()));
    CHECK(keys_of(copy.get()) == keys_of(d.get()));
    // Each live key and value gained one reference from the copy.
    Object* value = dict_get(d.get(), int_from(8).get());
    REQUIRE(value);
    const auto before = value->refcount;
    Ref<Dict> second = dict_copy(d.get());
    CHECK(value->refcount == before + 1);
    second.reset();
    CHECK(value->refcount == before);
}
