// Split tables (CPython 3.11's DICT_KEYS_SPLIT, Objects/dictobject.c): the
// keys a class shares among its instances, the values arrays that hold each
// instance's (or dict's) values for them, and the conversions between split
// and combined tables. dict.hpp describes the scheme; dict.cpp the table.
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/dict_detail.hpp"
#include "runtime/text/str.hpp"

#include <cstring>

namespace minipy {

using namespace dict_detail;

namespace {

// ------------------------------------------------------------- values arrays
//
// A split table's values array (CPython's PyDictValues), one heap block:
//
//     [order: capacity bytes][padding][count][capacity][prefix size] | values[capacity]
//
// `order` lists the entries this dict (or instance) has values for, in the
// order they were stored; the three bytes before the values say how many
// there are, how many values the array holds and where the block starts.
// CPython's prefix has no capacity byte (its free needs no size), so this
// one is up to 8 bytes longer for some capacities.

std::uint8_t* values_prefix_end(Object* const* values) {
    return reinterpret_cast<std::uint8_t*>(const_cast<Object**>(values));
}
std::int64_t values_capacity(Object* const* values) { return values_prefix_end(values)[-2]; }
std::uint8_t& values_count(Object* const* values) { return values_prefix_end(values)[-3]; }
std::uint8_t* values_order(Object* const* values) {
    return values_prefix_end(values) - values_prefix_end(values)[-1];
}
std::size_t values_prefix_bytes(std::int64_t capacity) {
    return (static_cast<std::size_t>(capacity) + 3 + 7) & ~std::size_t{7};
}
std::size_t values_block_bytes(std::int64_t capacity) {
    return values_prefix_bytes(capacity) + static_cast<std::size_t>(capacity) * sizeof(Object*);
}

// All values null, none in the order. Null with MemoryError raised.
Object** values_new(std::int64_t capacity) {
    const std::size_t prefix = values_prefix_bytes(capacity);
    auto* block = static_cast<std::uint8_t*>(heap_alloc_or_reserve(values_block_bytes(capacity)));
    if (!block) return raise_memory_error();
    std::memset(block, 0, values_block_bytes(capacity));
    block[prefix - 1] = static_cast<std::uint8_t>(prefix);
    block[prefix - 2] = static_cast<std::uint8_t>(capacity);
    return reinterpret_cast<Object**>(block + prefix);
}

void values_free(Object** values) { heap_free(values_order(values), values_block_bytes(values_capacity(values))); }

}  // namespace

namespace dict_detail {

// dictresize of a split table: a combined table of the dict's own, its
// entries in the dict's insertion order; the values move, the keys gain a
// reference, and the shared keys lose this owner.
bool unsplit(Dict* d, std::uint8_t log2_size, bool unicode) {
    DictKeys* shared = d->keys;
    Object** values = d->values;
    DictKeys* k = new_keys(log2_size, unicode);
    if (!k) return false;
    const std::int64_t n = d->used;
    for (std::int64_t i = 0; i < n; ++i) {
        const std::int64_t ix = dict_values_order(values, i);
        Object* key = dict_unicode_entries(shared)[ix].key;
        incref(key);
        write_entry(k, i, key, cached_str_hash(key), values[ix]);
        values[ix] = nullptr;
    }
    build_indices(k, n);
    k->usable -= n;
    k->nentries = n;
    d->keys = k;
    d->values = nullptr;
    dict_values_release(values);  // empty now
    dict_keys_release(shared);
    return true;
}

// PyDict_Copy of a split table: another split dict over the same keys, with
// a values array for the keys' entries and room now.
Ref<Dict> copy_split(Dict* d) {
    DictKeys* k = d->keys;
    Object** values = values_new(k->nentries + k->usable);
    if (!values) return nullptr;
    const std::int64_t n = values_count(d->values);
    for (std::int64_t i = 0; i < n; ++i) {
        const std::int64_t ix = dict_values_order(d->values, i);
        values[ix] = d->values[ix];
        incref(values[ix]);
        values_order(values)[i] = static_cast<std::uint8_t>(ix);
    }
    values_count(values) = static_cast<std::uint8_t>(n);
    Ref<Dict> copy = dict_new();
    ++k->refcount;
    copy->keys = k;
    copy->values = values;
    copy->used = d->used;
    touch(copy.get());
    track_like(copy.get(), d);
    return copy;
}

}  // namespace dict_detail

// ------------------------------------------------------------- split tables

// SHARED_KEYS_MAX_SIZE and NEXT_LOG2_SHARED_KEYS_MAX_SIZE.
constexpr std::int64_t kSharedKeysMaxSize = 30;
constexpr std::uint8_t kLog2SharedKeysSize = 6;

DictKeys* dict_new_shared_keys() {
    DictKeys* k = new_keys(kLog2SharedKeysSize, true);
    if (!k) return nullptr;
    k->kind = kDictKeysSplit;
    k->usable = kSharedKeysMaxSize;
    return k;
}

void dict_keys_release(DictKeys* k) {
    if (k != dict_empty_keys && --k->refcount == 0) release_keys(k);
}

std::size_t dict_keys_sizeof(const DictKeys* k) { return keys_size(k); }

std::int64_t dict_shared_keys_find(const DictKeys* k, Str* name) { return find_unicode_entry(k, name, str_hash(name)); }

// insert_into_dictkeys: a new key goes at the end, as long as the keys have room.
std::int64_t dict_shared_keys_insert(DictKeys* k, Str* name) {
    const std::int64_t hash = str_hash(name);
    std::int64_t ix = find_unicode_entry(k, name, hash);
    if (ix >= 0 || k->usable <= 0) return ix;
    ix = k->nentries;
    place_new_entry(k, hash, ix);
    incref(name);
    dict_unicode_entries(k)[ix] = DictUnicodeEntry{name, nullptr};
    --k->usable;
    ++k->nentries;
    return ix;
}

Object** dict_values_new_for_instance(DictKeys* k) {
    if (k->usable > 1) --k->usable;
    return values_new(k->nentries + k->usable);
}

Object** dict_values_new_for_dict(const DictKeys* k) { return values_new(k->nentries + k->usable); }

// free_values after the values were released in entry order (CPython's
// _PyObject_FreeInstanceAttributes and dict_dealloc). The array is detached
// by the caller first, so code run by a release cannot see it.
void dict_values_release(Object** values) {
    const std::int64_t capacity = values_capacity(values);
    for (std::int64_t i = 0; i < capacity; ++i) {
        Object* value = values[i];
        values[i] = nullptr;
        if (value) decref(value);
    }
    values_free(values);
}

std::int64_t dict_values_count(Object* const* values) { return values_count(values); }
std::int64_t dict_values_order(Object* const* values, std::int64_t i) { return values_order(values)[i]; }

void dict_values_added(Object** values, std::int64_t ix) {
    values_order(values)[values_count(values)++] = static_cast<std::uint8_t>(ix);
}

void dict_values_removed(Object** values, std::int64_t ix) {
    std::uint8_t* order = values_order(values);
    const std::int64_t n = values_count(values);
    std::int64_t i = 0;
    while (order[i] != ix) ++i;
    std::memmove(order + i, order + i + 1, static_cast<std::size_t>(n - i - 1));
    --values_count(values);
}

Ref<Dict> dict_from_split_values(DictKeys* k, Object** values) {
    Ref<Dict> d = dict_new();
    ++k->refcount;
    d->keys = k;
    d->values = values;
    d->used = values_count(values);
    touch(d.get());
    for (std::int64_t i = 0; i < d->used; ++i) {
        if (gc_may_be_tracked(values[dict_values_order(values, i)])) {
            gc_track(d.get());
            break;
        }
    }
    return d;
}

bool dict_next_split(const Dict* d, std::int64_t& pos, Object** key, Object** value) {
    if (pos >= values_count(d->values)) return false;
    const std::int64_t ix = dict_values_order(d->values, pos++);
    if (key) *key = dict_unicode_entries(d->keys)[ix].key;
    if (value) *value = d->values[ix];
    return true;
}

}  // namespace minipy
