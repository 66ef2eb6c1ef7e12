// The dict hash table: CPython 3.11's combined and split tables
// (Objects/dictobject.c), with its keys object, index widths, entry kinds,
// growth, presizing and copying. The Python-level type (methods, views, iterators) is in
// dict_type.cpp.
//
// The keys object is one heap block (see DictKeys in dict.hpp):
//
//     [header: 32 bytes][indices: 2**log2_index_bytes bytes][entries: usable slots]
//
// An index is an int8 while the table has fewer than 2**8 slots, an int16
// below 2**16, an int32 below 2**32, an int64 beyond (the indices are
// signed, so that -1 and -2 fit). There are USABLE_FRACTION(size) = 2/3 of
// the size entry slots; `usable` counts down as entries are appended, and a
// deleted entry's slot is not reused until a resize rebuilds the table from
// the live entries (GROWTH_RATE: to the smallest table for used * 3).
#include "runtime/objects/dict.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/scalar_compare.hpp"
#include "runtime/objects/dict_detail.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <bit>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <type_traits>
#include <utility>

namespace minipy {

namespace dict_detail {

constexpr std::int64_t kEmpty = -1;  // DKIX_EMPTY: never used; a probe stops here
constexpr std::int64_t kDummy = -2;  // DKIX_DUMMY: a deleted entry's index; keep probing
constexpr std::int64_t kError = -2;  // lookup's answer when a comparison failed
constexpr std::uint8_t kLog2MinSize = 3;      // PyDict_LOG_MINSIZE: 8 slots
constexpr std::uint8_t kLog2MaxPresize = 17;  // dict_new_presized's cap
constexpr int kPerturbShift = 5;

// The table of every empty dict: one index slot, always empty, and no
// entry, so that lookups need no special case and the first insertion
// finds no room (CPython's Py_EMPTY_KEYS). Its count never reaches 1, so
// sys.getsizeof never counts it.
struct EmptyKeys {
    DictKeys head;
    std::int8_t indices[8];
};
EmptyKeys empty_keys_storage = {{std::int64_t{1} << 40, 0, 0, kDictKeysUnicode, 0, 0, 0},
                                {-1, -1, -1, -1, -1, -1, -1, -1}};

// Every change gives the dict a version no dict has had before (CPython's
// global ma_version_tag counter), so (dict, version) names one state of one
// dict; version 0 is a dict that has never held anything. The tag's low bit
// is not part of the version and survives.
std::uint64_t last_dict_version = 0;

void touch(Dict* d) { d->version_tag = (++last_dict_version << 1) | (d->version_tag & 1); }

// ------------------------------------------------------------- sizes

// Two thirds of the index table may hold entries (USABLE_FRACTION).
constexpr std::int64_t usable_fraction(std::int64_t size) { return (size << 1) / 3; }

// CPython 3.11's calculate_log2_keysize on 64-bit Linux, bit trick and all:
// the smallest power of two of at least `minsize` slots (8 at least) for
// most sizes, twice that when `minsize` is a power of two of 16 or more or
// below 8 (so a dict presized for 1 entry gets 16 slots, as CPython's).
std::uint8_t log2_keysize(std::int64_t minsize) {
    const std::uint64_t m = (static_cast<std::uint64_t>(minsize) | (1u << kLog2MinSize)) - 1;
    return static_cast<std::uint8_t>(std::bit_width(m | ((1u << kLog2MinSize) - 1)));
}

// The table for `n` entries (estimate_log2_keysize: the inverse of
// USABLE_FRACTION).
std::uint8_t estimate_log2_keysize(std::int64_t n) { return log2_keysize((n * 3 + 1) / 2); }

// GROWTH_RATE: a full table is rebuilt for three times its live entries.
std::uint8_t growth_log2_keysize(const Dict* d) { return log2_keysize(d->used * 3); }

std::uint8_t log2_index_bytes_for(std::uint8_t log2_size) {
    if (log2_size < 8) return log2_size;       // int8 indices
    if (log2_size < 16) return log2_size + 1;  // int16
    if (log2_size < 32) return log2_size + 2;  // int32
    return log2_size + 3;                      // int64
}

std::size_t entry_size(std::uint8_t kind) {
    return kind == kDictKeysGeneral ? sizeof(DictKeyEntry) : sizeof(DictUnicodeEntry);
}

// _PyDict_KeysSize: the whole block.
std::size_t keys_size(const DictKeys* k) {
    return sizeof(DictKeys) + (std::size_t{1} << k->log2_index_bytes) +
           static_cast<std::size_t>(usable_fraction(std::int64_t{1} << k->log2_size)) * entry_size(k->kind);
}

// ------------------------------------------------------------- the block

// new_keys_object: every index empty. The entries past `nentries` are never
// read, so they are left as they come (CPython zeroes them). Null with
// MemoryError raised when the memory cannot be had.
DictKeys* new_keys(std::uint8_t log2_size, bool unicode) {
    const std::uint8_t log2_index_bytes = log2_index_bytes_for(log2_size);
    const std::int64_t usable = usable_fraction(std::int64_t{1} << log2_size);
    const std::uint8_t kind = unicode ? kDictKeysUnicode : kDictKeysGeneral;
    const std::size_t index_bytes = std::size_t{1} << log2_index_bytes;
    const std::size_t entry_bytes = static_cast<std::size_t>(usable) * entry_size(kind);
    char* block = static_cast<char*>(heap_alloc_or_reserve(sizeof(DictKeys) + index_bytes + entry_bytes));
    if (!block) return raise_memory_error();
    auto* k = ::new (block) DictKeys{1, log2_size, log2_index_bytes, kind, 0, usable, 0};
    std::memset(block + sizeof(DictKeys), 0xff, index_bytes);
    return k;
}

// Returns the block to the heap; its references were released or moved.
void free_keys_block(DictKeys* k) {
    if (k != dict_empty_keys) heap_free(k, keys_size(k));
}

// free_keys_object: entry by entry, key before value, then the block.
// A deleted entry holds neither (key and value are null together); a split
// table's entries hold keys only, none deleted.
void release_keys(DictKeys* k) {
    if (k == dict_empty_keys) return;
    const std::int64_t n = k->nentries;
    if (k->kind == kDictKeysSplit) {
        DictUnicodeEntry* entries = dict_unicode_entries(k);
        for (std::int64_t i = 0; i < n; ++i) decref(entries[i].key);
    } else if (k->kind == kDictKeysUnicode) {
        DictUnicodeEntry* entries = dict_unicode_entries(k);
        for (std::int64_t i = 0; i < n; ++i) {
            if (!entries[i].value) continue;
            decref(entries[i].key);
            decref(entries[i].value);
        }
    } else {
        DictKeyEntry* entries = dict_general_entries(k);
        for (std::int64_t i = 0; i < n; ++i) {
            if (!entries[i].value) continue;
            decref(entries[i].key);
            decref(entries[i].value);
        }
    }
    free_keys_block(k);
}

// The live entry at or after `pos`, in order (_PyDict_Next's walk).
bool next_entry(const DictKeys* k, std::int64_t& pos, Object** key, Object** value) {
    if (k->kind == kDictKeysUnicode) return dict_next_entry(dict_unicode_entries(k), k->nentries, pos, key, value);
    return dict_next_entry(dict_general_entries(k), k->nentries, pos, key, value);
}

// clone_combined_dict_keys: the block byte for byte, holes included, with a
// reference to every live key and value. Null with MemoryError raised.
DictKeys* clone_keys(const DictKeys* k) {
    const std::size_t bytes = keys_size(k);
    auto* copy = static_cast<DictKeys*>(heap_alloc_or_reserve(bytes));
    if (!copy) return raise_memory_error();
    std::memcpy(static_cast<void*>(copy), k, bytes);
    copy->refcount = 1;
    Object* key;
    Object* value;
    for (std::int64_t pos = 0; next_entry(copy, pos, &key, &value);) {
        incref(value);
        incref(key);
    }
    return copy;
}

// ------------------------------------------------------------- indices

// Calls `f` with a value of the index type (int8_t … int64_t), so that a
// probe loop, written once as a template, tests the width once rather than
// at every probe (CPython's dictkeys_get_index tests it each time). The
// loops keep everything in locals: a lambda capturing by reference would
// reload its captures after every call the loop makes.
template <class F>
[[gnu::always_inline]] inline decltype(auto) by_width(const DictKeys* k, F&& f) {
    const int s = k->log2_size;
    if (s < 8) return f(std::int8_t{});
    if (s < 16) return f(std::int16_t{});
    if (s < 32) return f(std::int32_t{});
    return f(std::int64_t{});
}

template <class Ix>
Ix* indices_of(const DictKeys* k) {
    return reinterpret_cast<Ix*>(const_cast<DictKeys*>(k) + 1);
}

std::uint64_t mask_of(const DictKeys* k) { return (std::uint64_t{1} << k->log2_size) - 1; }

// The probe sequence (perturbed linear congruence), as CPython's.
struct Probe {
    std::uint64_t mask;
    std::uint64_t perturb;
    std::uint64_t i;
    Probe(const DictKeys* k, std::int64_t hash)
        : mask(mask_of(k)), perturb(static_cast<std::uint64_t>(hash)), i(static_cast<std::uint64_t>(hash) & mask) {}
    void next() {
        perturb >>= kPerturbShift;
        i = (i * 5 + perturb + 1) & mask;
    }
};

// Stores entry position `ix` at the first slot of `hash`'s probe sequence
// that holds no live entry (find_empty_slot: a deleted entry's slot is
// reused).
template <class Ix>
void place_entry_as(DictKeys* k, std::int64_t hash, std::int64_t ix) {
    Ix* indices = indices_of<Ix>(k);
    Probe p(k, hash);
    while (indices[p.i] >= 0) p.next();
    indices[p.i] = static_cast<Ix>(ix);
}

[[gnu::noinline]] void place_entry_wide(DictKeys* k, std::int64_t hash, std::int64_t ix) {
    by_width(k, [&](auto width) { place_entry_as<decltype(width)>(k, hash, ix); });
}

inline void place_entry(DictKeys* k, std::int64_t hash, std::int64_t ix) {
    if (k->log2_size < 8) place_entry_as<std::int8_t>(k, hash, ix);
    else place_entry_wide(k, hash, ix);
}

// Marks the slot that holds entry `ix` deleted (lookdict_index, then
// DKIX_DUMMY).
template <class Ix>
void unplace_entry_as(DictKeys* k, std::int64_t hash, std::int64_t ix) {
    Ix* indices = indices_of<Ix>(k);
    Probe p(k, hash);
    while (indices[p.i] != ix) p.next();
    indices[p.i] = static_cast<Ix>(kDummy);
}

void unplace_entry(DictKeys* k, std::int64_t hash, std::int64_t ix) {
    by_width(k, [&](auto width) { unplace_entry_as<decltype(width)>(k, hash, ix); });
}

// ------------------------------------------------------------- entries

std::int64_t cached_str_hash(Object* key) { return str_hash(cast<Str>(key)); }

Object*& value_slot(DictKeys* k, std::int64_t ix) {
    if (k->kind != kDictKeysGeneral) return dict_unicode_entries(k)[ix].value;
    return dict_general_entries(k)[ix].value;
}

// The value of entry `ix`, wherever the table keeps it; null when a split
// dict has none for that key.
Object*& value_at(Dict* d, std::int64_t ix) { return d->values ? d->values[ix] : value_slot(d->keys, ix); }

void write_entry(DictKeys* k, std::int64_t ix, Object* key, std::int64_t hash, Object* value) {
    if (k->kind != kDictKeysGeneral) dict_unicode_entries(k)[ix] = DictUnicodeEntry{key, value};
    else dict_general_entries(k)[ix] = DictKeyEntry{hash, key, value};
}

// Rebuilds the index table from `n` compact entries (build_indices_*).
template <class Ix>
void build_indices_as(DictKeys* k, std::int64_t n) {
    Ix* indices = indices_of<Ix>(k);
    const bool unicode = k->kind != kDictKeysGeneral;
    const DictUnicodeEntry* unicode_entries = dict_unicode_entries(k);
    const DictKeyEntry* general_entries = dict_general_entries(k);
    for (std::int64_t ix = 0; ix < n; ++ix) {
        const std::int64_t hash = unicode ? cached_str_hash(unicode_entries[ix].key) : general_entries[ix].hash;
        Probe p(k, hash);
        while (indices[p.i] != kEmpty) p.next();
        indices[p.i] = static_cast<Ix>(ix);
    }
}

void build_indices(DictKeys* k, std::int64_t n) {
    by_width(k, [&](auto width) { build_indices_as<decltype(width)>(k, n); });
}

// dictresize: a new table of 2**log2_size slots holding the live entries,
// in order. The table keeps {hash, key, value} entries once it has them;
// `unicode` false asks for them. False with MemoryError raised, the dict
// unchanged (dictresize's PyErr_NoMemory).
bool resize(Dict* d, std::uint8_t log2_size, bool unicode) {
    if (d->values) return unsplit(d, log2_size, unicode);
    DictKeys* old = d->keys;
    if (old->kind == kDictKeysGeneral) unicode = false;
    DictKeys* k = new_keys(log2_size, unicode);
    if (!k) return false;
    const std::int64_t n = d->used;
    std::int64_t to = 0;
    if (old->kind == kDictKeysGeneral) {
        const DictKeyEntry* from = dict_general_entries(old);
        DictKeyEntry* into = dict_general_entries(k);
        if (old->nentries == n) {
            if (n) std::memcpy(static_cast<void*>(into), from, static_cast<std::size_t>(n) * sizeof(DictKeyEntry));
        } else {
            for (std::int64_t i = 0; to < n; ++i)
                if (from[i].value) into[to++] = from[i];
        }
    } else {
        const DictUnicodeEntry* from = dict_unicode_entries(old);
        if (unicode) {
            DictUnicodeEntry* into = dict_unicode_entries(k);
            if (old->nentries == n) {
                if (n) std::memcpy(static_cast<void*>(into), from, static_cast<std::size_t>(n) * sizeof(DictUnicodeEntry));
            } else {
                for (std::int64_t i = 0; to < n; ++i)
                    if (from[i].value) into[to++] = from[i];
            }
        } else {
            DictKeyEntry* into = dict_general_entries(k);
            for (std::int64_t i = 0; to < n; ++i)
                if (from[i].value) into[to++] = DictKeyEntry{cached_str_hash(from[i].key), from[i].key, from[i].value};
        }
    }
    build_indices(k, n);
    k->usable -= n;
    k->nentries = n;
    d->keys = k;
    free_keys_block(old);  // its references moved to `k`
    return true;
}

// ------------------------------------------------------------- lookup

// An exact str in a table of str keys: no Python code runs
// (unicodekeys_lookup_unicode). Entry position or -1. The loop only
// compares pointers and hashes: a stored str with the key's hash that is
// not the key itself (rare: equal text in another object) sends the lookup
// to the slower loop that compares text, so the common loop makes no call.
template <class Ix>
[[gnu::noinline]] std::int64_t lookup_unicode_text_as(const DictKeys* k, Str* key, std::int64_t hash) {
    const Ix* indices = indices_of<Ix>(k);
    const DictUnicodeEntry* entries = dict_unicode_entries(k);
    for (Probe p(k, hash);; p.next()) {
        const std::int64_t ix = indices[p.i];
        if (ix >= 0) {
            Str* candidate = cast<Str>(entries[ix].key);
            if (candidate == key || (candidate->hash == hash && str_equal(candidate, key))) return ix;
        } else if (ix == kEmpty) {
            return -1;
        }
    }
}

template <class Ix>
std::int64_t lookup_unicode_str_as(const DictKeys* k, Str* key, std::int64_t hash) {
    const Ix* indices = indices_of<Ix>(k);
    const DictUnicodeEntry* entries = dict_unicode_entries(k);
    for (Probe p(k, hash);; p.next()) {
        const std::int64_t ix = indices[p.i];
        if (ix >= 0) {
            const Str* candidate = cast<Str>(entries[ix].key);
            if (candidate == key) return ix;
            if (candidate->hash == hash) return lookup_unicode_text_as<Ix>(k, key, hash);
        } else if (ix == kEmpty) {
            return -1;
        }
    }
}

// Most tables have fewer than 256 slots: their loop is inlined where the
// evaluator's lookups call this.
[[gnu::noinline]] std::int64_t lookup_unicode_str_wide(const DictKeys* k, Str* key, std::int64_t hash) {
    return by_width(k, [&](auto width) { return lookup_unicode_str_as<decltype(width)>(k, key, hash); });
}

inline std::int64_t lookup_unicode_str(const DictKeys* k, Str* key, std::int64_t hash) {
    if (k->log2_size < 8) return lookup_unicode_str_as<std::int8_t>(k, key, hash);
    return lookup_unicode_str_wide(k, key, hash);
}

constexpr std::int64_t kRestart = -3;  // a probe's answer when the lookup must start again

// Compares a stored key with the one looked up: 1, 0, kError, or kRestart
// when `==` replaced the table or the entry (the test of CPython's
// _Py_dict_lookup). Two strs, ints or floats compare without running code;
// two exact tuples compare as tuple's == does, without the call through it.
std::int64_t compare_stored_key(Dict* d, DictKeys* k, Object* const* stored, Object* key) {
    Object* start = *stored;
    if (int fast = compare_scalars(start, key, CompareOp::Eq); fast >= 0) return fast;
    Ref<> hold = share(start);
    const int eq = keys_equal(start, key);
    if (eq < 0) return kError;
    if (d->keys != k || *stored != start) return kRestart;
    return eq;
}

// One pass of the general lookup over table `k`, whose entries are
// `Entry`s: an entry position, -1, kError or kRestart.
template <class Entry, class Ix>
std::int64_t probe_as(Dict* d, DictKeys* k, Object* key, std::int64_t hash) {
    const Ix* indices = indices_of<Ix>(k);
    Entry* entries = reinterpret_cast<Entry*>(dict_keys_entries(k));
    for (Probe p(k, hash);; p.next()) {
        const std::int64_t ix = indices[p.i];
        if (ix == kEmpty) return -1;
        if (ix < 0) continue;
        Entry& e = entries[ix];
        if (e.key == key) return ix;
        if constexpr (std::is_same_v<Entry, DictKeyEntry>) {
            if (e.hash != hash) continue;
        } else {
            if (cached_str_hash(e.key) != hash) continue;
        }
        const std::int64_t eq = compare_stored_key(d, k, &e.key, key);
        if (eq != 0) return eq == 1 ? ix : eq;
    }
}

// Finds `key`: its entry position, -1 when absent, kError on error.
std::int64_t lookup(Dict* d, Object* key, std::int64_t hash) {
    for (;;) {
        DictKeys* k = d->keys;
        std::int64_t ix;
        if (k->kind != kDictKeysGeneral) {
            if (is_exact_str(key)) return lookup_unicode_str(k, cast<Str>(key), hash);
            ix = by_width(k, [&](auto width) { return probe_as<DictUnicodeEntry, decltype(width)>(d, k, key, hash); });
        } else {
            ix = by_width(k, [&](auto width) { return probe_as<DictKeyEntry, decltype(width)>(d, k, key, hash); });
        }
        if (ix != kRestart) return ix;
    }
}

// find_str in a table with {hash, key, value} entries: kRestart when a
// stored key that is not an exact str has the same hash.
template <class Ix>
std::int64_t find_str_general_as(const DictKeys* k, Str* key, std::int64_t hash) {
    const Ix* indices = indices_of<Ix>(k);
    const DictKeyEntry* entries = dict_general_entries(k);
    for (Probe p(k, hash);; p.next()) {
        const std::int64_t ix = indices[p.i];
        if (ix == kEmpty) return -1;
        if (ix < 0) continue;
        const DictKeyEntry& e = entries[ix];
        if (e.key == key) return ix;
        if (e.hash == hash) {
            if (!is_exact_str(e.key)) return kRestart;
            if (str_equal(cast<Str>(e.key), key)) return ix;
        }
    }
}

[[gnu::noinline]] std::int64_t find_str_general(Dict* d, Str* key, std::int64_t hash) {
    const DictKeys* k = d->keys;
    const std::int64_t ix =
        by_width(k, [&](auto width) { return find_str_general_as<decltype(width)>(k, key, hash); });
    return ix == kRestart ? lookup(d, key, hash) : ix;
}

// The evaluator's name and attribute lookups: the key is a str, usually
// interned, and so are the keys it meets, so a pointer comparison settles
// most probes. A stored key that is not an exact str (a user object equal
// to the name) needs the general lookup, whose __eq__ may run code.
std::int64_t find_str(Dict* d, Str* key) {
    const DictKeys* k = d->keys;
    const std::int64_t hash = str_hash(key);
    if (k->kind != kDictKeysGeneral) return lookup_unicode_str(k, key, hash);
    return find_str_general(d, key, hash);
}

std::int64_t key_hash(Object* key) {
    if (is_exact_str(key)) return str_hash(cast<Str>(key));
    return hash(key);
}

// ------------------------------------------------------------- changes

// CPython's MAINTAIN_TRACKING: a dict becomes visible to the collector once
// it holds something that could be part of a cycle.
void maybe_track(Dict* d, Object* key, Object* value) {
    if (gc_is_tracked(d)) return;
    if (gc_may_be_tracked(key) || gc_may_be_tracked(value)) gc_track(d);
}

// A new dict made from `from` holds what `from` holds: tracked when `from` is.
void track_like(Dict* into, Dict* from) {
    if (!gc_is_tracked(into) && gc_is_tracked(from)) gc_track(into);
}

// Releases a table the dict no longer points to: a combined table's entries
// and block, or a split table's values and its share of the keys.
void release_table(DictKeys* k, Object** values) {
    if (!values) {
        release_keys(k);
        return;
    }
    dict_values_release(values);
    dict_keys_release(k);
}

// Stores `value` in the live entry `ix`; the old value goes last, since
// releasing it may run code.
void replace_value(Dict* d, std::int64_t ix, Object* value) {
    Object*& slot = value_at(d, ix);
    Object* old = slot;
    incref(value);
    slot = value;
    touch(d);
    decref(old);
}

// insert_to_emptydict: the first key chooses the entry kind of an 8-slot
// table. False with MemoryError raised.
bool insert_into_empty(Dict* d, Object* key, std::int64_t hash, Object* value) {
    DictKeys* k = new_keys(kLog2MinSize, is_exact_str(key));
    if (!k) return false;
    indices_of<std::int8_t>(k)[static_cast<std::uint64_t>(hash) & mask_of(k)] = 0;  // the table is empty
    incref(key);
    incref(value);
    write_entry(k, 0, key, hash, value);
    --k->usable;
    k->nentries = 1;
    d->keys = k;  // the old keys were the shared empty ones
    d->used = 1;
    touch(d);
    return true;
}

// insertdict: a key other than an exact str first turns a table of str keys
// into {hash, key, value} entries (resizing it for GROWTH_RATE, as CPython
// does), even when it turns out to be present already.
int insert(Dict* d, Object* key, std::int64_t hash, Object* value) {
    const bool str_key = is_exact_str(key);
    if (d->values) {
        const std::int64_t ix = str_key ? dict_shared_keys_insert(d->keys, cast<Str>(key)) : -1;
        if (ix >= 0) {
            maybe_track(d, key, value);
            if (d->values[ix]) {
                replace_value(d, ix, value);
                return 0;
            }
            d->values[ix] = share(value).release();
            dict_values_added(d->values, ix);
            ++d->used;
            touch(d);
            return 0;
        }
        if (!resize(d, growth_log2_keysize(d), str_key)) return -1;
    }
    if (d->keys == dict_empty_keys) {
        maybe_track(d, key, value);
        return insert_into_empty(d, key, hash, value) ? 0 : -1;
    }
    if (!str_key && d->keys->kind == kDictKeysUnicode && !resize(d, growth_log2_keysize(d), false)) return -1;
    const std::int64_t ix = lookup(d, key, hash);
    if (ix == kError) return -1;
    maybe_track(d, key, value);
    if (ix >= 0) {
        replace_value(d, ix, value);
        return 0;
    }
    // An __eq__ during the lookup may have cleared or refilled the dict.
    if (d->keys == dict_empty_keys) return insert_into_empty(d, key, hash, value) ? 0 : -1;
    if (!str_key && d->keys->kind == kDictKeysUnicode && !resize(d, growth_log2_keysize(d), false)) return -1;
    if (d->keys->usable <= 0 && !resize(d, growth_log2_keysize(d), true)) return -1;
    DictKeys* k = d->keys;
    place_entry(k, hash, k->nentries);
    incref(key);
    incref(value);
    write_entry(k, k->nentries, key, hash, value);
    ++d->used;
    --k->usable;
    ++k->nentries;
    touch(d);
    return 0;
}

// Removes live entry `ix` (whose key hashes to `hash`) and returns its
// value; the key is released first (delitem_common's order).
Ref<> remove_entry(Dict* d, std::int64_t ix, std::int64_t hash) {
    DictKeys* k = d->keys;
    if (d->values) {  // the key stays in the shared keys
        Object* value = d->values[ix];
        d->values[ix] = nullptr;
        dict_values_removed(d->values, ix);
        --d->used;
        touch(d);
        return adopt(value);
    }
    unplace_entry(k, hash, ix);
    Object* key;
    Object* value;
    if (k->kind == kDictKeysUnicode) {
        DictUnicodeEntry& e = dict_unicode_entries(k)[ix];
        key = e.key;
        value = e.value;
        e = DictUnicodeEntry{nullptr, nullptr};
    } else {
        DictKeyEntry& e = dict_general_entries(k)[ix];
        key = e.key;
        value = e.value;
        e.key = nullptr;
        e.value = nullptr;
    }
    --d->used;
    touch(d);
    decref(key);
    return adopt(value);
}


// For dict_split.cpp, which cannot see the inline forms.
std::int64_t find_unicode_entry(const DictKeys* k, Str* key, std::int64_t hash) {
    return lookup_unicode_str(k, key, hash);
}
void place_new_entry(DictKeys* k, std::int64_t hash, std::int64_t ix) { place_entry(k, hash, ix); }

}  // namespace dict_detail

using namespace dict_detail;

DictKeys* const dict_empty_keys = &empty_keys_storage.head;

// ------------------------------------------------------------- creation

// CPython 3.11 keeps up to 80 freed exact dicts for reuse
// (new_object_reusing).
static FreeList<Dict, 80> free_dicts;

void dict_free_list_fill(int n) { free_dicts.fill(n, &DictType, sizeof(Dict)); }

Ref<Dict> dict_new() { return new_object_reusing(free_dicts, &DictType); }

void dict_free(Dict* d) {
    if (d->type == &DictType && keep_for_reuse(free_dicts, d)) return;
    delete_object(d);
}

// dict_new_presized: small displays start empty, as {} does; larger ones
// get the table for their count (at most 2**17 slots).
Ref<Dict> dict_new_presized(std::int64_t count, bool str_keys) {
    Ref<Dict> d = dict_new();
    if (count <= usable_fraction(std::int64_t{1} << kLog2MinSize)) return d;
    const std::uint8_t log2_size = count > usable_fraction(std::int64_t{1} << kLog2MaxPresize)
                                       ? kLog2MaxPresize
                                       : estimate_log2_keysize(count);
    DictKeys* k = new_keys(log2_size, str_keys);
    if (!k) return nullptr;
    d->keys = k;
    return d;
}

bool dict_presize(Dict* d, std::int64_t count, bool str_keys) {
    return resize(d, estimate_log2_keysize(count), str_keys);
}

// ------------------------------------------------------------- reading

Object* dict_get(Dict* d, Object* key) {
    const std::int64_t h = key_hash(key);
    if (h == -1) return nullptr;
    const std::int64_t ix = lookup(d, key, h);
    return ix >= 0 ? value_at(d, ix) : nullptr;
}

Object* dict_get_known_hash(Dict* d, Object* key, std::int64_t hash) {
    const std::int64_t ix = lookup(d, key, hash);
    return ix >= 0 ? value_at(d, ix) : nullptr;
}

Object* dict_get_str(Dict* d, Str* key) {
    const DictKeys* k = d->keys;
    const std::int64_t hash = str_hash(key);
    if (k->kind != kDictKeysGeneral) {
        const std::int64_t ix = lookup_unicode_str(k, key, hash);
        return ix >= 0 ? value_at(d, ix) : nullptr;
    }
    const std::int64_t ix = find_str_general(d, key, hash);
    return ix >= 0 ? value_slot(d->keys, ix) : nullptr;
}

Object* dict_get(Dict* d, std::string_view key) { return dict_get_str(d, intern(key)); }

// dict_get_str_hinted past its inline check of the hint.
Object* dict_get_str_searching(Dict* d, Str* key, std::int32_t& hint) {
    const DictKeys* k = d->keys;
    if (k->kind != kDictKeysGeneral) {
        const std::int64_t ix = lookup_unicode_str(k, key, str_hash(key));
        hint = static_cast<std::int32_t>(ix);
        return ix >= 0 ? value_at(d, ix) : nullptr;
    }
    const std::int64_t ix = find_str_general(d, key, str_hash(key));
    hint = static_cast<std::int32_t>(ix >= 0 ? ix : -1);
    return ix >= 0 ? value_slot(d->keys, ix) : nullptr;
}

void dict_traverse_entries(const Dict* d, VisitFn visit, void* arg) {
    const DictKeys* k = d->keys;
    const std::int64_t n = k->nentries;
    if (d->values) {  // in entry order, as CPython's dict_traverse
        for (std::int64_t i = 0; i < n; ++i)
            if (d->values[i]) visit(d->values[i], arg);
        return;
    }
    if (k->kind == kDictKeysUnicode) {
        const DictUnicodeEntry* entries = dict_unicode_entries(k);
        for (std::int64_t i = 0; i < n; ++i)
            if (entries[i].value) visit(entries[i].value, arg);
        return;
    }
    const DictKeyEntry* entries = dict_general_entries(k);
    for (std::int64_t i = 0; i < n; ++i) {
        if (!entries[i].value) continue;
        visit(entries[i].value, arg);
        visit(entries[i].key, arg);
    }
}

bool dict_next_hash(const Dict* d, std::int64_t& pos, Object** key, Object** value, std::int64_t* hash) {
    Object* k;
    if (!dict_next(d, pos, &k, value)) return false;
    if (key) *key = k;
    if (hash) {
        *hash = d->keys->kind != kDictKeysGeneral ? cached_str_hash(k) : dict_general_entries(d->keys)[pos - 1].hash;
    }
    return true;
}

// A split dict counts a values array for as many entries as its keys have
// now, entries and room (shared_keys_usable_size), whatever its own array's
// capacity, as CPython's.
std::size_t dict_sizeof(const Dict* d) {
    std::size_t size = d->type->basic_size;
    if (d->values) size += static_cast<std::size_t>(d->keys->nentries + d->keys->usable) * sizeof(Object*);
    if (d->keys->refcount == 1) size += keys_size(d->keys);
    return size;
}

std::int64_t dict_table_size(const Dict* d) { return std::int64_t{1} << d->keys->log2_size; }
int dict_index_bytes(const Dict* d) { return 1 << (d->keys->log2_index_bytes - d->keys->log2_size); }
int dict_entry_bytes(const Dict* d) { return static_cast<int>(entry_size(d->keys->kind)); }

// ------------------------------------------------------------- writing

int dict_set(Dict* d, Object* key, Object* value) {
    const std::int64_t h = key_hash(key);
    if (h == -1) return -1;
    return insert(d, key, h, value);
}

int dict_set(Dict* d, std::string_view key, Object* value) {
    Str* k = intern(key);
    return insert(d, k, str_hash(k), value);
}

int dict_set_known_hash(Dict* d, Object* key, std::int64_t hash, Object* value) { return insert(d, key, hash, value); }

int dict_set_str_hinted(Dict* d, Str* key, Object* value, std::int32_t& hint) {
    DictKeys* k = d->keys;
    if (static_cast<std::uint64_t>(hint) < static_cast<std::uint64_t>(k->nentries) && !d->values) {
        Object** slot = nullptr;
        if (k->kind == kDictKeysUnicode) {
            DictUnicodeEntry& e = dict_unicode_entries(k)[hint];
            if (e.key == key) slot = &e.value;
        } else {
            DictKeyEntry& e = dict_general_entries(k)[hint];
            if (e.key == key) slot = &e.value;
        }
        if (slot) {
            maybe_track(d, key, value);
            Object* old = *slot;
            incref(value);
            *slot = value;
            touch(d);
            decref(old);  // last: releasing it may run code
            return 0;
        }
    }
    if (insert(d, key, str_hash(key), value) < 0) return -1;
    // A new key went into the last entry; an existing one is found again.
    std::int64_t ix = d->keys->nentries - 1;
    if (!dict_hinted_value(d, key, static_cast<std::int32_t>(ix))) ix = find_str(d, key);
    hint = static_cast<std::int32_t>(ix >= 0 ? ix : -1);
    return 0;
}

int dict_del(Dict* d, Object* key) {
    const std::int64_t h = key_hash(key);
    if (h == -1) return -1;
    const std::int64_t ix = lookup(d, key, h);
    if (ix == kError) return -1;
    if (ix < 0 || !value_at(d, ix)) return 0;
    (void)remove_entry(d, ix, h);  // the removed value is released here
    return 1;
}

// An empty dict answers without hashing the key, as CPython's _PyDict_Pop.
Ref<> dict_pop(Dict* d, Object* key) {
    if (d->used == 0) return nullptr;
    const std::int64_t h = key_hash(key);
    if (h == -1) return nullptr;
    const std::int64_t ix = lookup(d, key, h);
    if (ix < 0 || !value_at(d, ix)) return nullptr;
    return remove_entry(d, ix, h);
}

// dict_popitem_impl: the last live entry goes, and the entries after it are
// forgotten (`nentries` shrinks), though `usable` does not grow back: the
// deleted index stays a DKIX_DUMMY.
bool dict_popitem(Dict* d, Ref<>& key, Ref<>& value) {
    if (d->used == 0) return false;
    // A split table becomes a combined one of the shared keys' size first
    // (CPython's dict_popitem_impl); out of memory, the method raises
    // MemoryError (call_native).
    if (d->values && !resize(d, d->keys->log2_size, true)) throw std::bad_alloc();
    DictKeys* k = d->keys;
    std::int64_t i = k->nentries - 1;
    while (!value_slot(k, i)) --i;
    Object* kp;
    Object* vp;
    std::int64_t hash;
    if (k->kind == kDictKeysUnicode) {
        DictUnicodeEntry& e = dict_unicode_entries(k)[i];
        kp = e.key;
        vp = e.value;
        hash = cached_str_hash(kp);
        e = DictUnicodeEntry{nullptr, nullptr};
    } else {
        DictKeyEntry& e = dict_general_entries(k)[i];
        kp = e.key;
        vp = e.value;
        hash = e.hash;
        e.key = nullptr;
        e.value = nullptr;
    }
    unplace_entry(k, hash, i);
    k->nentries = i;
    --d->used;
    touch(d);
    key = adopt(kp);
    value = adopt(vp);
    return true;
}

// PyDict_Clear: the dict goes back to the shared empty table before the old
// entries are released, since releasing them may run arbitrary code.
void dict_clear(Dict* d) {
    DictKeys* old = d->keys;
    if (old == dict_empty_keys) return;
    Object** old_values = d->values;
    d->keys = dict_empty_keys;
    d->values = nullptr;
    d->used = 0;
    touch(d);
    release_table(old, old_values);
}

// PyDict_Copy: a table with few holes is copied as it is (holes and size
// included); one that deletions have thinned out is rebuilt by merging.
Ref<Dict> dict_copy(Dict* d) {
    Ref<Dict> copy = dict_new();
    if (d->used == 0) return copy;
    if (d->values) return copy_split(d);
    if (d->type->iter == DictType.iter && d->used >= d->keys->nentries * 2 / 3) {
        DictKeys* k = clone_keys(d->keys);
        if (!k) return nullptr;
        copy->keys = k;
        copy->used = d->used;
        touch(copy.get());
        track_like(copy.get(), d);
        return copy;
    }
    if (dict_merge(copy.get(), d) < 0) return nullptr;
    return copy;
}

// dict_merge(a, b, override=1) for a dict `other`: into an empty dict a
// compact table that is not oversized is cloned; otherwise the table is
// grown once for both dicts' entries, then `other`'s entries go in one by
// one with their stored hashes.
int dict_merge(Dict* d, Dict* other) {
    if (other == d || other->used == 0) return 0;
    if (d->used == 0) {
        const DictKeys* ok = other->keys;
        if (!other->values && other->used == ok->nentries &&
            (ok->log2_size == kLog2MinSize || usable_fraction((std::int64_t{1} << ok->log2_size) / 2) < other->used)) {
            DictKeys* clone = clone_keys(ok);
            if (!clone) return -1;
            DictKeys* old = d->keys;
            Object** old_values = std::exchange(d->values, nullptr);
            d->keys = clone;
            d->used = other->used;
            touch(d);
            release_table(old, old_values);  // no live entries: only the blocks go
            track_like(d, other);
            return 0;
        }
    }
    if (usable_fraction(dict_table_size(d)) < other->used)
        if (!resize(d, estimate_log2_keysize(d->used + other->used), other->keys->kind != kDictKeysGeneral))
            return -1;
    // A change to `other`'s entries by an __eq__ is caught by their count,
    // as CPython's.
    const std::int64_t entries_before = other->keys->nentries;
    Object* key;
    Object* value;
    std::int64_t hash;
    for (std::int64_t pos = 0; dict_next_hash(other, pos, &key, &value, &hash);) {
        Ref<> k = share(key);
        Ref<> v = share(value);
        if (insert(d, k.get(), hash, v.get()) < 0) return -1;
        if (other->keys->nentries != entries_before) {
            raise(exc::RuntimeError, "dict mutated during update");
            return -1;
        }
    }
    return 0;
}

}  // namespace minipy
