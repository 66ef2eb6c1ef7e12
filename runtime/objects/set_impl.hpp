// Internals shared by set.cpp and set_type.cpp; not a public interface.
#pragma once

#include "runtime/objects/set.hpp"

#include <cstdint>

namespace minipy {

// The key of a deleted entry (whose hash is -1); probes continue past it.
extern Object* const set_dummy;

inline bool set_entry_is_active(const SetEntry& e) { return e.key != nullptr && e.key != set_dummy; }

// Makes `so` empty on its inline table, forgetting any other table (the
// caller frees it and releases its keys).
void set_reset_to_small_table(Set* so);
// Rebuilds the table with room for `minused` keys, dropping the dummies;
// false with MemoryError.
[[nodiscard]] bool set_table_resize(Set* so, std::int64_t minused);

// The *_entry forms take the key's hash, the *_key forms compute it (and
// fail on an unhashable key). add: 0 or -1; contains: 1, 0 or -1;
// discard: 1 removed, 0 absent, -1 error.
[[nodiscard]] int set_add_entry(Set* so, Object* key, std::int64_t hash);
[[nodiscard]] int set_add_key(Set* so, Object* key);
[[nodiscard]] int set_contains_entry(Set* so, Object* key, std::int64_t hash);
[[nodiscard]] int set_contains_key(Set* so, Object* key);
[[nodiscard]] int set_discard_entry(Set* so, Object* key, std::int64_t hash);
[[nodiscard]] int set_discard_key(Set* so, Object* key);

// Empties the set, releasing the keys (in table order) once it is consistent.
void set_clear_internal(Set* so);
// set_next with the entry, for its stored hash.
bool set_next_entry(Set* so, std::int64_t& pos, SetEntry** entry);
// so |= other for one iterable (set.hpp's set_update); -1 on error.
[[nodiscard]] int set_update_internal(Set* so, Object* other);
// Exchanges the contents of two sets (the in-place operators).
void set_swap_bodies(Set* a, Set* b);

}  // namespace minipy
