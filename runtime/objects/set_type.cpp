// set and frozenset as Python sees them (CPython 3.11's Objects/setobject.c).
//
// Construction, the set algebra and operators, methods, repr, the iterator
// and the type objects; the hash table itself is set.cpp.
#include "runtime/objects/set.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/core/repr_guard.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/generic_alias.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/iterators.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/object_type.hpp"
#include "runtime/objects/set_impl.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <string>

namespace minipy {

Type SetType;
Type FrozenSetType;
static Type SetIterType;

// ------------------------------------------------------------ construction

static Ref<Set> make_new_set(Type* type, Object* iterable) {
    auto so = new_object<Set>(type);
    set_reset_to_small_table(so.get());
    so->finger = 0;
    gc_track(so.get());
    if (iterable && set_update_internal(so.get(), iterable) < 0) return nullptr;
    return so;
}

// A result of a set operation has the base type: set for set subclasses,
// frozenset otherwise.
static Ref<Set> make_new_set_basetype(Type* type, Object* iterable) {
    if (type != &SetType && type != &FrozenSetType)
        type = type_is_subtype(type, &SetType) ? &SetType : &FrozenSetType;
    return make_new_set(type, iterable);
}

Ref<Set> set_new(Type* type) { return make_new_set(type, nullptr); }

Ref<Set> set_from_iterable(Type* type, Object* iterable) { return make_new_set(type, iterable); }

static Ref<Set> set_copy(Set* so) { return make_new_set_basetype(so->type, so); }

// ----------------------------------------------------------- set algebra

static Ref<Set> set_intersection(Set* so, Object* other) {
    if (other == so) return set_copy(so);
    auto result = make_new_set_basetype(so->type, nullptr);
    if (!result) return nullptr;
    if (is_anyset(other)) {
        // Walk the smaller set, probe the larger.
        Set* small = cast<Set>(other);
        Set* large = so;
        if (small->used > large->used) std::swap(small, large);
        std::int64_t pos = 0;
        SetEntry* entry;
        Ref<> hold_small = share<Object>(small);
        while (set_next_entry(small, pos, &entry)) {
            Ref<> key = share(entry->key);
            const std::int64_t h = entry->hash;
            int rv = set_contains_entry(large, key.get(), h);
            if (rv < 0) return nullptr;
            if (rv && set_add_entry(result.get(), key.get(), h) < 0) return nullptr;
        }
        return result;
    }
    Ref<> it = get_iter(other);
    if (!it) return nullptr;
    for (;;) {
        Ref<> key = iter_next(it.get());
        if (!key) {
            if (error_pending()) return nullptr;
            break;
        }
        std::int64_t h = hash(key.get());
        if (h == -1) return nullptr;
        int rv = set_contains_entry(so, key.get(), h);
        if (rv < 0) return nullptr;
        if (rv) {
            if (set_add_entry(result.get(), key.get(), h) < 0) return nullptr;
            // Nothing more can be added once every item of so was found.
            if (result->used >= so->used) break;
        }
    }
    return result;
}

static int set_difference_update_internal(Set* so, Object* other) {
    if (other == so) {
        set_clear_internal(so);
        return 0;
    }
    if (is_anyset(other)) {
        Ref<> holder;
        // When other is much larger, only the common part matters.
        if ((cast<Set>(other)->used >> 3) > so->used) {
            holder = set_intersection(so, other);
            if (!holder) return -1;
        } else {
            holder = share(other);
        }
        Set* o = cast<Set>(holder.get());
        std::int64_t pos = 0;
        SetEntry* entry;
        while (set_next_entry(o, pos, &entry)) {
            Ref<> key = share(entry->key);
            if (set_discard_entry(so, key.get(), entry->hash) < 0) return -1;
        }
    } else {
        Ref<> it = get_iter(other);
        if (!it) return -1;
        for (;;) {
            Ref<> key = iter_next(it.get());
            if (!key) {
                if (error_pending()) return -1;
                break;
            }
            if (set_discard_key(so, key.get()) < 0) return -1;
        }
    }
    // More than a quarter dummies: resize them away.
    if (static_cast<std::uint64_t>(so->fill - so->used) <= static_cast<std::uint64_t>(so->mask) / 4) return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4) ? 0 : -1;
}

static Ref<Set> set_copy_and_difference(Set* so, Object* other) {
    auto result = set_copy(so);
    if (!result || set_difference_update_internal(result.get(), other) < 0) return nullptr;
    return result;
}

static Ref<Set> set_difference(Set* so, Object* other) {
    std::int64_t other_size;
    if (is_anyset(other))
        other_size = cast<Set>(other)->used;
    else if (other->type == &DictType)
        other_size = cast<Dict>(other)->used;
    else
        return set_copy_and_difference(so, other);
    // When so is much larger, copying and removing is cheaper.
    if ((so->used >> 2) > other_size) return set_copy_and_difference(so, other);

    auto result = make_new_set_basetype(so->type, nullptr);
    if (!result) return nullptr;
    std::int64_t pos = 0;
    SetEntry* entry;
    while (set_next_entry(so, pos, &entry)) {
        Ref<> key = share(entry->key);
        const std::int64_t h = entry->hash;
        int rv;
        if (other->type == &DictType) {
            Object* found = dict_get(cast<Dict>(other), key.get());
            if (!found && error_pending()) return nullptr;
            rv = found != nullptr;
        } else {
            rv = set_contains_entry(cast<Set>(other), key.get(), h);
            if (rv < 0) return nullptr;
        }
        if (!rv && set_add_entry(result.get(), key.get(), h) < 0) return nullptr;
    }
    return result;
}

static int set_symmetric_difference_update(Set* so, Object* other) {
    if (other == so) {
        set_clear_internal(so);
        return 0;
    }
    auto toggle = [so](Object* key, std::int64_t h) {
        Ref<> hold = share(key);
        int rv = set_discard_entry(so, key, h);
        if (rv < 0) return -1;
        if (rv == 0 && set_add_entry(so, key, h) < 0) return -1;
        return 0;
    };
    if (other->type == &DictType) {
        Dict* d = cast<Dict>(other);
        Object* key;
        std::int64_t hash;
        for (std::int64_t pos = 0; dict_next_hash(d, pos, &key, nullptr, &hash);)
            if (toggle(key, hash) < 0) return -1;
        return 0;
    }
    Ref<> otherset;
    if (is_anyset(other)) {
        otherset = share(other);
    } else {
        otherset = make_new_set_basetype(so->type, other);
        if (!otherset) return -1;
    }
    Set* o = cast<Set>(otherset.get());
    std::int64_t pos = 0;
    SetEntry* entry;
    while (set_next_entry(o, pos, &entry))
        if (toggle(entry->key, entry->hash) < 0) return -1;
    return 0;
}

static Ref<Set> set_symmetric_difference(Set* so, Object* other) {
    auto result = make_new_set_basetype(so->type, other);
    if (!result || set_symmetric_difference_update(result.get(), so) < 0) return nullptr;
    return result;
}

// 1 when every item of so is in other, 0 if not, -1 on error.
static int set_issubset(Set* so, Object* other) {
    if (!is_anyset(other)) {
        Ref<Set> tmp = set_intersection(so, other);
        if (!tmp) return -1;
        return tmp->used == so->used;
    }
    if (so->used > cast<Set>(other)->used) return 0;
    std::int64_t pos = 0;
    SetEntry* entry;
    while (set_next_entry(so, pos, &entry)) {
        Ref<> key = share(entry->key);
        int rv = set_contains_entry(cast<Set>(other), key.get(), entry->hash);
        if (rv <= 0) return rv;
    }
    return 1;
}

static int set_issuperset(Set* so, Object* other) {
    if (is_anyset(other)) return set_issubset(cast<Set>(other), so);
    Ref<> it = get_iter(other);
    if (!it) return -1;
    for (;;) {
        Ref<> key = iter_next(it.get());
        if (!key) return error_pending() ? -1 : 1;
        int rv = set_contains_key(so, key.get());
        if (rv <= 0) return rv;
    }
}

static int set_isdisjoint(Set* so, Object* other) {
    if (other == so) return so->used == 0;
    if (other->type == &SetType || other->type == &FrozenSetType) {
        Set* small = cast<Set>(other);
        Set* large = so;
        if (small->used > large->used) std::swap(small, large);
        std::int64_t pos = 0;
        SetEntry* entry;
        while (set_next_entry(small, pos, &entry)) {
            Ref<> key = share(entry->key);
            int rv = set_contains_entry(large, key.get(), entry->hash);
            if (rv < 0) return -1;
            if (rv) return 0;
        }
        return 1;
    }
    Ref<> it = get_iter(other);
    if (!it) return -1;
    for (;;) {
        Ref<> key = iter_next(it.get());
        if (!key) return error_pending() ? -1 : 1;
        int rv = set_contains_key(so, key.get());
        if (rv < 0) return -1;
        if (rv) return 0;
    }
}

static Ref<> bool_result(int rv) { return rv < 0 ? nullptr : bool_from(rv != 0); }

// ---------------------------------------------------------- protocol slots

static void set_clear_slot(Object* o) { set_clear_internal(cast<Set>(o)); }

// Keys go in table order, as in CPython's set_dealloc (__del__ output shows it).
static void set_destroy(Object* o) {
    set_clear_slot(o);
    delete_object(cast<Set>(o));
}

static void set_traverse(Object* o, VisitFn visit, void* arg) {
    auto* so = cast<Set>(o);
    std::int64_t pos = 0;
    Object* key;
    while (set_next(so, pos, &key)) visit(key, arg);
}

static std::size_t set_size_of(Object* o) {
    auto* so = cast<Set>(o);
    std::size_t size = o->type->basic_size;
    if (so->table != so->small_table) size += static_cast<std::size_t>(so->mask + 1) * sizeof(SetEntry);
    return size;
}

// {1, 2}, set(), frozenset({1, 2}), frozenset(); a subclass shows its name.
static Ref<> set_repr(Object* o) {
    auto* so = cast<Set>(o);
    const std::string_view name = type_name(o);
    ReprGuard guard(o);
    if (guard.recursive()) return str_from(fmt::format("{}(...)", name));
    if (so->used == 0) return str_from(fmt::format("{}()", name));
    Ref<List> keys = list_from_iterable(o);
    if (!keys) return nullptr;
    std::string text;
    if (!repr_text(keys.get(), text)) return nullptr;
    std::string_view inner = std::string_view(text).substr(1, text.size() - 2);
    if (o->type != &SetType) return str_from(fmt::format("{}({{{}}})", name, inner));
    return str_from(fmt::format("{{{}}}", inner));
}

// Subset comparisons; == compares contents (and is quick to say no when
// both frozenset hashes are known and differ).
static Ref<> set_compare(Object* v, Object* w, CompareOp op) {
    if (!is_anyset(w)) return not_implemented();
    auto* so = cast<Set>(v);
    auto* other = cast<Set>(w);
    switch (op) {
        case CompareOp::Eq:
            if (so->used != other->used) return bool_from(false);
            if (so->hash != -1 && other->hash != -1 && so->hash != other->hash) return bool_from(false);
            return bool_result(set_issubset(so, w));
        case CompareOp::Ne: {
            Ref<> eq = set_compare(v, w, CompareOp::Eq);
            if (!eq) return nullptr;
            return bool_from(eq.get() != True);
        }
        case CompareOp::Le: return bool_result(set_issubset(so, w));
        case CompareOp::Ge: return bool_result(set_issuperset(so, w));
        case CompareOp::Lt:
            if (so->used >= other->used) return bool_from(false);
            return bool_result(set_issubset(so, w));
        case CompareOp::Gt:
            if (so->used <= other->used) return bool_from(false);
            return bool_result(set_issuperset(so, w));
    }
    return not_implemented();
}

static std::uint64_t shuffle_bits(std::uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; }

// CPython's frozenset_hash: an order-independent mix of the entries' hashes
// (xor of shuffled bits), cached.
static std::int64_t frozenset_hash(Object* o) {
    auto* so = cast<Set>(o);
    if (so->hash != -1) return so->hash;
    std::uint64_t h = 0;
    // Every slot goes in, empty (hash 0) and dummy (hash -1) ones too; their
    // effect is removed below.
    for (SetEntry* entry = so->table; entry <= &so->table[so->mask]; ++entry)
        h ^= shuffle_bits(static_cast<std::uint64_t>(entry->hash));
    if ((so->mask + 1 - so->fill) & 1) h ^= shuffle_bits(0);
    if ((so->fill - so->used) & 1) h ^= shuffle_bits(static_cast<std::uint64_t>(-1));
    h ^= (static_cast<std::uint64_t>(so->used) + 1) * 1927868237ULL;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069U + 907133923ULL;
    if (h == static_cast<std::uint64_t>(-1)) h = 590923713ULL;
    so->hash = static_cast<std::int64_t>(h);
    return so->hash;
}

static std::int64_t set_length(Object* o) { return cast<Set>(o)->used; }

// `key in s`; an unhashable set key is looked up as a frozenset.
static int set_contains_slot(Object* o, Object* key) {
    auto* so = cast<Set>(o);
    int rv = set_contains_key(so, key);
    if (rv < 0) {
        if (!is_set(key) || !error_matches(exc::TypeError)) return -1;
        clear_error();
        Ref<Set> tmp = make_new_set(&FrozenSetType, key);
        if (!tmp) return -1;
        rv = set_contains_key(so, tmp.get());
    }
    return rv;
}

static Ref<> set_or(Object* a, Object* b) {
    if (!is_anyset(a) || !is_anyset(b)) return not_implemented();
    auto result = set_copy(cast<Set>(a));
    if (!result) return nullptr;
    if (a == b) return result;
    if (set_update_internal(result.get(), b) < 0) return nullptr;
    return result;
}

static Ref<> set_and(Object* a, Object* b) {
    if (!is_anyset(a) || !is_anyset(b)) return not_implemented();
    return set_intersection(cast<Set>(a), b);
}

static Ref<> set_sub(Object* a, Object* b) {
    if (!is_anyset(a) || !is_anyset(b)) return not_implemented();
    return set_difference(cast<Set>(a), b);
}

static Ref<> set_xor(Object* a, Object* b) {
    if (!is_anyset(a) || !is_anyset(b)) return not_implemented();
    return set_symmetric_difference(cast<Set>(a), b);
}

static Ref<> set_ior(Object* self, Object* other) {
    if (!is_anyset(other)) return not_implemented();
    if (set_update_internal(cast<Set>(self), other) < 0) return nullptr;
    return share(self);
}

static Ref<> set_iand(Object* self, Object* other) {
    if (!is_anyset(other)) return not_implemented();
    Ref<Set> tmp = set_intersection(cast<Set>(self), other);
    if (!tmp) return nullptr;
    set_swap_bodies(cast<Set>(self), tmp.get());
    return share(self);
}

static Ref<> set_isub(Object* self, Object* other) {
    if (!is_anyset(other)) return not_implemented();
    if (set_difference_update_internal(cast<Set>(self), other) < 0) return nullptr;
    return share(self);
}

static Ref<> set_ixor(Object* self, Object* other) {
    if (!is_anyset(other)) return not_implemented();
    if (set_symmetric_difference_update(cast<Set>(self), other) < 0) return nullptr;
    return share(self);
}

// ------------------------------------------------------------ set iterator

namespace {
struct SetIter : Object {
    Set* set = nullptr;       // owned; null once exhausted
    std::int64_t used = 0;    // the set's size when iteration began
    std::int64_t pos = 0;
    std::int64_t len = 0;     // items left, for __length_hint__
};
}  // namespace

static Ref<> set_iter(Object* o) {
    auto* so = cast<Set>(o);
    auto it = new_object<SetIter>(&SetIterType);
    it->set = share(so).release();
    it->used = so->used;
    it->len = so->used;
    gc_track(it.get());
    return it;
}

static Ref<> set_iter_next(Object* o) {
    auto* si = cast<SetIter>(o);
    Set* so = si->set;
    if (!so) return nullptr;
    if (si->used != so->used) {
        si->used = -1;  // the error repeats on every later call
        return raise(exc::RuntimeError, "Set changed size during iteration");
    }
    std::int64_t i = si->pos;
    while (i <= so->mask && !set_entry_is_active(so->table[i])) ++i;
    si->pos = i + 1;
    if (i > so->mask) {
        clear_slot(si->set);
        return nullptr;
    }
    --si->len;
    return share(so->table[i].key);
}

static Ref<> set_iter_length_hint(Object* self, const Args&) {
    auto* si = cast<SetIter>(self);
    return int_from(si->set && si->used == si->set->used ? si->len : 0);
}

static Ref<> iter_self(Object* o) { return share(o); }

static void set_iter_clear(Object* o) { clear_slot(cast<SetIter>(o)->set); }

static void set_iter_destroy(Object* o) {
    set_iter_clear(o);
    delete_object(cast<SetIter>(o));
}

static void set_iter_traverse(Object* o, VisitFn visit, void* arg) { visit_field(cast<SetIter>(o)->set, visit, arg); }

// ------------------------------------------------------------ constructors

// set(iterable=()): made empty here, filled by __init__.
static Ref<> set_new_instance(Type* type, const Args& args) {
    if (type == &SetType && !check_no_keywords("set", args)) return nullptr;
    return make_new_set(type, nullptr);
}

static int set_init(Object* self, const Args& args) {
    if (!check_no_keywords("set", args) || !check_arg_range(type_name(self), args, 0, 1)) return -1;
    auto* so = cast<Set>(self);
    if (so->fill) set_clear_internal(so);
    so->hash = -1;
    if (args.size() == 0) return 0;
    return set_update_internal(so, args[0]);
}

// frozenset(iterable=()): immutable, so everything happens here; an exact
// frozenset argument is returned as is.
static Ref<> frozenset_new_instance(Type* type, const Args& args) {
    if (type == &FrozenSetType && !check_no_keywords("frozenset", args)) return nullptr;
    if (!check_arg_range(type->name_view(), args, 0, 1)) return nullptr;
    Object* iterable = args.size() ? args[0] : nullptr;
    if (type == &FrozenSetType && iterable && iterable->type == &FrozenSetType) return share(iterable);
    return make_new_set(type, iterable);
}

// ----------------------------------------------------------------- methods

// "set.add" or "frozenset.copy", as CPython's messages name the method.
static std::string method_name(Object* self, std::string_view name) {
    return fmt::format("{}.{}", is_set(self) ? "set" : "frozenset", name);
}

// The checks below name the method only when they fail: formatting the
// name on every call cost `s.add(x)` more than the addition.
static bool check_one(Object* self, std::string_view name, const Args& args) {
    if (!args.has_keywords() && args.size() == 1) return true;
    std::string full = method_name(self, name);
    return check_no_keywords(full, args) && check_one_arg(full, args);
}

static bool check_none(Object* self, std::string_view name, const Args& args) {
    if (!args.has_keywords() && args.size() == 0) return true;
    std::string full = method_name(self, name);
    return check_no_keywords(full, args) && check_no_args(full, args);
}

static bool check_varargs(Object* self, std::string_view name, const Args& args) {
    if (!args.has_keywords()) return true;
    return check_no_keywords(method_name(self, name), args);
}

// set.__reduce__(): (type, (list of the keys,), state), the state as
// object.__getstate__ gives it.
static Ref<> set_reduce_method(Object* self, const Args& args) {
    if (!check_none(self, "__reduce__", args)) return nullptr;
    Ref<List> keys = list_from_iterable(self);
    if (!keys) return nullptr;
    Ref<> call_args = tuple_from({keys.get()});
    Ref<> state = object_get_state(self);
    if (!state) return nullptr;
    return tuple_from({self->type, call_args.get(), state.get()});
}

static Ref<> set_add_method(Object* self, const Args& args) {
    if (!check_one(self, "add", args)) return nullptr;
    if (set_add_key(cast<Set>(self), args[0]) < 0) return nullptr;
    return none();
}

// Discards `key`, retrying an unhashable set key as a frozenset.
static int discard_with_frozen_retry(Set* so, Object* key) {
    int rv = set_discard_key(so, key);
    if (rv < 0) {
        if (!is_set(key) || !error_matches(exc::TypeError)) return -1;
        clear_error();
        Ref<Set> tmp = make_new_set(&FrozenSetType, key);
        if (!tmp) return -1;
        rv = set_discard_key(so, tmp.get());
    }
    return rv;
}

static Ref<> set_remove_method(Object* self, const Args& args) {
    if (!check_one(self, "remove", args)) return nullptr;
    int rv = discard_with_frozen_retry(cast<Set>(self), args[0]);
    if (rv < 0) return nullptr;
    if (rv == 0) {
        // KeyError(key): the key itself is the exception's argument.
        Object* key = args[0];
        Ref<> exc = exception_new(exc::KeyError, Args{&key, 1});
        if (exc) raise_chained(std::move(exc));
        return nullptr;
    }
    return none();
}

static Ref<> set_discard_method(Object* self, const Args& args) {
    if (!check_one(self, "discard", args)) return nullptr;
    if (discard_with_frozen_retry(cast<Set>(self), args[0]) < 0) return nullptr;
    return none();
}

// Removes an arbitrary item, continuing the scan where the last pop ended.
static Ref<> set_pop_method(Object* self, const Args& args) {
    if (!check_none(self, "pop", args)) return nullptr;
    auto* so = cast<Set>(self);
    if (so->used == 0) return raise(exc::KeyError, "pop from an empty set");
    SetEntry* entry = so->table + (so->finger & so->mask);
    SetEntry* limit = so->table + so->mask;
    while (!set_entry_is_active(*entry)) {
        ++entry;
        if (entry > limit) entry = so->table;
    }
    Ref<> key = adopt(entry->key);
    entry->key = set_dummy;
    entry->hash = -1;
    --so->used;
    so->finger = entry - so->table + 1;
    return key;
}

static Ref<> set_clear_method(Object* self, const Args& args) {
    if (!check_none(self, "clear", args)) return nullptr;
    set_clear_internal(cast<Set>(self));
    return none();
}

static Ref<> set_copy_method(Object* self, const Args& args) {
    if (!check_none(self, "copy", args)) return nullptr;
    return set_copy(cast<Set>(self));
}

static Ref<> frozenset_copy_method(Object* self, const Args& args) {
    if (!check_none(self, "copy", args)) return nullptr;
    if (self->type == &FrozenSetType) return share(self);
    return set_copy(cast<Set>(self));
}

static Ref<> set_update_method(Object* self, const Args& args) {
    if (!check_varargs(self, "update", args)) return nullptr;
    for (std::size_t i = 0; i < args.size(); ++i)
        if (set_update_internal(cast<Set>(self), args[i]) < 0) return nullptr;
    return none();
}

static Ref<> set_union_method(Object* self, const Args& args) {
    if (!check_varargs(self, "union", args)) return nullptr;
    auto* so = cast<Set>(self);
    auto result = set_copy(so);
    if (!result) return nullptr;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == self) continue;
        if (set_update_internal(result.get(), args[i]) < 0) return nullptr;
    }
    return result;
}

static Ref<Set> intersection_multi(Set* so, const Args& args) {
    if (args.size() == 0) return set_copy(so);
    Ref<Set> result = share(so);
    for (std::size_t i = 0; i < args.size(); ++i) {
        Ref<Set> next = set_intersection(result.get(), args[i]);
        if (!next) return nullptr;
        result = std::move(next);
    }
    return result;
}

static Ref<> set_intersection_method(Object* self, const Args& args) {
    if (!check_varargs(self, "intersection", args)) return nullptr;
    return intersection_multi(cast<Set>(self), args);
}

static Ref<> set_intersection_update_method(Object* self, const Args& args) {
    if (!check_varargs(self, "intersection_update", args)) return nullptr;
    Ref<Set> tmp = intersection_multi(cast<Set>(self), args);
    if (!tmp) return nullptr;
    set_swap_bodies(cast<Set>(self), tmp.get());
    return none();
}

static Ref<> set_difference_method(Object* self, const Args& args) {
    if (!check_varargs(self, "difference", args)) return nullptr;
    auto* so = cast<Set>(self);
    if (args.size() == 0) return set_copy(so);
    Ref<Set> result = set_difference(so, args[0]);
    if (!result) return nullptr;
    for (std::size_t i = 1; i < args.size(); ++i)
        if (set_difference_update_internal(result.get(), args[i]) < 0) return nullptr;
    return result;
}

static Ref<> set_difference_update_method(Object* self, const Args& args) {
    if (!check_varargs(self, "difference_update", args)) return nullptr;
    for (std::size_t i = 0; i < args.size(); ++i)
        if (set_difference_update_internal(cast<Set>(self), args[i]) < 0) return nullptr;
    return none();
}

static Ref<> set_symmetric_difference_method(Object* self, const Args& args) {
    if (!check_one(self, "symmetric_difference", args)) return nullptr;
    return set_symmetric_difference(cast<Set>(self), args[0]);
}

static Ref<> set_symmetric_difference_update_method(Object* self, const Args& args) {
    if (!check_one(self, "symmetric_difference_update", args)) return nullptr;
    if (set_symmetric_difference_update(cast<Set>(self), args[0]) < 0) return nullptr;
    return none();
}

static Ref<> set_issubset_method(Object* self, const Args& args) {
    if (!check_one(self, "issubset", args)) return nullptr;
    return bool_result(set_issubset(cast<Set>(self), args[0]));
}

static Ref<> set_issuperset_method(Object* self, const Args& args) {
    if (!check_one(self, "issuperset", args)) return nullptr;
    return bool_result(set_issuperset(cast<Set>(self), args[0]));
}

static Ref<> set_isdisjoint_method(Object* self, const Args& args) {
    if (!check_one(self, "isdisjoint", args)) return nullptr;
    return bool_result(set_isdisjoint(cast<Set>(self), args[0]));
}

// ------------------------------------------------------------ registration

static void init_common(Type& type, std::string_view name) {
    type_init_builtin(type, name, &ObjectType, sizeof(Set),
                      type_flags::kHasGC | type_flags::kBaseType);
    type.weaklist_offset = offsetof(Set, weakreflist);
    type.destroy = set_destroy;
    type.traverse = set_traverse;
    type.clear = set_clear_slot;
    type.size_of = set_size_of;
    type.repr = set_repr;
    type.compare = set_compare;
    type.iter = set_iter;
    type.length = set_length;
    type.contains = set_contains_slot;
    type.binary[static_cast<int>(BinaryOp::Or)] = set_or;
    type.binary[static_cast<int>(BinaryOp::And)] = set_and;
    type.binary[static_cast<int>(BinaryOp::Sub)] = set_sub;
    type.binary[static_cast<int>(BinaryOp::Xor)] = set_xor;
}

void set_type_init() {
    init_common(SetType, "set");
    // No hash: sets are unhashable.
    SetType.new_instance = set_new_instance;
    SetType.init = set_init;
    SetType.inplace[static_cast<int>(BinaryOp::Or)] = set_ior;
    SetType.inplace[static_cast<int>(BinaryOp::And)] = set_iand;
    SetType.inplace[static_cast<int>(BinaryOp::Sub)] = set_isub;
    SetType.inplace[static_cast<int>(BinaryOp::Xor)] = set_ixor;
    add_methods(SetType, {
                             {"add", set_add_method},
                             {"clear", set_clear_method},
                             {"copy", set_copy_method},
                             {"discard", set_discard_method},
                             {"difference", set_difference_method},
                             {"difference_update", set_difference_update_method},
                             {"intersection", set_intersection_method},
                             {"intersection_update", set_intersection_update_method},
                             {"isdisjoint", set_isdisjoint_method},
                             {"issubset", set_issubset_method},
                             {"issuperset", set_issuperset_method},
                             {"pop", set_pop_method},
                             {"remove", set_remove_method},
                             {"symmetric_difference", set_symmetric_difference_method},
                             {"symmetric_difference_update", set_symmetric_difference_update_method},
                             {"union", set_union_method},
                             {"update", set_update_method},
                             {"__reduce__", set_reduce_method},
                             {"__class_getitem__", generic_class_getitem, MethodKind::Class},
                         });
    type_ready(SetType);

    init_common(FrozenSetType, "frozenset");
    FrozenSetType.hash = frozenset_hash;
    FrozenSetType.new_instance = frozenset_new_instance;
    add_methods(FrozenSetType, {
                                   {"copy", frozenset_copy_method},
                                   {"difference", set_difference_method},
                                   {"intersection", set_intersection_method},
                                   {"isdisjoint", set_isdisjoint_method},
                                   {"issubset", set_issubset_method},
                                   {"issuperset", set_issuperset_method},
                                   {"symmetric_difference", set_symmetric_difference_method},
                                   {"union", set_union_method},
                                   {"__reduce__", set_reduce_method},
                                   {"__class_getitem__", generic_class_getitem, MethodKind::Class},
                               });
    type_ready(FrozenSetType);

    type_init_builtin(SetIterType, "set_iterator", &ObjectType, sizeof(SetIter), type_flags::kHasGC);
    SetIterType.destroy = set_iter_destroy;
    SetIterType.traverse = set_iter_traverse;
    SetIterType.clear = set_iter_clear;
    SetIterType.iter = iter_self;
    SetIterType.next = set_iter_next;
    SetIterType.new_instance = iterator_no_new;
    add_methods(SetIterType, {{"__length_hint__", set_iter_length_hint}});
    type_ready(SetIterType);
}

}  // namespace minipy
