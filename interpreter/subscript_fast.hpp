// Fast paths for indexing a list or tuple with an int, as CPython 3.11's
// specialised BINARY_SUBSCR_LIST_INT / _TUPLE_INT and STORE_SUBSCR_LIST_INT:
// an exact list or tuple, an index that is a machine int, in range.
// Anything else (slices, negative wrap-around aside, errors) takes the
// general protocol, which also reports the errors.
#pragma once

#include "interpreter/number_fast.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/tuple.hpp"

#include <cstdint>

namespace minipy::interp {

// The position `index` names in a sequence of `size` items (negative
// indexes count from the end), or -1 when out of range.
inline std::int64_t fast_position(Object* index, std::int64_t size) {
    std::int64_t i = static_cast<Int*>(index)->small;
    if (i < 0) i += size;
    return i >= 0 && i < size ? i : -1;
}

// seq[index], borrowed; null when the general path must answer.
inline Object* fast_item(Object* seq, Object* index) {
    if (!is_machine_int(index)) return nullptr;
    if (seq->type == &ListType) {
        List* list = static_cast<List*>(seq);
        std::int64_t i = fast_position(index, list->size);
        return i >= 0 ? list->items[i] : nullptr;
    }
    if (seq->type == &TupleType) {
        Tuple* tuple = static_cast<Tuple*>(seq);
        std::int64_t i = fast_position(index, tuple->size);
        return i >= 0 ? tuple->items()[i] : nullptr;
    }
    return nullptr;
}

// seq[index] = value for a list; false when the general path must do it.
inline bool fast_store_item(Object* seq, Object* index, Object* value) {
    if (seq->type != &ListType || !is_machine_int(index)) return false;
    List* list = static_cast<List*>(seq);
    std::int64_t i = fast_position(index, list->size);
    if (i < 0) return false;
    Object* old = list->items[i];
    incref(value);
    list->items[i] = value;
    decref(old);  // last: releasing it may run code that looks at the list
    return true;
}

}  // namespace minipy::interp
