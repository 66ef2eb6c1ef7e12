// The dict hash table (CPython's Objects/dictobject.c, combined-table form).
// The Python-level type (methods, views, iterators) is in dict_type.cpp.
#include "runtime/objects/dict.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/text/str.hpp"

#include <cstdlib>
#include <cstring>

namespace minipy {

namespace {

constexpr std::int32_t kEmpty = -1;
constexpr std::int32_t kDummy = -2;  // a deleted entry's index slot: keep probing past it
constexpr std::int64_t kMinCapacity = 8;
constexpr int kPerturbShift = 5;

// Every change gives the dict a version no dict has had before (CPython's
// global ma_version_tag counter), so (dict, version) names one state of one
// dict; version 0 is a dict that has never held anything.
std::uint64_t last_dict_version = 0;

void touch(Dict* d) { d->version = ++last_dict_version; }

// Two thirds of the index table may hold entries (CPython's USABLE_FRACTION).
std::int64_t usable(std::int64_t capacity) { return (capacity << 1) / 3; }

// The smallest power-of-two index table that can hold `entries` entries.
std::int64_t capacity_for(std::int64_t entries) {
    std::int64_t capacity = kMinCapacity;
    while (usable(capacity) < entries) capacity <<= 1;
    return capacity;
}

std::size_t table_bytes(std::int64_t capacity) {
    return sizeof(std::int32_t) * static_cast<std::size_t>(capacity) +
           sizeof(DictEntry) * static_cast<std::size_t>(usable(capacity));
}

// Index table and entry array in one block: [indices…][entries…]. Small
// tables (up to 16 index slots) come from the size-class pools, so the
// dict of a short-lived instance costs no malloc. False with MemoryError
// set, and `d` as it was, when the block cannot be had.
bool allocate_table(Dict* d, std::int64_t capacity) {
    std::size_t index_bytes = sizeof(std::int32_t) * static_cast<std::size_t>(capacity);
    char* block = static_cast<char*>(heap_alloc(table_bytes(capacity)));
    if (!block) {
        raise_object(exc::MemoryError);
        return false;
    }
    std::memset(block, 0xff, index_bytes);  // every slot kEmpty
    d->indices = reinterpret_cast<std::int32_t*>(block);
    d->entries = reinterpret_cast<DictEntry*>(block + index_bytes);
    d->capacity = capacity;
    d->entries_used = 0;
    return true;
}

void free_table(std::int32_t* indices, std::int64_t capacity) { heap_free(indices, table_bytes(capacity)); }

// Rebuilds the table for at least `min_entries` entries, squeezing out the
// holes deleted entries left. False with MemoryError set (and the table as
// it was) when the new one cannot be had, as CPython's dictresize.
bool resize(Dict* d, std::int64_t min_entries) {
    std::int32_t* old_indices = d->indices;
    DictEntry* old_entries = d->entries;
    std::int64_t old_used = d->entries_used;
    std::int64_t old_capacity = d->capacity;
    if (!allocate_table(d, capacity_for(min_entries))) return false;
    const std::uint64_t mask = static_cast<std::uint64_t>(d->capacity - 1);
    std::int64_t n = 0;
    for (std::int64_t k = 0; k < old_used; ++k) {
        DictEntry& e = old_entries[k];
        if (!e.key) continue;
        d->entries[n] = e;
        auto perturb = static_cast<std::uint64_t>(e.hash);
        std::uint64_t i = perturb & mask;
        while (d->indices[i] != kEmpty) {
            perturb >>= kPerturbShift;
            i = (i * 5 + perturb + 1) & mask;
        }
        d->indices[i] = static_cast<std::int32_t>(n);
        ++n;
    }
    d->entries_used = n;
    if (old_indices) free_table(old_indices, old_capacity);
    return true;
}

// Key equality for a probe: str keys compare by bytes; anything else by ==,
// which may run Python code.
enum class Match { No, Yes, Error, Restart };

Match keys_match(Dict* d, DictEntry& e, Object* key, std::int64_t hash) {
    if (e.key == key) return Match::Yes;
    if (e.hash != hash) return Match::No;
    if (is_exact_str(e.key) && is_exact_str(key))
        return str_equal(cast<Str>(e.key), cast<Str>(key)) ? Match::Yes : Match::No;
    // __eq__ may mutate the dict; CPython restarts the lookup if it did.
    Ref<> start_key = share(e.key);
    std::int32_t* indices = d->indices;
    std::uint64_t version = d->version;
    int eq = equals(start_key.get(), key);
    if (eq < 0) return Match::Error;
    if (d->indices != indices || d->version != version) return Match::Restart;
    return eq ? Match::Yes : Match::No;
}

// Finds `key`: its entry position, or -1 when absent (`slot` is then the
// index slot where it would go), or -2 on error.
std::int64_t lookup(Dict* d, Object* key, std::int64_t hash, std::uint64_t* slot_out = nullptr) {
    for (;;) {
        if (!d->capacity) {
            if (slot_out) *slot_out = 0;
            return -1;
        }
        const std::uint64_t mask = static_cast<std::uint64_t>(d->capacity - 1);
        auto perturb = static_cast<std::uint64_t>(hash);
        std::uint64_t i = perturb & mask;
        std::int64_t free_slot = -1;
        bool restart = false;
        for (;;) {
            std::int32_t ix = d->indices[i];
            if (ix == kEmpty) {
                if (slot_out) *slot_out = free_slot >= 0 ? static_cast<std::uint64_t>(free_slot) : i;
                return -1;
            }
            if (ix == kDummy) {
                if (free_slot < 0) free_slot = static_cast<std::int64_t>(i);
            } else {
                switch (keys_match(d, d->entries[ix], key, hash)) {
                    case Match::Yes:
                        if (slot_out) *slot_out = i;
                        return ix;
                    case Match::Error:
                        return -2;
                    case Match::Restart:
                        restart = true;
                        break;
                    case Match::No:
                        break;
                }
                if (restart) break;
            }
            perturb >>= kPerturbShift;
            i = (i * 5 + perturb + 1) & mask;
        }
    }
}

// Finds the index slot for a key known to be absent.
std::uint64_t empty_slot(Dict* d, std::int64_t hash) {
    const std::uint64_t mask = static_cast<std::uint64_t>(d->capacity - 1);
    auto perturb = static_cast<std::uint64_t>(hash);
    std::uint64_t i = perturb & mask;
    while (d->indices[i] >= 0) {
        perturb >>= kPerturbShift;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

// CPython's MAINTAIN_TRACKING: a dict becomes visible to the collector once
// it holds something that could be part of a cycle.
void maybe_track(Dict* d, Object* key, Object* value) {
    if (d->embedded || gc_is_tracked(d)) return;
    if (gc_may_be_tracked(key) || gc_may_be_tracked(value)) gc_track(d);
}

std::int64_t key_hash(Object* key) {
    if (is_exact_str(key)) return str_hash(cast<Str>(key));
    return hash(key);
}

// Stores `value` in the live entry `ix` (whose key is `key`).
void replace_value(Dict* d, std::int64_t ix, Object* key, Object* value) {
    Object* old = d->entries[ix].value;
    incref(value);
    d->entries[ix].value = value;
    touch(d);
    maybe_track(d, key, value);
    decref(old);
}

int insert(Dict* d, Object* key, std::int64_t hash, Object* value) {
    std::int64_t ix = lookup(d, key, hash);
    if (ix == -2) return -1;
    if (ix >= 0) {
        replace_value(d, ix, key, value);
        return 0;
    }
    if ((!d->capacity || d->entries_used >= usable(d->capacity)) && !resize(d, d->used * 3 + 1)) return -1;
    std::uint64_t slot = empty_slot(d, hash);
    DictEntry& e = d->entries[d->entries_used];
    incref(key);
    incref(value);
    e = DictEntry{hash, key, value};
    if (!is_exact_str(key)) d->general_keys = true;
    d->indices[slot] = static_cast<std::int32_t>(d->entries_used);
    ++d->entries_used;
    ++d->used;
    touch(d);
    maybe_track(d, key, value);
    return 0;
}

// Removes the entry at index slot `slot` / entry `ix`, returning its value.
Ref<> remove_entry(Dict* d, std::uint64_t slot, std::int64_t ix) {
    DictEntry& e = d->entries[ix];
    Object* key = e.key;
    Object* value = e.value;
    d->indices[slot] = kDummy;
    e.key = nullptr;
    e.value = nullptr;
    --d->used;
    touch(d);
    decref(key);
    return adopt(value);
}

}  // namespace

Ref<Dict> dict_new() { return new_object<Dict>(&DictType); }

Object* dict_get(Dict* d, Object* key) {
    std::int64_t h = key_hash(key);
    if (h == -1) return nullptr;
    std::int64_t ix = lookup(d, key, h);
    return ix >= 0 ? d->entries[ix].value : nullptr;
}

// The evaluator's name and attribute lookups: the key is a str, usually
// interned, and so are the keys it meets, so a pointer comparison settles
// most probes. A key that is not an exact str (a user object equal to the
// name) needs the general lookup, whose __eq__ may run code. Returns the
// entry position, -1 when absent, -2 on error.
static std::int64_t find_str(Dict* d, Str* key) {
    if (!d->capacity) return -1;
    const std::int64_t hash = str_hash(key);
    const std::uint64_t mask = static_cast<std::uint64_t>(d->capacity - 1);
    auto perturb = static_cast<std::uint64_t>(hash);
    std::uint64_t i = perturb & mask;
    for (;;) {
        const std::int32_t ix = d->indices[i];
        if (ix == kEmpty) return -1;
        if (ix >= 0) {
            const DictEntry& e = d->entries[ix];
            if (e.key == key) return ix;
            if (e.hash == hash) {
                if (!is_exact_str(e.key)) return lookup(d, key, hash);
                if (str_equal(cast<Str>(e.key), key)) return ix;
            }
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + perturb + 1) & mask;
    }
}

Object* dict_get_str(Dict* d, Str* key) {
    std::int64_t ix = find_str(d, key);
    return ix >= 0 ? d->entries[ix].value : nullptr;
}

Object* dict_get(Dict* d, std::string_view key) { return dict_get_str(d, intern(key)); }

Object* dict_get_str_hinted(Dict* d, Str* key, std::int32_t& hint) {
    if (dict_hint_holds(d, key, hint)) return d->entries[hint].value;
    std::int64_t ix = find_str(d, key);
    hint = static_cast<std::int32_t>(ix >= 0 ? ix : -1);
    return ix >= 0 ? d->entries[ix].value : nullptr;
}

int dict_set_str_hinted(Dict* d, Str* key, Object* value, std::int32_t& hint) {
    if (dict_hint_holds(d, key, hint)) {
        replace_value(d, hint, key, value);
        return 0;
    }
    const std::int64_t entries_before = d->entries_used;
    if (insert(d, key, str_hash(key), value) < 0) return -1;
    // A new key went into the last entry (a resize may have renumbered the
    // others); an existing one is found again.
    std::int64_t ix = d->entries_used != entries_before ? d->entries_used - 1 : find_str(d, key);
    hint = static_cast<std::int32_t>(ix >= 0 ? ix : -1);
    return 0;
}

int dict_set(Dict* d, Object* key, Object* value) {
    std::int64_t h = key_hash(key);
    if (h == -1) return -1;
    return insert(d, key, h, value);
}

int dict_set(Dict* d, std::string_view key, Object* value) {
    Str* k = intern(key);
    return insert(d, k, str_hash(k), value);
}

int dict_del(Dict* d, Object* key) {
    std::int64_t h = key_hash(key);
    if (h == -1) return -1;
    std::uint64_t slot = 0;
    std::int64_t ix = lookup(d, key, h, &slot);
    if (ix == -2) return -1;
    if (ix < 0) return 0;
    remove_entry(d, slot, ix);
    return 1;
}

Ref<> dict_pop(Dict* d, Object* key) {
    std::int64_t h = key_hash(key);
    if (h == -1) return nullptr;
    std::uint64_t slot = 0;
    std::int64_t ix = lookup(d, key, h, &slot);
    if (ix < 0) return nullptr;
    return remove_entry(d, slot, ix);
}

// Empties the dict; the old entries are released only after the dict is
// consistent again, since releasing them may run arbitrary code.
void dict_clear(Dict* d) {
    std::int32_t* indices = d->indices;
    DictEntry* entries = d->entries;
    std::int64_t count = d->entries_used;
    std::int64_t capacity = d->capacity;
    d->indices = nullptr;
    d->entries = nullptr;
    d->capacity = 0;
    d->entries_used = 0;
    d->used = 0;
    d->general_keys = false;
    touch(d);
    for (std::int64_t k = 0; k < count; ++k) {
        if (!entries[k].key) continue;
        decref(entries[k].key);
        decref(entries[k].value);
    }
    if (indices) free_table(indices, capacity);
}

bool dict_next(const Dict* d, std::int64_t& pos, Object** key, Object** value) {
    while (pos < d->entries_used) {
        const DictEntry& e = d->entries[pos++];
        if (e.key) {
            if (key) *key = e.key;
            if (value) *value = e.value;
            return true;
        }
    }
    return false;
}

Ref<Dict> dict_copy(Dict* d) {
    Ref<Dict> copy = dict_new();
    if (dict_merge(copy.get(), d) < 0) return nullptr;
    return copy;
}

int dict_merge(Dict* d, Dict* other) {
    if (other->used == 0) return 0;
    if (d->used == 0 && !d->capacity && !resize(d, other->used)) return -1;
    // Iterate over a stable snapshot position; a mutation of `other` during
    // an __eq__ is caught by the version check.
    std::uint64_t version = other->version;
    for (std::int64_t pos = 0; pos < other->entries_used; ++pos) {
        DictEntry e = other->entries[pos];
        if (!e.key) continue;
        Ref<> key = share(e.key);
        Ref<> value = share(e.value);
        if (insert(d, key.get(), e.hash, value.get()) < 0) return -1;
        if (other->version != version) {
            raise(exc::RuntimeError, "dict mutated during update");
            return -1;
        }
    }
    return 0;
}

}  // namespace minipy
