// tuple: an immutable array of references, stored inline after the header.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

#include <cstdint>
#include <initializer_list>
#include <span>

namespace minipy {

struct Tuple : VarObject {
    Object** items() { return reinterpret_cast<Object**>(this + 1); }
    Object* const* items() const { return reinterpret_cast<Object* const*>(this + 1); }
    Object* operator[](std::int64_t i) const { return items()[i]; }
    std::int64_t length() const { return size; }
    Object* const* begin() const { return items(); }
    Object* const* end() const { return items() + size; }
};

extern Type TupleType;

inline bool is_tuple(const Object* o) { return o->type->has_flag(type_flags::kTupleSubclass); }

// Freed tuples of 1 to this many items are kept for reuse (tuple.cpp).
inline constexpr int kTupleFreeListLengths = 20;
// Starts the free lists with counts[n - 1] tuples of length n.
void tuple_free_lists_fill(std::span<const int, kTupleFreeListLengths> counts);

// A tuple of `n` null slots to be filled with tuple_init_item (each steals a reference).
Ref<Tuple> tuple_alloc(std::int64_t n);
inline void tuple_init_item(Tuple* t, std::int64_t i, Ref<> value) { t->items()[i] = value.release(); }
Ref<Tuple> tuple_from(std::initializer_list<Object*> items);          // shares each
Ref<Tuple> tuple_from_array(Object* const* items, std::int64_t n);    // shares each
Ref<Tuple> empty_tuple();

// x == y for two tuples: 1, 0, or -1 on error. Items are compared in order
// until one pair differs, as tuple's == does (so each item's __eq__ runs
// as in CPython); dict and set lookups call it for exact tuple keys. It
// counts the recursion level that == on the tuples would (" in comparison").
[[nodiscard]] int tuple_equal(Tuple* x, Tuple* y);
// Two dict or set keys of one hash: exact tuples through tuple_equal,
// anything else with ==. 1, 0, or -1 on error.
[[nodiscard]] int keys_equal(Object* a, Object* b);

// iter(tuple): tuple_iterator, of SeqIter's shape (iterators.hpp).
extern Type TupleIterType;
Ref<> tuple_iter_new(Tuple* tuple);

void tuple_type_init();
void tuple_iter_type_init();
// Creates the shared empty tuple; runtime_init calls it once tuples can be made.
void tuple_make_empty();

}  // namespace minipy
