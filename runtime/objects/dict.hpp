// dict: a compact, insertion-ordered hash table (CPython 3.6+ layout).
//
// `indices` is an open-addressed table of positions into `entries`, which are
// kept in insertion order; deleting leaves a hole in `entries` that a resize
// squeezes out. Probing follows CPython (perturbed linear congruence), so the
// same keys collide the same way.
//
// Lookups compare keys by identity, then hash, then `==`. `==` may run Python
// code, which may mutate this very dict; lookups detect that through
// `version` and restart, as CPython does.
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

struct DictEntry {
    std::int64_t hash;
    Object* key;    // null: deleted entry
    Object* value;
};

struct Dict : Object {
    std::int64_t used = 0;          // live entries
    std::int64_t entries_used = 0;  // entries written, including deleted ones
    std::int64_t capacity = 0;      // size of `indices` (a power of two) or 0
    std::int32_t* indices = nullptr;  // -1 empty, -2 deleted, else entry position
    DictEntry* entries = nullptr;     // capacity * 2/3 slots
    // Renewed on every change, unique across all dicts: equal versions of
    // the same dict mean nothing changed (lookups restarted by __eq__, the
    // evaluator's global-name caches).
    std::uint64_t version = 0;
    // The attribute storage of one instance that nobody else has seen: never
    // tracked by the collector, traversed through its owner instead (CPython
    // 3.11's inline values). Cleared when `__dict__` hands it out.
    bool embedded = false;
    // Set when a key other than an exact str goes in, and kept until the
    // dict is cleared (CPython 3.11's DICT_KEYS_GENERAL tables): only then
    // does traverse visit the keys, as CPython's dict_traverse.
    bool general_keys = false;
};

extern Type DictType;

inline bool is_dict(const Object* o) { return o->type->has_flag(type_flags::kDictSubclass); }

Ref<Dict> dict_new();

// Borrowed value, or null: with an exception pending on error (unhashable key,
// failing __eq__), without one when the key is absent.
Object* dict_get(Dict* d, Object* key);
Object* dict_get(Dict* d, std::string_view key);  // for the runtime's own str keys
// Stores new references to key and value; -1 on error.
int dict_set(Dict* d, Object* key, Object* value);
int dict_set(Dict* d, std::string_view key, Object* value);
// 1 removed, 0 absent (no error set), -1 on error.
int dict_del(Dict* d, Object* key);
// Removes and returns the value (new reference), or null (absent: no error).
Ref<> dict_pop(Dict* d, Object* key);
void dict_clear(Dict* d);
// Iterates live entries in order: `for (int64_t pos = 0; dict_next(d, pos, &k, &v);)`.
bool dict_next(const Dict* d, std::int64_t& pos, Object** key, Object** value);
Ref<Dict> dict_copy(Dict* d);
// d.update(other) for a dict `other`; -1 on error.
int dict_merge(Dict* d, Dict* other);

// Precomputed-hash lookups for the evaluator's name resolution (keys are str).
Object* dict_get_str(Dict* d, Str* key);

// Whether entry `hint` of `d` holds `key` (a remembered position is still
// right: the key is compared by identity).
inline bool dict_hint_holds(const Dict* d, const Object* key, std::int32_t hint) {
    return hint >= 0 && hint < d->entries_used && d->entries[hint].key == key;
}

// The same with a remembered entry position: when entry `hint` still holds
// `key` the answer costs one comparison; otherwise the dict is searched and
// `hint` updated (-1 when absent). The evaluator's inline caches use these.
Object* dict_get_str_hinted(Dict* d, Str* key, std::int32_t& hint);
// Stores `value` under `key` (a new reference), using and updating `hint`;
// -1 on error.
int dict_set_str_hinted(Dict* d, Str* key, Object* value, std::int32_t& hint);

void dict_type_init();

}  // namespace minipy
