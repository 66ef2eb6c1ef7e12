// The parts of the dict table (dict.cpp) that its split tables
// (dict_split.cpp) build on: the keys block, its probing and the
// bookkeeping every change does. Not for use outside those two files.
#pragma once

#include "runtime/objects/dict.hpp"

#include <cstddef>
#include <cstdint>

namespace minipy::dict_detail {

// A keys block of 2**log2_size slots, every index empty, {key, value}
// entries when `unicode`. Null with MemoryError raised.
DictKeys* new_keys(std::uint8_t log2_size, bool unicode);
// Releases the entries' references and frees the block.
void release_keys(DictKeys* k);
std::size_t keys_size(const DictKeys* k);

// The entry holding str `key` (whose hash is `hash`) in a table of str
// keys, or -1; no Python code runs.
std::int64_t find_unicode_entry(const DictKeys* k, Str* key, std::int64_t hash);
// Points a free index slot of `hash`'s probe sequence at entry `ix`.
void place_new_entry(DictKeys* k, std::int64_t hash, std::int64_t ix);
void write_entry(DictKeys* k, std::int64_t ix, Object* key, std::int64_t hash, Object* value);
// Rebuilds the index table for entries 0 … n-1.
void build_indices(DictKeys* k, std::int64_t n);
std::int64_t cached_str_hash(Object* key);

// A new version for a changed dict.
void touch(Dict* d);
// `into`, made from `from`, is tracked when `from` is.
void track_like(Dict* into, Dict* from);

// dict_split.cpp: a split table becomes a combined one of 2**log2_size
// slots (dictresize). False with MemoryError raised.
bool unsplit(Dict* d, std::uint8_t log2_size, bool unicode);
// PyDict_Copy of a split table.
Ref<Dict> copy_split(Dict* d);

}  // namespace minipy::dict_detail
