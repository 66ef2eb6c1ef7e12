// weakref.WeakSet: a set whose items are held weakly; an item disappears
// when it dies. A transcription of CPython's Lib/_weakrefset.py: `data` is a
// set of ref(item, remove), and the set algebra is done on sets of weak
// references, whose hash and equality are their referents'.
#include "runtime/modules/weak_container.hpp"

#include "runtime/modules/internal.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/set.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/text/str.hpp"

namespace minipy {

Type WeakSetType;

namespace {

Set* data_of(Object* self) { return cast<Set>(as_container(self)->data); }

bool commit(Object* self) {
    WeakContainer* c = as_container(self);
    return c->pending->size == 0 || weak_container_commit(c);
}

bool add_item(Object* self, Object* item) {
    Ref<> ref = weak_ref_with_remove(as_container(self), item);
    return ref && set_add(data_of(self), ref.get()) >= 0;
}

bool update_from(Object* self, Object* other) {
    if (!commit(self)) return false;
    Ref<> it = get_iter(other);
    if (!it) return false;
    while (Ref<> item = iter_next(it.get()))
        if (!add_item(self, item.get())) return false;
    return !error_pending();
}

// {ref(item) for item in iterable}; with the container's remove callback
// when `self` is given (refs that go into `data`).
Ref<Set> refs_of(Object* iterable, Object* self = nullptr) {
    Ref<Set> refs = set_new();
    Ref<> it = get_iter(iterable);
    if (!it) return nullptr;
    while (Ref<> item = iter_next(it.get())) {
        Ref<> ref = self ? weak_ref_with_remove(as_container(self), item.get()) : weak_ref_to(item.get());
        if (!ref || set_add(refs.get(), ref.get()) < 0) return nullptr;
    }
    if (error_pending()) return nullptr;
    return refs;
}

// type(self)(items): the constructor the set operations use.
Ref<> new_like(Object* self, Object* items) { return call(self->type, {items}); }

// --------------------------------------------------------------- slots

Ref<> wset_new(Type* type, const Args&) { return weak_container_new(type, WeakKind::Set); }

// __init__(self, data=None)
int wset_init(Object* self, const Args& args) {
    Object* a[1];
    if (!bind_python_args("WeakSet.__init__", args, {"data"}, 0, true, a)) return -1;
    WeakContainer* c = as_container(self);
    if (!call_method(c->data, "clear", {})) return -1;
    steal_into(c->pending, list_new());
    if (a[0] && a[0] != None && !update_from(self, a[0])) return -1;
    return 0;
}

Ref<> wset_iter(Object* self) { return weak_iter_new(self, WeakIterMode::SetItems); }

std::int64_t wset_length(Object* self) { return data_of(self)->used - as_container(self)->pending->size; }

int wset_contains(Object* self, Object* item) {
    Ref<> ref = weak_ref_to(item);
    if (!ref) {
        if (!error_matches(exc::TypeError)) return -1;
        clear_error();
        return 0;
    }
    return set_contains(data_of(self), ref.get());
}

// repr(self.data): {<weakref at 0x…; to 'A' at 0x…>}
Ref<> wset_repr(Object* self) { return repr(data_of(self)); }

// The comparisons compare `data` with the set of weak references to `other`'s items.
Ref<> wset_compare(Object* self, Object* other, CompareOp op) {
    if ((op == CompareOp::Eq || op == CompareOp::Ne) && !is_instance_of(other, self->type)) return not_implemented();
    Ref<Set> refs = refs_of(other);
    if (!refs) return nullptr;
    return compare(data_of(self), refs.get(), op);
}

Ref<> wset_copy_of(Object* self) { return new_like(self, self); }

// difference_update / __isub__
bool difference_update(Object* self, Object* other) {
    if (!commit(self)) return false;
    if (self == other) return static_cast<bool>(call_method(data_of(self), "clear", {}));
    Ref<Set> refs = refs_of(other);
    return refs && call_method(data_of(self), "difference_update", {refs.get()});
}

bool intersection_update(Object* self, Object* other) {
    if (!commit(self)) return false;
    Ref<Set> refs = refs_of(other);
    return refs && call_method(data_of(self), "intersection_update", {refs.get()});
}

bool symmetric_difference_update(Object* self, Object* other) {
    if (!commit(self)) return false;
    if (self == other) return static_cast<bool>(call_method(data_of(self), "clear", {}));
    Ref<Set> refs = refs_of(other, self);
    return refs && call_method(data_of(self), "symmetric_difference_update", {refs.get()});
}

Ref<> intersection(Object* self, Object* other) {
    Ref<List> items = list_new();
    Ref<> it = get_iter(other);
    if (!it) return nullptr;
    while (Ref<> item = iter_next(it.get())) {
        int present = wset_contains(self, item.get());
        if (present < 0) return nullptr;
        if (present && !list_append(items.get(), item.get())) return nullptr;
    }
    if (error_pending()) return nullptr;
    return new_like(self, items.get());
}

Ref<> union_of(Object* self, Object* other) {
    Ref<List> items = list_from_iterable(self);
    if (!items) return nullptr;
    Ref<> it = get_iter(other);
    if (!it) return nullptr;
    while (Ref<> item = iter_next(it.get()))
        if (!list_append(items.get(), item.get())) return nullptr;
    if (error_pending()) return nullptr;
    return new_like(self, items.get());
}

// The operators: only a WeakSet on the left has them (there are no __r*__).
template <BinaryOp Op>
Ref<> wset_binary(Object* a, Object* b) {
    if (!is_instance_of(a, &WeakSetType)) return not_implemented();
    if constexpr (Op == BinaryOp::Or) return union_of(a, b);
    if constexpr (Op == BinaryOp::And) return intersection(a, b);
    Ref<> result = wset_copy_of(a);
    if (!result) return nullptr;
    bool ok = Op == BinaryOp::Sub ? difference_update(result.get(), b) : symmetric_difference_update(result.get(), b);
    if (!ok) return nullptr;
    return result;
}

template <BinaryOp Op>
Ref<> wset_inplace(Object* a, Object* b) {
    bool ok = false;
    if constexpr (Op == BinaryOp::Or) ok = update_from(a, b);
    if constexpr (Op == BinaryOp::And) ok = intersection_update(a, b);
    if constexpr (Op == BinaryOp::Sub) ok = difference_update(a, b);
    if constexpr (Op == BinaryOp::Xor) ok = symmetric_difference_update(a, b);
    if (!ok) return nullptr;
    return share(a);
}

// -------------------------------------------------------------- methods

// Binds the one parameter of a WeakSet method to a[0].
#define BIND(name, param)                                                      \
    Object* a[1];                                                              \
    if (!bind_python_args("WeakSet." name, args, {param}, 1, true, a)) return nullptr

Ref<> wset_add(Object* self, const Args& args) {
    BIND("add", "item");
    if (!commit(self) || !add_item(self, a[0])) return nullptr;
    return none();
}

Ref<> wset_clear(Object* self, const Args& args) {
    if (!bind_python_args("WeakSet.clear", args, {}, 0, true, nullptr)) return nullptr;
    if (!commit(self) || !call_method(data_of(self), "clear", {})) return nullptr;
    return none();
}

Ref<> wset_copy(Object* self, const Args& args) {
    if (!bind_python_args("WeakSet.copy", args, {}, 0, true, nullptr)) return nullptr;
    return wset_copy_of(self);
}

Ref<> wset_pop(Object* self, const Args& args) {
    if (!bind_python_args("WeakSet.pop", args, {}, 0, true, nullptr)) return nullptr;
    if (!commit(self)) return nullptr;
    for (;;) {
        if (data_of(self)->used == 0) {
            Ref<> message = str_from("pop from empty WeakSet");
            return raise_key_error(message.get());
        }
        Ref<> ref = call_method(data_of(self), "pop", {});
        if (!ref) return nullptr;
        if (Object* item = weak_target(ref.get())) return share(item);
    }
}

Ref<> wset_remove(Object* self, const Args& args) {
    BIND("remove", "item");
    if (!commit(self)) return nullptr;
    Ref<> ref = weak_ref_to(a[0]);
    if (!ref || !call_method(data_of(self), "remove", {ref.get()})) return nullptr;
    return none();
}

Ref<> wset_discard(Object* self, const Args& args) {
    BIND("discard", "item");
    if (!commit(self)) return nullptr;
    Ref<> ref = weak_ref_to(a[0]);
    if (!ref || set_discard(data_of(self), ref.get()) < 0) return nullptr;
    return none();
}

Ref<> wset_update(Object* self, const Args& args) {
    BIND("update", "other");
    if (!update_from(self, a[0])) return nullptr;
    return none();
}

Ref<> wset_difference(Object* self, const Args& args) {
    BIND("difference", "other");
    return wset_binary<BinaryOp::Sub>(self, a[0]);
}

Ref<> wset_difference_update(Object* self, const Args& args) {
    BIND("difference_update", "other");
    if (!difference_update(self, a[0])) return nullptr;
    return none();
}

Ref<> wset_intersection(Object* self, const Args& args) {
    BIND("intersection", "other");
    return intersection(self, a[0]);
}

Ref<> wset_intersection_update(Object* self, const Args& args) {
    BIND("intersection_update", "other");
    if (!intersection_update(self, a[0])) return nullptr;
    return none();
}

Ref<> wset_symmetric_difference(Object* self, const Args& args) {
    BIND("symmetric_difference", "other");
    return wset_binary<BinaryOp::Xor>(self, a[0]);
}

Ref<> wset_symmetric_difference_update(Object* self, const Args& args) {
    BIND("symmetric_difference_update", "other");
    if (!symmetric_difference_update(self, a[0])) return nullptr;
    return none();
}

Ref<> wset_union(Object* self, const Args& args) {
    BIND("union", "other");
    return union_of(self, a[0]);
}

Ref<> wset_issubset(Object* self, const Args& args) {
    BIND("issubset", "other");
    Ref<Set> refs = refs_of(a[0]);
    if (!refs) return nullptr;
    return call_method(data_of(self), "issubset", {refs.get()});
}

Ref<> wset_issuperset(Object* self, const Args& args) {
    BIND("issuperset", "other");
    Ref<Set> refs = refs_of(a[0]);
    if (!refs) return nullptr;
    return call_method(data_of(self), "issuperset", {refs.get()});
}

Ref<> wset_isdisjoint(Object* self, const Args& args) {
    BIND("isdisjoint", "other");
    Ref<> common = intersection(self, a[0]);
    if (!common) return nullptr;
    std::int64_t n = length(common.get());
    if (n < 0) return nullptr;
    return bool_from(n == 0);
}

#undef BIND

}  // namespace

void weak_set_type_init() {
    Type& t = WeakSetType;
    type_init_builtin(t, "WeakSet", &ObjectType, sizeof(WeakContainer),
                      type_flags::kHasGC | type_flags::kBaseType);
    WeakSetType.weaklist_offset = offsetof(WeakContainer, weakreflist);
    weak_container_slots(t);
    t.new_instance = wset_new;
    t.init = wset_init;
    t.repr = wset_repr;
    t.iter = wset_iter;
    t.length = wset_length;
    t.contains = wset_contains;
    t.compare = wset_compare;  // with no hash: unhashable
    t.binary[static_cast<int>(BinaryOp::Or)] = wset_binary<BinaryOp::Or>;
    t.binary[static_cast<int>(BinaryOp::And)] = wset_binary<BinaryOp::And>;
    t.binary[static_cast<int>(BinaryOp::Sub)] = wset_binary<BinaryOp::Sub>;
    t.binary[static_cast<int>(BinaryOp::Xor)] = wset_binary<BinaryOp::Xor>;
    t.inplace[static_cast<int>(BinaryOp::Or)] = wset_inplace<BinaryOp::Or>;
    t.inplace[static_cast<int>(BinaryOp::And)] = wset_inplace<BinaryOp::And>;
    t.inplace[static_cast<int>(BinaryOp::Sub)] = wset_inplace<BinaryOp::Sub>;
    t.inplace[static_cast<int>(BinaryOp::Xor)] = wset_inplace<BinaryOp::Xor>;
    add_methods(t, {
                       {"add", wset_add},
                       {"clear", wset_clear},
                       {"copy", wset_copy},
                       {"pop", wset_pop},
                       {"remove", wset_remove},
                       {"discard", wset_discard},
                       {"update", wset_update},
                       {"difference", wset_difference},
                       {"difference_update", wset_difference_update},
                       {"intersection", wset_intersection},
                       {"intersection_update", wset_intersection_update},
                       {"symmetric_difference", wset_symmetric_difference},
                       {"symmetric_difference_update", wset_symmetric_difference_update},
                       {"union", wset_union},
                       {"issubset", wset_issubset},
                       {"issuperset", wset_issuperset},
                       {"isdisjoint", wset_isdisjoint},
                   });
    type_set_module(t, "weakref");
    type_ready(t);
}

}  // namespace minipy
