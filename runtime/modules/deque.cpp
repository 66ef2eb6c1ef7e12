// collections.deque and its two iterators (CPython 3.11's deque in
// Modules/_collectionsmodule.c): a double-ended queue kept in a doubly
// linked list of fixed-size blocks.
//
// The layout is CPython's, so that sys.getsizeof and the moments a block is
// added or dropped agree with it:
//  * A block holds kBlockLen item pointers between its left and right links
//    (528 bytes). The items run from leftblock->data[leftindex] to
//    rightblock->data[rightindex]; the blocks between those two are full.
//  * An empty deque keeps one block, with leftindex == rightindex + 1. It
//    is centred when the deque is made, cleared or emptied by pops at a
//    block's edge, so appends at either end start without a new block; an
//    extend() (extendleft()) of an empty deque starts at the block's left
//    (right) edge instead, so that its items fill whole blocks.
//  * Blocks the deque gives up are kept for reuse, up to kMaxFreeBlocks.
//  * `state` changes with every change that moves items (not with d[i] = x
//    or reverse(), as in CPython). Iterators, and the methods that compare
//    items (which runs Python code), check it after each step and raise
//    "deque mutated during iteration".
#include "runtime/modules/collections.hpp"
#include "runtime/modules/internal.hpp"
#include "runtime/modules/modules.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/core/repr_guard.hpp"
#include "runtime/core/seq_index.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/generic_alias.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/iterators.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <cstddef>
#include <fmt/format.h>

#include <cstdint>
#include <string>

namespace minipy {

Type DequeType;
Type DequeIterType;
Type DequeRevIterType;

namespace {

constexpr std::int64_t kBlockLen = 64;
constexpr std::int64_t kCenter = (kBlockLen - 1) / 2;
constexpr int kMaxFreeBlocks = 16;

struct DequeBlock {
    DequeBlock* left;
    Object* data[kBlockLen];
    DequeBlock* right;
};

// VarObject's `size` is the number of items (CPython's ob_size).
struct Deque : VarObject {
    DequeBlock* leftblock;
    DequeBlock* rightblock;
    std::int64_t leftindex;   // first item, in leftblock
    std::int64_t rightindex;  // last item, in rightblock
    std::uint64_t state;
    std::int64_t maxlen;  // -1: unbounded
    std::int64_t numfreeblocks;
    DequeBlock* freeblocks[kMaxFreeBlocks];
    WeakRef* weakreflist;  // weak references to the deque (weakref.hpp)
};
static_assert(sizeof(DequeBlock) == 528 && sizeof(Deque) == 216, "CPython 3.11's deque sizes");

Deque* as_deque(Object* o) { return cast<Deque>(o); }

std::nullptr_t raise_mutated(Type* type = exc::RuntimeError) {
    return raise(type, "deque mutated during iteration");
}

std::nullptr_t raise_memory_error() { return raise_object(exc::MemoryError); }

// ------------------------------------------------------------ blocks

DequeBlock* new_block(Deque* d) {
    if (d->numfreeblocks > 0) return d->freeblocks[--d->numfreeblocks];
    auto* b = static_cast<DequeBlock*>(heap_alloc(sizeof(DequeBlock)));
    if (!b) raise_memory_error();
    return b;
}

void free_block(Deque* d, DequeBlock* b) {
    if (d->numfreeblocks < kMaxFreeBlocks) d->freeblocks[d->numfreeblocks++] = b;
    else heap_free(b, sizeof(DequeBlock));
}

void recenter(Deque* d) {
    d->leftindex = kCenter + 1;
    d->rightindex = kCenter;
}

// The four moves at the ends. The pushes store a reference the caller gives
// up; the pops hand one back. None of them touches `state`.
bool push_right(Deque* d, Object* item) {
    if (d->rightindex == kBlockLen - 1) {
        DequeBlock* b = new_block(d);
        if (!b) return false;
        b->left = d->rightblock;
        b->right = nullptr;
        d->rightblock->right = b;
        d->rightblock = b;
        d->rightindex = -1;
    }
    ++d->size;
    d->rightblock->data[++d->rightindex] = item;
    return true;
}

bool push_left(Deque* d, Object* item) {
    if (d->leftindex == 0) {
        DequeBlock* b = new_block(d);
        if (!b) return false;
        b->right = d->leftblock;
        b->left = nullptr;
        d->leftblock->left = b;
        d->leftblock = b;
        d->leftindex = kBlockLen;
    }
    ++d->size;
    d->leftblock->data[--d->leftindex] = item;
    return true;
}

Object* pop_right(Deque* d) {
    Object* item = d->rightblock->data[d->rightindex--];
    --d->size;
    if (d->rightindex < 0) {
        if (d->size) {
            DequeBlock* prev = d->rightblock->left;
            free_block(d, d->rightblock);
            prev->right = nullptr;
            d->rightblock = prev;
            d->rightindex = kBlockLen - 1;
        } else {
            recenter(d);
        }
    }
    return item;
}

Object* pop_left(Deque* d) {
    Object* item = d->leftblock->data[d->leftindex++];
    --d->size;
    if (d->leftindex == kBlockLen) {
        if (d->size) {
            DequeBlock* next = d->leftblock->right;
            free_block(d, d->leftblock);
            next->left = nullptr;
            d->leftblock = next;
            d->leftindex = 0;
        } else {
            recenter(d);
        }
    }
    return item;
}

// append / appendleft with the maxlen rule: the item at the other end
// falls off, and is released after the new one is in.
bool append_item(Deque* d, Ref<> item) {
    if (!push_right(d, item.get())) return false;
    (void)item.release();
    if (d->maxlen >= 0 && d->size > d->maxlen) {
        Object* old = pop_left(d);
        ++d->state;
        decref(old);
    } else {
        ++d->state;
    }
    return true;
}

bool append_left_item(Deque* d, Ref<> item) {
    if (!push_left(d, item.get())) return false;
    (void)item.release();
    if (d->maxlen >= 0 && d->size > d->maxlen) {
        Object* old = pop_right(d);
        ++d->state;
        decref(old);
    } else {
        ++d->state;
    }
    return true;
}

// The slot of item i (0 <= i < size), walking from the nearer end.
Object** item_slot(Deque* d, std::int64_t i) {
    std::int64_t pos = i + d->leftindex;
    std::int64_t block_index = pos / kBlockLen;
    std::int64_t offset = pos % kBlockLen;
    DequeBlock* b;
    if (i < d->size / 2) {
        b = d->leftblock;
        while (block_index-- > 0) b = b->right;
    } else {
        std::int64_t from_right = (d->leftindex + d->size - 1) / kBlockLen - block_index;
        b = d->rightblock;
        while (from_right-- > 0) b = b->left;
    }
    return &b->data[offset];
}

// Calls fn(item) for each item, left to right (no Python code may run).
template <class Fn>
void for_each_item(Deque* d, Fn fn) {
    DequeBlock* b = d->leftblock;
    std::int64_t index = d->leftindex;
    for (std::int64_t i = 0; i < d->size; ++i) {
        fn(b->data[index]);
        if (++index == kBlockLen) {
            b = b->right;
            index = 0;
        }
    }
}

// A cursor for the methods that compare items: they may run Python code
// that changes the deque, so the caller checks `state` after each step
// before moving on.
struct Cursor {
    DequeBlock* block;
    std::int64_t index;
    void advance() {
        if (++index == kBlockLen) {
            block = block->right;
            index = 0;
        }
    }
    Object* item() const { return block->data[index]; }
};

// Moves n items from one end to the other: to the left end when n > 0
// (CPython's _deque_rotate). Changes `state` whenever the deque has two
// items or more, even for n == 0, as CPython's does.
bool rotate(Deque* d, std::int64_t n) {
    const std::int64_t len = d->size;
    if (len <= 1) return true;
    const std::int64_t half = len >> 1;
    if (n > half || n < -half) {
        n %= len;
        if (n > half) n -= len;
        else if (n < -half) n += len;
    }
    ++d->state;
    for (; n > 0; --n)
        if (!push_left(d, pop_right(d))) return false;
    for (; n < 0; ++n)
        if (!push_right(d, pop_left(d))) return false;
    return true;
}

// Empties the deque first, then releases the items left to right, so that
// code a release runs sees an empty deque (CPython's deque_clear).
void clear_items(Deque* d) {
    if (d->size == 0) return;
    DequeBlock* fresh = new_block(d);
    if (!fresh) {
        clear_error();
        while (d->size) {
            Object* item = pop_right(d);
            ++d->state;
            decref(item);
        }
        return;
    }
    fresh->left = fresh->right = nullptr;
    DequeBlock* b = d->leftblock;
    std::int64_t index = d->leftindex;
    std::int64_t n = d->size;
    d->leftblock = d->rightblock = fresh;
    d->size = 0;
    recenter(d);
    ++d->state;
    while (n > 0) {
        Object* item = b->data[index];
        --n;
        if (++index == kBlockLen && n > 0) {
            DequeBlock* next = b->right;
            free_block(d, b);
            b = next;
            index = 0;
        }
        decref(item);
    }
    free_block(d, b);
}

// ------------------------------------------------------------ lifetime

Ref<> deque_new(Type* type, const Args&) {
    auto d = new_object<Deque>(type);
    DequeBlock* b = new_block(d.get());
    if (!b) return nullptr;
    b->left = b->right = nullptr;
    d->leftblock = d->rightblock = b;
    recenter(d.get());
    d->maxlen = -1;
    gc_track(d.get());
    return d;
}

void deque_clear_slot(Object* o) { clear_items(as_deque(o)); }

void deque_destroy(Object* o) {
    Deque* d = as_deque(o);
    if (d->leftblock) {
        clear_items(d);
        free_block(d, d->leftblock);
        d->leftblock = d->rightblock = nullptr;
    }
    for (std::int64_t i = 0; i < d->numfreeblocks; ++i) heap_free(d->freeblocks[i], sizeof(DequeBlock));
    d->numfreeblocks = 0;
    delete_object(d);
}

void deque_traverse(Object* o, VisitFn visit, void* arg) {
    for_each_item(as_deque(o), [&](Object* item) { visit(item, arg); });
}

// Its blocks count, as in CPython's deque_sizeof (a class's own fields are
// in basic_size).
std::size_t deque_size_of(Object* o) {
    Deque* d = as_deque(o);
    std::size_t blocks = static_cast<std::size_t>((d->leftindex + d->size + kBlockLen - 1) / kBlockLen);
    return o->type->basic_size + blocks * sizeof(DequeBlock);
}

// ------------------------------------------------------------ extend

bool extend(Deque* d, Object* iterable) {
    if (iterable == d) {
        Ref<List> copy = list_from_iterable(iterable);
        return copy && extend(d, copy.get());
    }
    Ref<> it = get_iter(iterable);
    if (!it) return false;
    if (d->maxlen == 0) {
        while (Ref<> item = iter_next(it.get())) {
        }
        return !error_pending();
    }
    // Filling from the block's left edge keeps whole blocks full.
    if (d->size == 0) {
        d->leftindex = 1;
        d->rightindex = 0;
    }
    while (Ref<> item = iter_next(it.get()))
        if (!append_item(d, std::move(item))) return false;
    return !error_pending();
}

bool extend_left(Deque* d, Object* iterable) {
    if (iterable == d) {
        Ref<List> copy = list_from_iterable(iterable);
        return copy && extend_left(d, copy.get());
    }
    Ref<> it = get_iter(iterable);
    if (!it) return false;
    if (d->maxlen == 0) {
        while (Ref<> item = iter_next(it.get())) {
        }
        return !error_pending();
    }
    if (d->size == 0) {
        d->leftindex = kBlockLen - 1;
        d->rightindex = kBlockLen - 2;
    }
    while (Ref<> item = iter_next(it.get()))
        if (!append_left_item(d, std::move(item))) return false;
    return !error_pending();
}

// __init__(iterable=(), maxlen=None); a second call starts afresh.
int deque_init(Object* self, const Args& args) {
    static const ArgSpec spec{"deque", {"iterable", "maxlen"}, 0};
    Object* a[2];
    if (!parse_args(args, spec, a)) return -1;
    Deque* d = as_deque(self);
    std::int64_t maxlen = -1;
    if (a[1] && a[1] != None) {
        // PyLong_AsSsize_t: an int is required; __index__ is not consulted.
        if (!is_int(a[1])) return raise(exc::TypeError, "an integer is required"), -1;
        if (!index_to_i64(a[1], maxlen)) return -1;
        if (maxlen < 0) return raise(exc::ValueError, "maxlen must be non-negative"), -1;
    }
    d->maxlen = maxlen;
    if (d->size > 0) clear_items(d);
    if (a[0] && !extend(d, a[0])) return -1;
    return 0;
}

// ------------------------------------------------------------ methods

Ref<> deque_append(Object* self, const Args& args) {
    if (!check_one_arg("deque.append", args)) return nullptr;
    if (!append_item(as_deque(self), share(args[0]))) return nullptr;
    return none();
}

Ref<> deque_appendleft(Object* self, const Args& args) {
    if (!check_one_arg("deque.appendleft", args)) return nullptr;
    if (!append_left_item(as_deque(self), share(args[0]))) return nullptr;
    return none();
}

Ref<> deque_pop(Object* self, const Args& args) {
    if (!check_no_args("deque.pop", args)) return nullptr;
    Deque* d = as_deque(self);
    if (d->size == 0) return raise(exc::IndexError, "pop from an empty deque");
    ++d->state;
    return adopt(pop_right(d));
}

Ref<> deque_popleft(Object* self, const Args& args) {
    if (!check_no_args("deque.popleft", args)) return nullptr;
    Deque* d = as_deque(self);
    if (d->size == 0) return raise(exc::IndexError, "pop from an empty deque");
    ++d->state;
    return adopt(pop_left(d));
}

Ref<> deque_extend(Object* self, const Args& args) {
    if (!check_one_arg("deque.extend", args)) return nullptr;
    if (!extend(as_deque(self), args[0])) return nullptr;
    return none();
}

Ref<> deque_extendleft(Object* self, const Args& args) {
    if (!check_one_arg("deque.extendleft", args)) return nullptr;
    if (!extend_left(as_deque(self), args[0])) return nullptr;
    return none();
}

Ref<> deque_clear_method(Object* self, const Args& args) {
    if (!check_no_args("deque.clear", args)) return nullptr;
    clear_items(as_deque(self));
    return none();
}

Ref<> deque_rotate(Object* self, const Args& args) {
    if (!check_no_keywords("deque.rotate", args) || !check_arg_range("deque.rotate", args, 0, 1)) return nullptr;
    std::int64_t n = 1;
    if (args.size() == 1 && !index_to_i64(args[0], n)) return nullptr;
    if (!rotate(as_deque(self), n)) return nullptr;
    return none();
}

// Items change places, not positions in the blocks: `state` stays.
Ref<> deque_reverse(Object* self, const Args& args) {
    if (!check_no_args("deque.reverse", args)) return nullptr;
    Deque* d = as_deque(self);
    Cursor left{d->leftblock, d->leftindex};
    DequeBlock* rb = d->rightblock;
    std::int64_t ri = d->rightindex;
    for (std::int64_t n = d->size / 2; n > 0; --n) {
        std::swap(left.block->data[left.index], rb->data[ri]);
        left.advance();
        if (--ri < 0) {
            rb = rb->left;
            ri = kBlockLen - 1;
        }
    }
    return none();
}

Ref<> deque_count(Object* self, const Args& args) {
    if (!check_one_arg("deque.count", args)) return nullptr;
    Deque* d = as_deque(self);
    const std::uint64_t start_state = d->state;
    Cursor c{d->leftblock, d->leftindex};
    std::int64_t count = 0;
    for (std::int64_t i = 0, n = d->size; i < n; ++i) {
        Ref<> item = share(c.item());
        int eq = equals(item.get(), args[0]);
        if (eq < 0) return nullptr;
        count += eq;
        if (d->state != start_state) return raise_mutated();
        c.advance();
    }
    return int_from(count);
}

// index(x, start=0, stop=len), with list.index's bounds.
Ref<> deque_index(Object* self, const Args& args) {
    if (!check_no_keywords("deque.index", args) || !check_tuple_arity("index", args, 1, 3)) return nullptr;
    Deque* d = as_deque(self);
    std::int64_t start = 0, stop = d->size;
    if (args.size() > 1 && !slice_index_not_none(args[1], start)) return nullptr;
    if (args.size() > 2 && !slice_index_not_none(args[2], stop)) return nullptr;
    if (start < 0) start = std::max<std::int64_t>(start + d->size, 0);
    if (stop < 0) stop = std::max<std::int64_t>(stop + d->size, 0);
    if (stop > d->size) stop = d->size;
    if (start > stop) start = stop;
    const std::uint64_t start_state = d->state;
    Cursor c{d->leftblock, d->leftindex};
    for (std::int64_t i = 0; i < start; ++i) c.advance();
    for (std::int64_t i = start; i < stop; ++i) {
        Ref<> item = share(c.item());
        int eq = equals(item.get(), args[0]);
        if (eq < 0) return nullptr;
        if (eq) return int_from(i);
        if (d->state != start_state) return raise_mutated();
        c.advance();
    }
    std::string shown;
    if (!repr_text(args[0], shown)) return nullptr;
    return raisef(exc::ValueError, "{} is not in deque", shown);
}

// Deletes item i (0 <= i < size): the item is brought to an end, popped,
// and the rest rotated back before it is released (CPython's deque_del_item).
bool delete_item(Deque* d, std::int64_t i) {
    if (!rotate(d, -i)) return false;
    Object* item = pop_left(d);
    ++d->state;
    bool ok = rotate(d, i);
    decref(item);
    return ok;
}

Ref<> deque_remove(Object* self, const Args& args) {
    if (!check_one_arg("deque.remove", args)) return nullptr;
    Deque* d = as_deque(self);
    const std::uint64_t start_state = d->state;
    Cursor c{d->leftblock, d->leftindex};
    for (std::int64_t i = 0, n = d->size; i < n; ++i) {
        Ref<> item = share(c.item());
        int eq = equals(item.get(), args[0]);
        if (eq < 0) return nullptr;
        if (d->state != start_state) return raise_mutated(exc::IndexError);
        if (eq) {
            if (!delete_item(d, i)) return nullptr;
            return none();
        }
        c.advance();
    }
    std::string shown;
    if (!repr_text(args[0], shown)) return nullptr;
    return raisef(exc::ValueError, "{} is not in deque", shown);
}

Ref<> deque_insert(Object* self, const Args& args) {
    if (!check_no_keywords("deque.insert", args) || !check_tuple_arity("insert", args, 2, 2)) return nullptr;
    Deque* d = as_deque(self);
    std::int64_t index;
    if (!index_to_i64(args[0], index)) return nullptr;
    if (d->maxlen == d->size) return raise(exc::IndexError, "deque already at its maximum size");
    const std::int64_t n = d->size;
    Ref<> value = share(args[1]);
    if (index >= n) return append_item(d, std::move(value)) ? none() : nullptr;
    if (index <= -n || index == 0) return append_left_item(d, std::move(value)) ? none() : nullptr;
    if (!rotate(d, -index)) return nullptr;
    bool ok = index < 0 ? append_item(d, std::move(value)) : append_left_item(d, std::move(value));
    if (!ok || !rotate(d, index)) return nullptr;
    return none();
}

// A new deque with the items of `self` (CPython's deque_copy): an exact
// deque is copied directly; a class is called as type(self)(self[, maxlen]).
Ref<> copy_deque(Object* self) {
    Deque* d = as_deque(self);
    if (self->type == &DequeType) {
        Ref<> result = deque_new(&DequeType, Args{});
        if (!result) return nullptr;
        Deque* copy = as_deque(result.get());
        copy->maxlen = d->maxlen;
        bool ok = d->size == 1 ? append_item(copy, share(d->leftblock->data[d->leftindex])) : extend(copy, self);
        return ok ? result : nullptr;
    }
    Ref<> result;
    if (d->maxlen < 0) {
        result = call(self->type, {self});
    } else {
        Ref<> maxlen = int_from(d->maxlen);
        result = call(self->type, {self, maxlen.get()});
    }
    if (result && !is_deque(result.get()))
        return raisef(exc::TypeError, "{}() must return a deque, not {}", self->type->name_view(),
                      type_name(result.get()));
    return result;
}

Ref<> deque_copy(Object* self, const Args& args) {
    if (!check_no_args("deque.copy", args)) return nullptr;
    return copy_deque(self);
}

Ref<> deque_copy_dunder(Object* self, const Args& args) {
    if (!check_no_args("deque.__copy__", args)) return nullptr;
    return copy_deque(self);
}

// (type(d), () or ((), maxlen), state, iter(d)): copy and pickle rebuild a
// deque by calling the class and appending the items.
Ref<> deque_reduce(Object* self, const Args& args) {
    if (!check_no_args("deque.__reduce__", args)) return nullptr;
    Ref<> state = call_method(self, "__getstate__", {});
    if (!state) return nullptr;
    Ref<> it = get_iter(self);
    if (!it) return nullptr;
    Deque* d = as_deque(self);
    Ref<Tuple> empty = empty_tuple();
    Ref<> ctor_args;
    if (d->maxlen < 0) {
        ctor_args = empty;
    } else {
        Ref<> maxlen = int_from(d->maxlen);
        ctor_args = tuple_from({empty.get(), maxlen.get()});
    }
    return tuple_from({self->type, ctor_args.get(), state.get(), it.get()});
}

Ref<> deque_reversed(Object* self, const Args& args);

Ref<> get_maxlen(Object* self) {
    Deque* d = as_deque(self);
    return d->maxlen < 0 ? none() : int_from(d->maxlen);
}

// ------------------------------------------------------------ protocol

// deque([1, 2]), deque([1, 2], maxlen=3), D([1]) for a class; a deque
// inside itself shows as [...].
Ref<> deque_repr(Object* self) {
    ReprGuard guard(self);
    if (guard.recursive()) return str_from("[...]");
    Ref<List> items = list_from_iterable(self);
    if (!items) return nullptr;
    std::string text;
    if (!repr_text(items.get(), text)) return nullptr;
    std::string_view name = self->type->name->view();
    std::int64_t maxlen = as_deque(self)->maxlen;
    if (maxlen < 0) return str_from(fmt::format("{}({})", name, text));
    return str_from(fmt::format("{}({}, maxlen={})", name, text, maxlen));
}

std::int64_t deque_length(Object* self) { return as_deque(self)->size; }

// d[i] goes through the sequence protocol only (CPython's deque has no
// mapping slots): an index, negative ones counted from the end by len().
bool sequence_index(Object* self, Object* key, std::int64_t& i) {
    if (!index_check(key)) {
        raisef(exc::TypeError, "sequence index must be integer, not '{}'", type_name(key));
        return false;
    }
    if (!index_for_subscript(key, i)) return false;
    if (i < 0) {
        std::int64_t n = length(self);
        if (n < 0) return false;
        i += n;
    }
    return true;
}

Ref<> deque_getitem(Object* self, Object* key) {
    std::int64_t i;
    if (!sequence_index(self, key, i)) return nullptr;
    Deque* d = as_deque(self);
    if (i < 0 || i >= d->size) return raise(exc::IndexError, "deque index out of range");
    return share(*item_slot(d, i));
}

int deque_setitem(Object* self, Object* key, Object* value) {
    std::int64_t i;
    if (!sequence_index(self, key, i)) return -1;
    Deque* d = as_deque(self);
    if (i < 0 || i >= d->size) return raise(exc::IndexError, "deque index out of range"), -1;
    if (!value) return delete_item(d, i) ? 0 : -1;
    Object** slot = item_slot(d, i);
    Object* old = *slot;
    *slot = share(value).release();
    decref(old);
    return 0;
}

int deque_contains(Object* self, Object* value) {
    Deque* d = as_deque(self);
    const std::uint64_t start_state = d->state;
    Cursor c{d->leftblock, d->leftindex};
    for (std::int64_t i = 0, n = d->size; i < n; ++i) {
        Ref<> item = share(c.item());
        int eq = equals(item.get(), value);
        if (eq != 0) return eq;
        if (d->state != start_state) return raise_mutated(), -1;
        c.advance();
    }
    return 0;
}

// ==, <, ... between deques: the first pair of unequal items decides, else
// the lengths (CPython's deque_richcompare, through the iterators).
Ref<> deque_compare(Object* a, Object* b, CompareOp op) {
    if (!is_deque(a) || !is_deque(b)) return not_implemented();
    const std::int64_t na = as_deque(a)->size, nb = as_deque(b)->size;
    if (op == CompareOp::Eq || op == CompareOp::Ne) {
        bool eq_op = op == CompareOp::Eq;
        if (a == b) return bool_from(eq_op);
        if (na != nb) return bool_from(!eq_op);
    }
    Ref<> it_a = get_iter(a);
    if (!it_a) return nullptr;
    Ref<> it_b = get_iter(b);
    if (!it_b) return nullptr;
    Ref<> x, y;
    for (;;) {
        x = iter_next(it_a.get());
        if (!x && error_pending()) return nullptr;
        y = iter_next(it_b.get());
        if (!y && error_pending()) return nullptr;
        if (!x || !y) break;
        int eq = equals(x.get(), y.get());
        if (eq < 0) return nullptr;
        if (eq == 0) return compare(x.get(), y.get(), op);
    }
    // One side ran out (or both): the longer one is the greater.
    const bool more_x = static_cast<bool>(x), more_y = static_cast<bool>(y);
    switch (op) {
        case CompareOp::Lt: return bool_from(more_y);
        case CompareOp::Le: return bool_from(!more_x);
        case CompareOp::Eq: return bool_from(more_x == more_y);
        case CompareOp::Ne: return bool_from(more_x != more_y);
        case CompareOp::Gt: return bool_from(more_x);
        case CompareOp::Ge: return bool_from(!more_y);
    }
    return not_implemented();
}

// The right operand's own slot: `d + x` lets a class's __radd__ answer
// before deque's error, as CPython's binary_op1 would have. Builtin types
// are skipped: none takes a deque, and the sequences' slots stand for
// CPython's sq_concat/sq_repeat, which binary_op1 never tries.
Ref<> try_right_operand(Object* a, Object* b, BinaryOp op, BinaryFn self_slot) {
    BinaryFn other = b->type->binary[static_cast<int>(op)];
    if (!other || other == self_slot || !b->type->has_flag(type_flags::kHeapType)) return not_implemented();
    return other(a, b);
}

Ref<> deque_add(Object* a, Object* b) {
    if (!is_deque(a)) return not_implemented();
    if (!is_deque(b)) {
        Ref<> r = try_right_operand(a, b, BinaryOp::Add, deque_add);
        if (!r || r.get() != NotImplemented) return r;
        return raisef(exc::TypeError, "can only concatenate deque (not \"{}\") to deque", type_name(b));
    }
    Ref<> result = copy_deque(a);
    if (!result || !extend(as_deque(result.get()), b)) return nullptr;
    return result;
}

Ref<> deque_iadd(Object* a, Object* b) {
    if (!extend(as_deque(a), b)) return nullptr;
    return share(a);
}

// d *= n in place (CPython's deque_inplace_repeat).
Ref<> repeat_in_place(Object* self, Object* count) {
    std::int64_t n;
    if (!repeat_count(count, n)) return nullptr;
    Deque* d = as_deque(self);
    const std::int64_t size = d->size;
    if (size == 0 || n == 1) return share(self);
    if (n <= 0) {
        clear_items(d);
        return share(self);
    }
    if (size == 1) {
        // One item repeated: no more copies than maxlen keeps, none dropped.
        if (d->maxlen >= 0 && n > d->maxlen) n = d->maxlen;
        Object* item = d->leftblock->data[d->leftindex];
        ++d->state;
        for (std::int64_t i = 1; i < n; ++i) {
            if (!push_right(d, item)) return nullptr;
            incref(item);
        }
        return share(self);
    }
    if (size > INT64_MAX / n) return raise_memory_error();
    Ref<List> items = list_from_iterable(self);
    if (!items) return nullptr;
    for (std::int64_t i = 1; i < n; ++i)
        if (!extend(d, items.get())) return nullptr;
    return share(self);
}

Ref<> deque_mul(Object* a, Object* b) {
    if (is_deque(a) && index_check(b)) {
        Ref<> result = copy_deque(a);
        if (!result) return nullptr;
        return repeat_in_place(result.get(), b);
    }
    if (is_deque(b) && index_check(a)) return deque_mul(b, a);
    if (is_deque(a)) {
        Ref<> r = try_right_operand(a, b, BinaryOp::Mul, deque_mul);
        if (!r || r.get() != NotImplemented) return r;
        return raisef(exc::TypeError, "can't multiply sequence by non-int of type '{}'", type_name(b));
    }
    // x * d: deque's is the last slot binary_op1 tries.
    return raisef(exc::TypeError, "can't multiply sequence by non-int of type '{}'", type_name(a));
}

Ref<> deque_imul(Object* a, Object* b) {
    if (!index_check(b)) return raisef(exc::TypeError, "can't multiply sequence by non-int of type '{}'", type_name(b));
    return repeat_in_place(a, b);
}

// ------------------------------------------------------------ iterators

struct DequeIter : Object {
    Deque* deque;  // owned, for as long as the iterator lives (as CPython's)
    DequeBlock* block;
    std::int64_t index;
    std::uint64_t state;    // the deque's state when the iterator was made
    std::int64_t counter;   // items still to come
};

Ref<> deque_iter_make(Type* type, Deque* d) {
    auto it = new_object<DequeIter>(type);
    it->deque = share(d).release();
    it->state = d->state;
    it->counter = d->size;
    if (type == &DequeRevIterType) {
        it->block = d->rightblock;
        it->index = d->rightindex;
    } else {
        it->block = d->leftblock;
        it->index = d->leftindex;
    }
    gc_track(it.get());
    return it;
}

Ref<> deque_iter(Object* self) { return deque_iter_make(&DequeIterType, as_deque(self)); }
Ref<> deque_reversed(Object* self, const Args& args) {
    if (!check_no_args("deque.__reversed__", args)) return nullptr;
    return deque_iter_make(&DequeRevIterType, as_deque(self));
}

DequeIter* as_iter(Object* o) { return cast<DequeIter>(o); }

Ref<> deque_iter_next(Object* o) {
    DequeIter* it = as_iter(o);
    if (it->deque->state != it->state) {
        it->counter = 0;
        return raise_mutated();
    }
    if (it->counter == 0) return nullptr;
    Object* item = it->block->data[it->index];
    --it->counter;
    if (++it->index == kBlockLen && it->counter > 0) {
        it->block = it->block->right;
        it->index = 0;
    }
    return share(item);
}

Ref<> deque_rev_iter_next(Object* o) {
    DequeIter* it = as_iter(o);
    if (it->deque->state != it->state) {
        it->counter = 0;
        return raise_mutated();
    }
    if (it->counter == 0) return nullptr;
    Object* item = it->block->data[it->index];
    --it->counter;
    if (--it->index < 0 && it->counter > 0) {
        it->block = it->block->left;
        it->index = kBlockLen - 1;
    }
    return share(item);
}

void deque_iter_destroy(Object* o) {
    clear_slot(as_iter(o)->deque);
    delete_object(as_iter(o));
}

void deque_iter_traverse(Object* o, VisitFn visit, void* arg) { visit_field(as_iter(o)->deque, visit, arg); }

Ref<> deque_iter_length_hint(Object* self, const Args&) { return int_from(as_iter(self)->counter); }

// (type(it), (deque, items already given)): enough to make it again.
Ref<> deque_iter_reduce(Object* self, const Args&) {
    DequeIter* it = as_iter(self);
    Ref<> done = int_from(it->deque->size - it->counter);
    Ref<> args = tuple_from({it->deque, done.get()});
    return tuple_from({self->type, args.get()});
}

// _deque_iterator(deque, index=0): an iterator that has given `index` items.
Ref<> deque_iter_new_slot(Type* type, const Args& args) {
    std::string name = std::string(type->name->view());
    if (!check_no_keywords(name, args) || !check_arg_range(name, args, 1, 2)) return nullptr;
    if (!is_deque(args[0]))
        return raisef(exc::TypeError, "{}() argument 1 must be collections.deque, not {}", name,
                      type_name(args[0]));
    std::int64_t index = 0;
    if (args.size() == 2 && !index_to_i64(args[1], index)) return nullptr;
    Ref<> it = deque_iter_make(type, as_deque(args[0]));
    for (std::int64_t i = 0; i < index; ++i) {
        Ref<> item = type->next(it.get());
        if (!item) {
            if (error_pending()) return nullptr;
            break;
        }
    }
    return it;
}

void iter_type_init(Type& type, const char* name, NextFn next) {
    init_iterator_type(type, name, sizeof(DequeIter), type_flags::kHasGC, next);
    type.new_instance = deque_iter_new_slot;
    type.destroy = deque_iter_destroy;
    type.traverse = deque_iter_traverse;
    add_methods(type, {
                          {"__length_hint__", deque_iter_length_hint},
                          {"__reduce__", deque_iter_reduce},
                      });
    type_ready(type);
}

}  // namespace

void deque_types_init() {
    static bool done = false;
    if (done) return;
    done = true;
    type_init_builtin(DequeType, "collections.deque", &ObjectType, sizeof(Deque),
                      type_flags::kBaseType | type_flags::kHasGC);
    DequeType.weaklist_offset = offsetof(Deque, weakreflist);
    DequeType.doc =
        "deque([iterable[, maxlen]]) --> deque object\n\n"
        "A double-ended queue: appends and pops at either end in constant time.";
    DequeType.new_instance = deque_new;
    DequeType.init = deque_init;
    DequeType.destroy = deque_destroy;
    DequeType.traverse = deque_traverse;
    DequeType.clear = deque_clear_slot;
    DequeType.size_of = deque_size_of;
    DequeType.repr = deque_repr;
    DequeType.compare = deque_compare;  // with no hash: deques are unhashable
    DequeType.getattr = generic_getattr;
    DequeType.length = deque_length;
    DequeType.getitem = deque_getitem;
    DequeType.setitem = deque_setitem;
    DequeType.contains = deque_contains;
    DequeType.iter = deque_iter;
    DequeType.binary[static_cast<int>(BinaryOp::Add)] = deque_add;
    DequeType.binary[static_cast<int>(BinaryOp::Mul)] = deque_mul;
    DequeType.inplace[static_cast<int>(BinaryOp::Add)] = deque_iadd;
    DequeType.inplace[static_cast<int>(BinaryOp::Mul)] = deque_imul;
    add_methods(DequeType, {
                               {"append", deque_append},
                               {"appendleft", deque_appendleft},
                               {"clear", deque_clear_method},
                               {"copy", deque_copy},
                               {"__copy__", deque_copy_dunder},
                               {"count", deque_count},
                               {"extend", deque_extend},
                               {"extendleft", deque_extendleft},
                               {"index", deque_index},
                               {"insert", deque_insert},
                               {"pop", deque_pop},
                               {"popleft", deque_popleft},
                               {"remove", deque_remove},
                               {"reverse", deque_reverse},
                               {"rotate", deque_rotate},
                               {"__reduce__", deque_reduce},
                               {"__reversed__", deque_reversed},
                               {"__class_getitem__", generic_class_getitem, MethodKind::Class},
                           });
    add_getsets(DequeType, {{"maxlen", get_maxlen}});
    type_ready(DequeType);
    // `+` is concatenation, which CPython's deque has as sq_concat alone:
    // no __radd__ (the slot itself serves both operands' orders here).
    (void)dict_del(DequeType.dict, intern("__radd__"));  // a str key: cannot fail

    iter_type_init(DequeIterType, "_collections._deque_iterator", deque_iter_next);
    iter_type_init(DequeRevIterType, "_collections._deque_reverse_iterator", deque_rev_iter_next);
}

}  // namespace minipy
