// dict: a compact, insertion-ordered hash table with CPython 3.11's memory
// layout (Objects/dictobject.c, Include/internal/pycore_dict.h).
//
// A Dict is 48 bytes, as CPython's PyDictObject: the object header, `used`
// (ma_used), a version tag (ma_version_tag), `keys` (ma_keys) and `values`
// (ma_values: null but for a split table, below). The table itself
// is one separate block, the keys object (PyDictKeysObject, see dict.cpp):
// a 32-byte header, the index table (1, 2, 4 or 8 bytes an index, by table
// size) and the entries in insertion order. While every key is an exact str
// the entries are {key, value} and the hash is the str's own cached one
// (DICT_KEYS_UNICODE); the first other key turns the table into
// {hash, key, value} entries (DICT_KEYS_GENERAL) until the dict is cleared.
// A dict that has never held anything, or was cleared, shares one static
// empty keys object and owns no table, so `sys.getsizeof({})` is 64 with
// CPython's 16-byte collector header.
//
// Deleting leaves a dead entry (and a DKIX_DUMMY index) that the next resize
// squeezes out; growth, presizing and copying follow CPython, so
// `sys.getsizeof` of a dict is CPython's however the dict was built.
//
// Lookups compare keys by identity, then hash, then `==`. `==` may run Python
// code, which may mutate this very dict; a lookup restarts when the entry it
// compared is gone or the table was replaced, as CPython's does.
//
// Split tables (CPython 3.11's DICT_KEYS_SPLIT). The instances of a class
// keep their attributes as inline values (instance.hpp) whose keys the class
// shares: one keys object whose entries hold only keys, in the order the
// class's instances first stored them, and per instance a values array
// indexed like those entries. An instance's `__dict__` is a split dict over
// the class's keys and the instance's values. Storing a str key the keys
// already hold, or appending one while they have room, keeps the table
// split; any other change (another key type, no room, popitem) turns it into
// a combined table of its own first, as CPython's insertion_resize does.
// The values array has a prefix that records the order in which this dict's
// own keys were stored (iteration follows it) and its capacity: the shared
// keys' entries plus room when the array was made, which stays enough,
// since every new instance takes one unit of the keys' room away
// (CPython's init_inline_values).
//
// Like CPython, a dict starts untracked by the collector and becomes tracked
// when a value that may be part of a cycle is stored in it.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

#include <cstdint>
#include <string_view>

namespace minipy {

struct Str;

// The table block (PyDictKeysObject): this 32-byte header, then
// 2**log2_size indices of 2**log2_index_bytes / 2**log2_size bytes each
// (-1 empty, -2 deleted, else an entry position), then usable + nentries
// entries of DictUnicodeEntry or DictKeyEntry. Only dict.cpp reads the
// indices; the accessors below read entries.
struct DictKeys {
    std::int64_t refcount;  // owners: 1 but for split keys; the shared empty keys are never freed
    std::uint8_t log2_size;
    std::uint8_t log2_index_bytes;
    std::uint8_t kind;       // DictKind
    std::uint32_t version;   // CPython's dk_version (unused: 0)
    std::int64_t usable;     // entries that may still be appended
    std::int64_t nentries;   // entries written, deleted ones included
};
static_assert(sizeof(DictKeys) == 32);

// A split table's entries are DictUnicodeEntry with a null value: the values
// are in each dict's (or instance's) values array.
enum DictKind : std::uint8_t { kDictKeysGeneral = 0, kDictKeysUnicode = 1, kDictKeysSplit = 2 };

struct DictUnicodeEntry {
    Object* key;  // an exact str; null: deleted
    Object* value;
};
struct DictKeyEntry {
    std::int64_t hash;
    Object* key;  // null: deleted
    Object* value;
};

inline char* dict_keys_entries(const DictKeys* k) {
    return const_cast<char*>(reinterpret_cast<const char*>(k + 1)) + (std::size_t{1} << k->log2_index_bytes);
}
inline DictUnicodeEntry* dict_unicode_entries(const DictKeys* k) {
    return reinterpret_cast<DictUnicodeEntry*>(dict_keys_entries(k));
}
inline DictKeyEntry* dict_general_entries(const DictKeys* k) {
    return reinterpret_cast<DictKeyEntry*>(dict_keys_entries(k));
}

// Whether entry `hint` of a table of {key, value} entries (str keys, or a
// split table's) holds `key`: a remembered position still right. A negative
// hint is out of range as an unsigned number.
inline bool dict_unicode_key_at(const DictKeys* k, std::int32_t hint, const Object* key) {
    return static_cast<std::uint64_t>(hint) < static_cast<std::uint64_t>(k->nentries) &&
           dict_unicode_entries(k)[hint].key == key;
}

// The shared table of every empty dict (CPython's Py_EMPTY_KEYS).
extern DictKeys* const dict_empty_keys;

struct Dict : Object {
    std::int64_t used = 0;  // live entries
    // Renewed on every change, unique across all dicts: equal versions of
    // the same dict mean nothing changed (the evaluator's global-name
    // caches). The low bit is kept free for flags, as CPython 3.12 keeps its
    // watcher bits below the version; read it through dict_version.
    std::uint64_t version_tag = 0;
    DictKeys* keys = dict_empty_keys;  // never null
    Object** values = nullptr;         // a split table's values (owned), else null
};
static_assert(sizeof(Dict) == 48);

extern Type DictType;

inline bool is_dict(const Object* o) { return o->type->has_flag(type_flags::kDictSubclass); }

inline std::uint64_t dict_version(const Dict* d) { return d->version_tag >> 1; }

// Whether the table has {hash, key, value} entries because a key other than
// an exact str went in (CPython's DICT_KEYS_GENERAL): only then does
// traverse visit the keys, as CPython's dict_traverse.
inline bool dict_has_general_keys(const Dict* d) { return d->keys->kind == kDictKeysGeneral; }

Ref<Dict> dict_new();
// The end of a dict's destroy slot, its entries released: frees it, or
// keeps an exact dict for reuse by dict_new.
void dict_free(Dict* d);
// Starts that free list with `n` dicts.
void dict_free_list_fill(int n);
// A dict whose table already has room for `count` entries, for a display of
// that many items (CPython's dict_new_presized); `str_keys` when every key is
// an exact str. Null with MemoryError raised.
Ref<Dict> dict_new_presized(std::int64_t count, bool str_keys);

// Borrowed value, or null: with an exception pending on error (unhashable key,
// failing __eq__), without one when the key is absent.
Object* dict_get(Dict* d, Object* key);
Object* dict_get(Dict* d, std::string_view key);  // for the runtime's own str keys
// Stores new references to key and value; -1 on error.
[[nodiscard]] int dict_set(Dict* d, Object* key, Object* value);
[[nodiscard]] int dict_set(Dict* d, std::string_view key, Object* value);
// dict_get with the key's hash already known (from another table), as
// CPython's dict comparison reuses it.
Object* dict_get_known_hash(Dict* d, Object* key, std::int64_t hash);
// The same with the key's hash already known (from another table).
[[nodiscard]] int dict_set_known_hash(Dict* d, Object* key, std::int64_t hash, Object* value);
// 1 removed, 0 absent (no error set), -1 on error.
[[nodiscard]] int dict_del(Dict* d, Object* key);
// Removes and returns the value (new reference), or null (absent: no error).
Ref<> dict_pop(Dict* d, Object* key);
// dict.popitem(): moves the last entry's key and value (new references) to
// the caller; false when the dict is empty (no error set).
bool dict_popitem(Dict* d, Ref<>& key, Ref<>& value);
void dict_clear(Dict* d);
// The live entry at or after `pos` among `n` entries of one kind, in order.
template <class Entry>
inline bool dict_next_entry(const Entry* entries, std::int64_t n, std::int64_t& pos, Object** key, Object** value) {
    for (; pos < n; ++pos) {
        if (!entries[pos].value) continue;
        if (key) *key = entries[pos].key;
        if (value) *value = entries[pos].value;
        ++pos;
        return true;
    }
    return false;
}
bool dict_next_split(const Dict* d, std::int64_t& pos, Object** key, Object** value);
// Iterates live entries in order: `for (int64_t pos = 0; dict_next(d, pos, &k, &v);)`.
inline bool dict_next(const Dict* d, std::int64_t& pos, Object** key, Object** value) {
    if (d->values) return dict_next_split(d, pos, key, value);
    const DictKeys* k = d->keys;
    if (k->kind == kDictKeysUnicode) return dict_next_entry(dict_unicode_entries(k), k->nentries, pos, key, value);
    return dict_next_entry(dict_general_entries(k), k->nentries, pos, key, value);
}
// Each value, then each key when the table has {hash, key, value} entries
// (CPython's dict_traverse).
void dict_traverse_entries(const Dict* d, VisitFn visit, void* arg);
// The same with each key's hash (CPython's _PyDict_Next).
bool dict_next_hash(const Dict* d, std::int64_t& pos, Object** key, Object** value, std::int64_t* hash);
// d.copy(), as CPython's PyDict_Copy: a compact table is copied as it is.
Ref<Dict> dict_copy(Dict* d);
// d.update(other) for a dict `other`; -1 on error.
[[nodiscard]] int dict_merge(Dict* d, Dict* other);
// Grows an empty dict's table for `count` entries, {hash, key, value}
// entries unless `str_keys` (dict.fromkeys of a dict or a set). False with
// MemoryError raised.
[[nodiscard]] bool dict_presize(Dict* d, std::int64_t count, bool str_keys);

// What sys.getsizeof counts (GC header aside): the dict, and its table unless
// the table is the shared empty one (CPython's _PyDict_SizeOf).
std::size_t dict_sizeof(const Dict* d);

// Precomputed-hash lookups for the evaluator's name resolution (keys are str).
Object* dict_get_str(Dict* d, Str* key);

// The value of entry `hint` of `d` when that entry holds `key` (a remembered
// position is still right: the key is compared by identity); null otherwise.
inline Object* dict_hinted_value(const Dict* d, const Object* key, std::int32_t hint) {
    const DictKeys* k = d->keys;
    // A negative hint is out of range as an unsigned number.
    if (static_cast<std::uint64_t>(hint) >= static_cast<std::uint64_t>(k->nentries)) return nullptr;
    if (d->values) return dict_unicode_entries(k)[hint].key == key ? d->values[hint] : nullptr;
    if (k->kind == kDictKeysUnicode) {
        const DictUnicodeEntry& e = dict_unicode_entries(k)[hint];
        return e.key == key ? e.value : nullptr;
    }
    const DictKeyEntry& e = dict_general_entries(k)[hint];
    return e.key == key ? e.value : nullptr;
}

// The same with a remembered entry position: when entry `hint` still holds
// `key` the answer costs one comparison, inline; otherwise the dict is
// searched and `hint` updated (-1 when absent). The evaluator's inline
// caches use these.
Object* dict_get_str_searching(Dict* d, Str* key, std::int32_t& hint);
inline Object* dict_get_str_hinted(Dict* d, Str* key, std::int32_t& hint) {
    // Str is incomplete here; the key is compared by identity only.
    if (Object* value = dict_hinted_value(d, reinterpret_cast<const Object*>(key), hint)) return value;
    return dict_get_str_searching(d, key, hint);
}
// Stores `value` under `key` (a new reference), using and updating `hint`;
// -1 on error.
[[nodiscard]] int dict_set_str_hinted(Dict* d, Str* key, Object* value, std::int32_t& hint);

// For tests and sys.getsizeof: the table's size (a power of two; 1 for the
// shared empty table), its index width in bytes, and its entries' size.
std::int64_t dict_table_size(const Dict* d);
int dict_index_bytes(const Dict* d);
int dict_entry_bytes(const Dict* d);

void dict_type_init();

// ------------------------------------------------------------ split tables

// A class's shared keys (CPython's _PyDict_NewKeysForClass): 64 slots, room
// for 30 keys. Null with MemoryError raised.
DictKeys* dict_new_shared_keys();
// Gives up one owner's reference to a keys object (dictkeys_decref).
void dict_keys_release(DictKeys* k);
// The bytes of a keys object (CPython's _PyDict_KeysSize).
std::size_t dict_keys_sizeof(const DictKeys* k);

// The entry of `name` in shared keys, or -1. `name` must be an exact str.
std::int64_t dict_shared_keys_find(const DictKeys* k, Str* name);
// As dict_shared_keys_find, appending `name` when absent and the keys have
// room; -1 when they have none.
std::int64_t dict_shared_keys_insert(DictKeys* k, Str* name);
inline Str* dict_shared_key(const DictKeys* k, std::int64_t ix) {
    return reinterpret_cast<Str*>(dict_unicode_entries(k)[ix].key);
}

// A values array for a new instance sharing `k` (CPython's
// init_inline_values: takes one unit of the keys' room). All null. Null with
// MemoryError raised.
Object** dict_values_new_for_instance(DictKeys* k);
// The same for a dict over `k` (new_dict_with_shared_keys), taking no room.
Object** dict_values_new_for_dict(const DictKeys* k);
// Releases each value, in entry order, then frees the array.
void dict_values_release(Object** values);
// Entries written in a values array's insertion-order prefix, and the
// `i`th of them.
std::int64_t dict_values_count(Object* const* values);
std::int64_t dict_values_order(Object* const* values, std::int64_t i);
// Records that entry `ix` (null until now) received a value, or lost it.
void dict_values_added(Object** values, std::int64_t ix);
void dict_values_removed(Object** values, std::int64_t ix);

// A split dict over shared keys `k` (a new owner) that takes over `values`
// (CPython's make_dict_from_instance_attributes); tracked when a value may
// be a container. Null with MemoryError raised; the values are then still
// the caller's.
Ref<Dict> dict_from_split_values(DictKeys* k, Object** values);

}  // namespace minipy
