// list: a growable array of references, over-allocated as CPython does.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

#include <cstdint>

namespace minipy {

// PyListObject's layout: ob_size (the length) right after the header, as
// in every variable-size object, so a field read through ctypes at
// id(lst) + 16 is the length, as in CPython; then ob_item and allocated.
struct List : Object {
    std::int64_t size = 0;
    Object** items = nullptr;
    std::int64_t capacity = 0;

    Object* operator[](std::int64_t i) const { return items[i]; }
    std::int64_t length() const { return size; }
    Object* const* begin() const { return items; }
    Object* const* end() const { return items + size; }
};

extern Type ListType;

// Starts the free list of exact lists (list.cpp) with `n` of them.
void list_free_list_fill(int n);

inline bool is_list(const Object* o) { return o->type->has_flag(type_flags::kListSubclass); }

Ref<List> list_new(std::int64_t reserve = 0);
// Returns an item array of `capacity` slots to the heap (null: nothing to do).
void list_free_items(Object** items, std::int64_t capacity);
// Appends a new reference to `value`; false (MemoryError) only on exhaustion.
[[nodiscard]] bool list_append(List* list, Object* value);
Ref<List> list_from_array(Object* const* items, std::int64_t n);
// Removes the last item and returns it (the list must not be empty); the
// array shrinks as list.pop() shrinks it. Null only on MemoryError.
Ref<> list_pop_last(List* list);
// Inserts a new reference to `value` before index `where` (clamped to the
// list, as list.insert does); false only on MemoryError.
[[nodiscard]] bool list_insert(List* list, std::int64_t where, Object* value);
// list.extend(iterable), list += iterable and a display's `*x` (CPython's
// list_extend): an empty list gets exactly the room a list or tuple needs
// (rounded up to even), otherwise the list grows as appends grow it; 0, or
// -1 with the exception set.
[[nodiscard]] int list_extend(List* self, Object* iterable);
// list(iterable): null with an exception set when iteration fails.
Ref<List> list_from_iterable(Object* iterable);
// CPython's PySequence_Fast: `v` itself when it is exactly a list or tuple
// (subclasses may override __iter__, so they are listed), else list(v); a
// failing iter() becomes TypeError(message). Null on error. Its items are
// read with sequence_fast_items/size while nothing resizes it.
Ref<> sequence_fast(Object* v, const char* message);
std::int64_t sequence_fast_size(Object* seq);
Object* const* sequence_fast_items(Object* seq);
// Sorts in place with an optional key function (borrowed, may be null); -1 on error.
[[nodiscard]] int list_sort(List* list, Object* key, bool reverse);

// iter(list) and reversed(list) (list_iter.cpp): list_iterator and
// list_reverseiterator, of SeqIter's shape (iterators.hpp).
extern Type ListIterType;
extern Type ListRevIterType;
Ref<> list_iter_new(List* list);
Ref<> list_reverse_iter_new(List* list);  // starts at the last item

void list_type_init();
void list_iter_types_init();

}  // namespace minipy
