// set and frozenset: CPython 3.11's Objects/setobject.c, table for table.
//
// The table is open-addressed with CPython's probe sequence: from slot
// hash & mask, look at up to LINEAR_PROBES following slots, then jump to
// (i * 5 + 1 + perturb) & mask with perturb >>= 5 each time. Deleted entries
// become "dummy" (hash -1) so probe chains stay intact. The table starts as
// the 8 inline slots and is resized when fill * 5 >= mask * 3, to the
// smallest power of two above used * 4 (used * 2 past 50000 items), which
// drops the dummies. Iteration walks the table in slot order; with the same
// hashes, the same insertions and the same resizes, `print({5, 3, 100, 1})`
// shows CPython's order.
//
// Comparing keys (==) may run Python code that mutates the set; lookups
// notice that the table or the entry changed and restart, as CPython does.
//
// This file is the table; the types as Python sees them (construction, the
// set algebra and operators, methods, repr, the iterator) are in
// set_type.cpp.
#include "runtime/objects/set.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/scalar_compare.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/set_impl.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <cstdlib>
#include <cstring>
#include <utility>

namespace minipy {

static constexpr std::int64_t kMinSize = 8;  // the inline table
static constexpr std::uint64_t kLinearProbes = 9;
static constexpr int kPerturbShift = 5;

// The marker of a deleted entry; never visible outside the set files.
static Object DummyObject{1, &ObjectType};
Object* const set_dummy = &DummyObject;

static std::nullptr_t raise_no_memory() { return raise_object(exc::MemoryError); }

// ------------------------------------------------------------- the table

void set_reset_to_small_table(Set* so) {
    std::memset(so->small_table, 0, sizeof(so->small_table));
    so->fill = 0;
    so->used = 0;
    so->mask = kMinSize - 1;
    so->table = so->small_table;
    so->hash = -1;
}

// Inserts a key known to be absent into a table without dummies (resize, copy).
static void insert_clean(SetEntry* table, std::uint64_t mask, Object* key, std::int64_t hash) {
    std::uint64_t perturb = static_cast<std::uint64_t>(hash);
    std::uint64_t i = static_cast<std::uint64_t>(hash) & mask;
    for (;;) {
        SetEntry* entry = &table[i];
        if (entry->key == nullptr) goto found_null;
        if (i + kLinearProbes <= mask) {
            for (std::uint64_t j = 0; j < kLinearProbes; ++j) {
                ++entry;
                if (entry->key == nullptr) goto found_null;
            }
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found_null:
        entry->key = key;
        entry->hash = hash;
        return;
    }
}

// Moves the entries to a table of the smallest power of two > minused
// (at least 8), dropping the dummies. References move with the entries.
bool set_table_resize(Set* so, std::int64_t minused) {
    std::uint64_t newsize = kMinSize;
    while (newsize <= static_cast<std::uint64_t>(minused)) newsize <<= 1;

    SetEntry* oldtable = so->table;
    const std::uint64_t oldmask = static_cast<std::uint64_t>(so->mask);
    const bool old_is_small = oldtable == so->small_table;
    SetEntry small_copy[kMinSize];

    SetEntry* newtable;
    if (newsize == kMinSize) {
        // A small table being rebuilt in place: copy it out first.
        newtable = so->small_table;
        if (newtable == oldtable) {
            if (so->fill == so->used) return true;  // no dummies: nothing to do
            std::memcpy(small_copy, oldtable, sizeof(small_copy));
            oldtable = small_copy;
        }
        std::memset(newtable, 0, sizeof(SetEntry) * newsize);
    } else {  // calloc's memory is zeroed already
        newtable = static_cast<SetEntry*>(std::calloc(newsize, sizeof(SetEntry)));
        if (!newtable) {
            raise_no_memory();
            return false;
        }
    }
    so->mask = static_cast<std::int64_t>(newsize - 1);
    so->table = newtable;

    const std::uint64_t newmask = newsize - 1;
    if (so->fill == so->used) {
        for (SetEntry* e = oldtable; e <= oldtable + oldmask; ++e)
            if (e->key != nullptr) insert_clean(newtable, newmask, e->key, e->hash);
    } else {
        so->fill = so->used;
        for (SetEntry* e = oldtable; e <= oldtable + oldmask; ++e)
            if (set_entry_is_active(*e)) insert_clean(newtable, newmask, e->key, e->hash);
    }
    if (!old_is_small) std::free(oldtable);
    return true;
}

// The entry holding `key`, or the empty entry where the probe ended.
// Null with an exception set when a comparison failed.
static SetEntry* set_lookkey(Set* so, Object* key, std::int64_t hash) {
restart:
    std::uint64_t perturb = static_cast<std::uint64_t>(hash);
    std::uint64_t mask = static_cast<std::uint64_t>(so->mask);
    std::uint64_t i = static_cast<std::uint64_t>(hash) & mask;
    for (;;) {
        SetEntry* entry = &so->table[i];
        std::uint64_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
        do {
            if (entry->hash == 0 && entry->key == nullptr) return entry;
            if (entry->hash == hash) {
                Object* startkey = entry->key;
                if (startkey == key) return entry;
                if (int fast = compare_scalars(startkey, key, CompareOp::Eq); fast >= 0) {
                    if (fast) return entry;
                } else {
                    SetEntry* table = so->table;
                    Ref<> hold = share(startkey);
                    int cmp = keys_equal(startkey, key);
                    if (cmp < 0) return nullptr;
                    if (table != so->table || entry->key != startkey) goto restart;
                    if (cmp > 0) return entry;
                    mask = static_cast<std::uint64_t>(so->mask);
                }
            }
            ++entry;
        } while (probes--);
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// Adds `key` (a new reference is taken) unless present. -1 on error.
int set_add_entry(Set* so, Object* key, std::int64_t hash) {
    Ref<> owned = share(key);
restart:
    std::uint64_t mask = static_cast<std::uint64_t>(so->mask);
    std::uint64_t i = static_cast<std::uint64_t>(hash) & mask;
    SetEntry* freeslot = nullptr;
    std::uint64_t perturb = static_cast<std::uint64_t>(hash);
    SetEntry* entry;
    for (;;) {
        entry = &so->table[i];
        std::uint64_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
        do {
            if (entry->hash == 0 && entry->key == nullptr) goto found_unused_or_dummy;
            if (entry->hash == hash) {
                Object* startkey = entry->key;
                if (startkey == key) return 0;
                if (int fast = compare_scalars(startkey, key, CompareOp::Eq); fast >= 0) {
                    if (fast) return 0;
                } else {
                    SetEntry* table = so->table;
                    Ref<> hold = share(startkey);
                    int cmp = keys_equal(startkey, key);
                    if (cmp > 0) return 0;
                    if (cmp < 0) return -1;
                    if (table != so->table || entry->key != startkey) goto restart;
                    mask = static_cast<std::uint64_t>(so->mask);
                }
            } else if (entry->hash == -1) {
                // A dummy: reusable if the key turns out to be absent. The
                // last one probed wins, as in CPython 3.11.
                freeslot = entry;
            }
            ++entry;
        } while (probes--);
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }

found_unused_or_dummy:
    if (freeslot) {
        ++so->used;
        freeslot->key = owned.release();
        freeslot->hash = hash;
        return 0;
    }
    ++so->fill;
    ++so->used;
    entry->key = owned.release();
    entry->hash = hash;
    if (static_cast<std::uint64_t>(so->fill) * 5 < mask * 3) return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4) ? 0 : -1;
}

int set_add_key(Set* so, Object* key) {
    std::int64_t h = hash(key);
    if (h == -1) return -1;
    return set_add_entry(so, key, h);
}

int set_contains_entry(Set* so, Object* key, std::int64_t hash) {
    SetEntry* entry = set_lookkey(so, key, hash);
    if (!entry) return -1;
    return entry->key != nullptr;
}

int set_contains_key(Set* so, Object* key) {
    std::int64_t h = hash(key);
    if (h == -1) return -1;
    return set_contains_entry(so, key, h);
}

// 1 removed, 0 absent, -1 error.
int set_discard_entry(Set* so, Object* key, std::int64_t hash) {
    SetEntry* entry = set_lookkey(so, key, hash);
    if (!entry) return -1;
    if (entry->key == nullptr) return 0;
    Object* old_key = entry->key;
    entry->key = set_dummy;
    entry->hash = -1;
    --so->used;
    decref(old_key);
    return 1;
}

int set_discard_key(Set* so, Object* key) {
    std::int64_t h = hash(key);
    if (h == -1) return -1;
    return set_discard_entry(so, key, h);
}

// Empties the set. Keys are released only after the set is consistent,
// since releasing one may run code that looks at the set.
void set_clear_internal(Set* so) {
    SetEntry* table = so->table;
    std::int64_t used = so->used;
    const bool table_is_malloced = table != so->small_table;
    SetEntry small_copy[kMinSize];
    if (!table_is_malloced) {
        if (so->fill == 0) return;
        std::memcpy(small_copy, table, sizeof(small_copy));
        table = small_copy;
    }
    set_reset_to_small_table(so);
    for (SetEntry* entry = table; used > 0; ++entry) {
        if (set_entry_is_active(*entry)) {
            --used;
            decref(entry->key);
        }
    }
    if (table_is_malloced) std::free(table);
}

bool set_next(const Set* s, std::int64_t& pos, Object** key) {
    while (pos <= s->mask) {
        const SetEntry& e = s->table[pos++];
        if (set_entry_is_active(e)) {
            *key = e.key;
            return true;
        }
    }
    return false;
}

// Like set_next, with the entry (for its stored hash).
bool set_next_entry(Set* so, std::int64_t& pos, SetEntry** entry) {
    while (pos <= so->mask) {
        SetEntry* e = &so->table[pos++];
        if (set_entry_is_active(*e)) {
            *entry = e;
            return true;
        }
    }
    return false;
}

// so |= other for a set or frozenset `other`.
static int set_merge(Set* so, Set* other) {
    if (other == so || other->used == 0) return 0;
    // One big resize up front, expecting few overlapping keys.
    if ((so->fill + other->used) * 5 >= so->mask * 3) {
        if (!set_table_resize(so, (so->used + other->used) * 2)) return -1;
    }
    SetEntry* so_entry = so->table;
    SetEntry* other_entry = other->table;

    // Same size, empty, no dummies in other: copy the table as is.
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (std::int64_t i = 0; i <= other->mask; ++i, ++so_entry, ++other_entry) {
            if (Object* key = other_entry->key) {
                incref(key);
                so_entry->key = key;
                so_entry->hash = other_entry->hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    // Empty: no duplicates possible, insert without comparing.
    if (so->fill == 0) {
        so->fill = other->used;
        so->used = other->used;
        const auto newmask = static_cast<std::uint64_t>(so->mask);
        for (std::int64_t i = other->mask + 1; i > 0; --i, ++other_entry) {
            if (set_entry_is_active(*other_entry)) {
                incref(other_entry->key);
                insert_clean(so->table, newmask, other_entry->key, other_entry->hash);
            }
        }
        return 0;
    }
    for (std::int64_t i = 0; i <= other->mask; ++i) {
        other_entry = &other->table[i];
        if (set_entry_is_active(*other_entry)) {
            Ref<> key = share(other_entry->key);
            if (set_add_entry(so, key.get(), other_entry->hash) < 0) return -1;
        }
    }
    return 0;
}

// so.update(other) for one iterable.
int set_update_internal(Set* so, Object* other) {
    if (is_anyset(other)) return set_merge(so, cast<Set>(other));
    if (other->type == &DictType) {
        // Dict keys come with their hashes.
        Dict* d = cast<Dict>(other);
        if ((so->fill + d->used) * 5 >= so->mask * 3) {
            if (!set_table_resize(so, (so->used + d->used) * 2)) return -1;
        }
        Object* k;
        std::int64_t hash;
        for (std::int64_t pos = 0; dict_next_hash(d, pos, &k, nullptr, &hash);) {
            Ref<> key = share(k);
            if (set_add_entry(so, key.get(), hash) < 0) return -1;
        }
        return 0;
    }
    Ref<> it = get_iter(other);
    if (!it) return -1;
    for (;;) {
        Ref<> key = iter_next(it.get());
        if (!key) return error_pending() ? -1 : 0;
        if (set_add_key(so, key.get()) < 0) return -1;
    }
}

int set_add(Set* s, Object* key) { return set_add_key(s, key); }
int set_update(Set* s, Object* iterable) { return set_update_internal(s, iterable); }
int set_contains(Set* s, Object* key) { return set_contains_key(s, key); }
int set_discard(Set* s, Object* key) { return set_discard_key(s, key); }

// Exchanges the contents of two sets (for the in-place operators). The
// inline tables are copied, malloc'ed tables change hands.
void set_swap_bodies(Set* a, Set* b) {
    std::swap(a->fill, b->fill);
    std::swap(a->used, b->used);
    std::swap(a->mask, b->mask);
    SetEntry* a_table = a->table;
    SetEntry* b_table = b->table;
    a->table = b_table == b->small_table ? a->small_table : b_table;
    b->table = a_table == a->small_table ? b->small_table : a_table;
    SetEntry tab[kMinSize];
    std::memcpy(tab, a->small_table, sizeof(tab));
    std::memcpy(a->small_table, b->small_table, sizeof(tab));
    std::memcpy(b->small_table, tab, sizeof(tab));
    if (is_frozenset(a) && is_frozenset(b)) {
        std::swap(a->hash, b->hash);
    } else {
        a->hash = -1;
        b->hash = -1;
    }
}

}  // namespace minipy
