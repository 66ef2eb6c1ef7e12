// list_iterator and list_reverseiterator (CPython 3.11's Objects/listobject.c).
#include "runtime/objects/list.hpp"

#include "runtime/objects/int.hpp"
#include "runtime/objects/iterators.hpp"

#include <cstdint>

namespace minipy {

Type ListIterType;
Type ListRevIterType;

Ref<> list_iter_new(List* list) { return seq_iter_alloc(&ListIterType, list, 0); }

static Ref<> list_iter_next(Object* o) {
    auto* it = cast<SeqIter>(o);
    if (!it->seq) return nullptr;
    auto* list = cast<List>(it->seq);
    if (it->index < list->size) return share(list->items[it->index++]);
    clear_slot(it->seq);
    return nullptr;
}

static Ref<> list_iter_length_hint(Object* self, const Args&) {
    auto* it = cast<SeqIter>(self);
    std::int64_t n = it->seq ? cast<List>(it->seq)->size - it->index : 0;
    return int_from(n >= 0 ? n : 0);
}

Ref<> list_reverse_iter_new(List* list) { return seq_iter_alloc(&ListRevIterType, list, list->size - 1); }

static Ref<> list_rev_iter_next(Object* o) {
    auto* it = cast<SeqIter>(o);
    if (it->seq) {
        auto* list = cast<List>(it->seq);
        if (it->index >= 0 && it->index < list->size) return share(list->items[it->index--]);
    }
    it->index = -1;
    clear_slot(it->seq);
    return nullptr;
}

static Ref<> list_rev_iter_length_hint(Object* self, const Args&) {
    auto* it = cast<SeqIter>(self);
    std::int64_t n = it->index + 1;
    if (!it->seq || cast<List>(it->seq)->size < n) n = 0;
    return int_from(n);
}

void list_iter_types_init() {
    init_seq_iter_type(ListIterType, "list_iterator", list_iter_next, list_iter_length_hint);
    init_seq_iter_type(ListRevIterType, "list_reverseiterator", list_rev_iter_next, list_rev_iter_length_hint);
}

}  // namespace minipy
