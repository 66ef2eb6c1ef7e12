// set and frozenset: open-addressed hash tables with CPython's exact probing
// (linear probes, then perturbation) and resize policy, so that printing a set
// of ints shows the same order as CPython.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

#include <cstdint>

namespace minipy {

struct SetEntry {
    Object* key;  // null: never used; the dummy marker: deleted
    std::int64_t hash;
};

struct Set : Object {
    std::int64_t fill = 0;  // active + deleted slots
    std::int64_t used = 0;  // active slots
    std::int64_t mask = 0;  // table size - 1
    SetEntry* table = nullptr;
    std::int64_t finger = 0;  // pop() search start, as CPython
    std::int64_t hash = -1;   // frozenset only: cached hash
    SetEntry small_table[8] = {};
    WeakRef* weakreflist = nullptr;  // weak references to the set (weakref.hpp)
};

extern Type SetType;
extern Type FrozenSetType;

inline bool is_set(const Object* o) { return is_instance_of(o, &SetType); }
inline bool is_frozenset(const Object* o) { return is_instance_of(o, &FrozenSetType); }
inline bool is_anyset(const Object* o) { return is_set(o) || is_frozenset(o); }

Ref<Set> set_new(Type* type = &SetType);
[[nodiscard]] int set_add(Set* s, Object* key);       // -1 on error (unhashable)
// s |= iterable, as CPython's _PySet_Update: another set's table is merged
// directly, which gives CPython's iteration order for `{*a, *b}`. -1 on error.
[[nodiscard]] int set_update(Set* s, Object* iterable);
[[nodiscard]] int set_contains(Set* s, Object* key);  // 1, 0, -1
[[nodiscard]] int set_discard(Set* s, Object* key);   // 1 removed, 0 absent, -1 error
// Iterates active keys in table order.
bool set_next(const Set* s, std::int64_t& pos, Object** key);
// set(iterable) / frozenset(iterable); null with an exception on failure.
Ref<Set> set_from_iterable(Type* type, Object* iterable);

void set_type_init();

}  // namespace minipy
