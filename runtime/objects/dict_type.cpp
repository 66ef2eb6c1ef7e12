// The dict type as Python sees it: construction, operators, methods, and the
// keys/values/items views with their iterators.
#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/core/names.hpp"
#include "runtime/core/repr_guard.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/generic_alias.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/iterators.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/mappingproxy.hpp"
#include "runtime/objects/set.hpp"
#include "runtime/objects/set_impl.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <algorithm>
#include <string>

namespace minipy {

Type DictType;
Type DictKeysType;
Type DictValuesType;
Type DictItemsType;
Type DictKeyIterType;
Type DictValueIterType;
Type DictItemIterType;
Type DictRevKeyIterType;
Type DictRevValueIterType;
Type DictRevItemIterType;

static Dict* as_dict(Object* o) { return cast<Dict>(o); }

// ------------------------------------------------------------- lifetime

static Ref<> dict_new_slot(Type* type, const Args&) {
    auto d = new_object<Dict>(type);  // calling `dict` allocates anew, as CPython's type call
    // Subclass instances carry an instance dict and are always tracked.
    if (type != &DictType) gc_track(d.get());
    return d;
}

// Entry by entry, key before value: the order of CPython's PyDict_Clear,
// and of its dict_dealloc.
static void dict_clear_slot(Object* o) { dict_clear(as_dict(o)); }

static void dict_destroy(Object* o) {
    dict_clear_slot(o);
    dict_free(as_dict(o));
}

// Each value, then its key when the table has {hash, key, value} entries
// (a key other than an exact str went in since the last clear), as CPython
// 3.11's dict_traverse: gc.get_referents({'a': 1}) is [1],
// gc.get_referents({'a': 1, 2: 3}) is [1, 'a', 3, 2]. The collector loses
// nothing either way: exact strs are never containers.
static void dict_traverse(Object* o, VisitFn visit, void* arg) { dict_traverse_entries(as_dict(o), visit, arg); }

// sys.getsizeof: the dict and its table (CPython's dict.__sizeof__).
static std::size_t dict_size_of(Object* o) { return dict_sizeof(as_dict(o)); }

// --------------------------------------------------------------- update

// dict.update(other): a dict, anything with keys(), or an iterable of pairs.
static int update_from(Dict* d, Object* other) {
    if (is_dict(other) && other->type->iter == DictType.iter) return dict_merge(d, as_dict(other));
    if (type_lookup(other->type, "keys")) {
        Ref<> keys = call_method(other, "keys", {});
        if (!keys) return -1;
        Ref<> it = get_iter(keys.get());
        if (!it) return -1;
        while (Ref<> key = iter_next(it.get())) {
            Ref<> value = getitem(other, key.get());
            if (!value || dict_set(d, key.get(), value.get()) < 0) return -1;
        }
        return error_pending() ? -1 : 0;
    }
    Ref<> it = get_iter(other);
    if (!it) return -1;
    std::int64_t index = 0;
    while (Ref<> item = iter_next(it.get())) {
        Ref<> pair_iter = get_iter(item.get());
        if (!pair_iter) {
            if (error_matches(exc::TypeError)) {
                clear_error();
                raisef(exc::TypeError, "cannot convert dictionary update sequence element #{} to a sequence", index);
            }
            return -1;
        }
        Ref<List> pair = list_from_iterable(item.get());
        if (!pair) return -1;
        if (pair->size != 2) {
            raisef(exc::ValueError, "dictionary update sequence element #{} has length {}; 2 is required", index,
                   pair->size);
            return -1;
        }
        if (dict_set(d, (*pair)[0], (*pair)[1]) < 0) return -1;
        ++index;
    }
    return error_pending() ? -1 : 0;
}

static int update_keywords(Dict* d, const Args& args) {
    for (std::size_t k = 0; k < args.kw_count(); ++k)
        if (dict_set(d, args.kw_name(k), args.kw_value(k)) < 0) return -1;
    return 0;
}

static int dict_init(Object* self, const Args& args) {
    if (args.size() > 1) {
        raisef(exc::TypeError, "dict expected at most 1 argument, got {}", args.size());
        return -1;
    }
    if (args.size() == 1 && update_from(as_dict(self), args[0]) < 0) return -1;
    return update_keywords(as_dict(self), args);
}

static Ref<> dict_update(Object* self, const Args& args) {
    if (args.size() > 1) return raisef(exc::TypeError, "update expected at most 1 argument, got {}", args.size());
    if (args.size() == 1 && update_from(as_dict(self), args[0]) < 0) return nullptr;
    if (update_keywords(as_dict(self), args) < 0) return nullptr;
    return none();
}

// ------------------------------------------------------------ protocol

// {'a': 1, 'b': [2]}; a dict inside itself prints as {...}.
static Ref<> dict_repr(Object* o) {
    Dict* d = as_dict(o);
    if (d->used == 0) return str_from("{}");
    ReprGuard guard(o);
    if (guard.recursive()) return str_from("{...}");
    std::string out = "{";
    Object* key;
    Object* value;
    bool first = true;
    for (std::int64_t pos = 0; dict_next(d, pos, &key, &value);) {
        Ref<> k = share(key);
        Ref<> v = share(value);
        std::string kt, vt;
        if (!repr_text(k.get(), kt) || !repr_text(v.get(), vt)) return nullptr;
        if (!first) out += ", ";
        first = false;
        out += kt;
        out += ": ";
        out += vt;
    }
    out += "}";
    return str_from(out);
}

static std::int64_t dict_length(Object* o) { return as_dict(o)->used; }

static Ref<> dict_getitem(Object* o, Object* key) {
    Object* value = dict_get(as_dict(o), key);
    if (value) return share(value);
    if (error_pending()) return nullptr;
    // Subclasses may supply __missing__ (collections.defaultdict's hook).
    if (o->type != &DictType) {
        if (type_lookup(o->type, "__missing__")) return call_method(o, "__missing__", {key});
    }
    Object* argv[] = {key};
    Ref<> error = call(exc::KeyError, Args{argv, 1, nullptr});
    if (error) raise_chained(std::move(error));
    return nullptr;
}

static int dict_setitem(Object* o, Object* key, Object* value) {
    if (value) return dict_set(as_dict(o), key, value);
    int removed = dict_del(as_dict(o), key);
    if (removed < 0) return -1;
    if (removed == 0) {
        Object* argv[] = {key};
        Ref<> error = call(exc::KeyError, Args{argv, 1, nullptr});
        if (error) raise_chained(std::move(error));
        return -1;
    }
    return 0;
}

static int dict_contains(Object* o, Object* key) {
    Object* value = dict_get(as_dict(o), key);
    if (value) return 1;
    return error_pending() ? -1 : 0;
}

// Dicts are equal when they have the same keys mapped to equal values. Each
// key is looked up with the hash its table stored, as CPython's dict_equal:
// no __hash__ runs.
static Ref<> dict_compare(Object* a, Object* b, CompareOp op) {
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || !is_dict(b)) return not_implemented();
    Dict* x = as_dict(a);
    Dict* y = as_dict(b);
    bool equal = x->used == y->used;
    Object* key;
    Object* value;
    std::int64_t hash;
    for (std::int64_t pos = 0; equal && dict_next_hash(x, pos, &key, &value, &hash);) {
        Ref<> k = share(key);
        Ref<> v = share(value);
        Object* other = dict_get_known_hash(y, k.get(), hash);
        if (!other) {
            if (error_pending()) return nullptr;
            equal = false;
            break;
        }
        Ref<> o = share(other);
        int eq = equals(v.get(), o.get());
        if (eq < 0) return nullptr;
        equal = eq != 0;
    }
    return bool_from(op == CompareOp::Eq ? equal : !equal);
}

// d1 | d2 (PEP 584)
static Ref<> dict_or(Object* a, Object* b) {
    if (!is_dict(a) || !is_dict(b)) return not_implemented();
    Ref<Dict> result = dict_copy(as_dict(a));
    if (!result || dict_merge(result.get(), as_dict(b)) < 0) return nullptr;
    return result;
}

static Ref<> dict_ior(Object* a, Object* b) {
    if (update_from(as_dict(a), b) < 0) return nullptr;
    return share(a);
}

// ----------------------------------------------------------- iterators

enum class IterKind : unsigned char { Keys, Values, Items };

// CPython's dictiterobject, field for field (sys.getsizeof is its 72
// bytes): one type per kind, as dict_keyiterator, dict_valueiterator and
// dict_itemiterator are.
struct DictIter : Object {
    Dict* dict = nullptr;  // owned; null once exhausted
    std::int64_t expected_size = 0;
    std::int64_t pos = 0;
    // The item iterator's last (key, value) pair, refilled when nobody else
    // holds it (dictiter_iternextitem, as enumerate and zip do with theirs:
    // `for k, v in d.items()` makes one tuple); null for the other kinds.
    Tuple* result = nullptr;  // owned
    // Entries still to yield (dictiterobject's len): a key found when none
    // is left means keys were deleted and others added, the size unchanged.
    std::int64_t remaining = 0;
};

static Type* const dict_iter_types[] = {&DictKeyIterType, &DictValueIterType, &DictItemIterType};
static Type* const dict_rev_iter_types[] = {&DictRevKeyIterType, &DictRevValueIterType, &DictRevItemIterType};

// `reversed` iterators start at the last entry written (dictiter_new): for
// a split dict the last of its insertion order.
static Ref<> dict_iter_new(Dict* d, IterKind kind, bool reversed = false) {
    auto it = new_object<DictIter>((reversed ? dict_rev_iter_types : dict_iter_types)[static_cast<int>(kind)]);
    set_slot(it->dict, d);
    it->expected_size = d->used;
    it->remaining = d->used;
    if (reversed) it->pos = (d->values ? d->used : d->keys->nentries) - 1;
    if (kind == IterKind::Items) it->result = tuple_from({None, None}).release();
    gc_track(it.get());
    return it;
}

// The step all three kinds share: the next live entry (borrowed), or false
// at the end (the dict is dropped then) or with an error pending.
static bool dict_iter_step(DictIter* it, Object*& key, Object*& value) {
    Dict* d = it->dict;
    if (!d) return false;
    if (d->used != it->expected_size) {
        it->expected_size = -1;  // stays broken, as CPython
        raise(exc::RuntimeError, "dictionary changed size during iteration");
        return false;
    }
    if (!dict_next(d, it->pos, &key, &value)) {
        clear_slot(it->dict);
        return false;
    }
    if (it->remaining == 0) {  // dictiter_iternextkey
        clear_slot(it->dict);
        raise(exc::RuntimeError, "dictionary keys changed during iteration");
        return false;
    }
    --it->remaining;
    return true;
}

// The reverse step (dictreviter_iternext): the live entry at or before
// `pos`. Unlike the forward one it does not count what is left against
// keys found, as CPython's does not.
static bool dict_rev_iter_step(DictIter* it, Object*& key, Object*& value) {
    Dict* d = it->dict;
    if (!d) return false;
    if (d->used != it->expected_size) {
        it->expected_size = -1;
        raise(exc::RuntimeError, "dictionary changed size during iteration");
        return false;
    }
    const DictKeys* k = d->keys;
    // Deleting a key and adding another between two steps keeps the size
    // but may rebuild the table smaller: the walk goes on from its end.
    const std::int64_t written = d->values ? dict_values_count(d->values) : k->nentries;
    std::int64_t i = std::min(it->pos, written - 1);
    if (i >= 0 && d->values) {
        const std::int64_t ix = dict_values_order(d->values, i);
        key = dict_unicode_entries(k)[ix].key;
        value = d->values[ix];
    } else if (k->kind == kDictKeysUnicode) {
        const DictUnicodeEntry* entries = dict_unicode_entries(k);
        while (i >= 0 && !entries[i].value) --i;
        if (i >= 0) key = entries[i].key, value = entries[i].value;
    } else {
        const DictKeyEntry* entries = dict_general_entries(k);
        while (i >= 0 && !entries[i].value) --i;
        if (i >= 0) key = entries[i].key, value = entries[i].value;
    }
    if (i < 0) {
        clear_slot(it->dict);
        return false;
    }
    it->pos = i - 1;
    --it->remaining;
    return true;
}

// The old key and value are released after the new ones are in, and a
// reused pair that a collection untracked (it held atoms) is tracked again
// (bpo-42536), as in CPython's dictiter_iternextitem.
static Ref<> dict_item_result(DictIter* it, Object* key, Object* value) {
    Tuple* result = it->result;
    if (result->refcount != 1) return tuple_from({key, value});
    Object** items = result->items();
    Ref<> old_key = adopt(items[0]);
    Ref<> old_value = adopt(items[1]);
    items[0] = share(key).release();
    items[1] = share(value).release();
    Ref<> shared = share<Object>(result);
    old_key.reset();
    old_value.reset();
    if (!gc_is_tracked(result)) gc_track(result);
    return shared;
}

// The three kinds' next(), over the forward or the reverse step.
using DictIterStep = bool (*)(DictIter*, Object*&, Object*&);

template <DictIterStep Step>
static Ref<> dict_key_iter_next(Object* o) {
    Object* key;
    Object* value;
    if (!Step(cast<DictIter>(o), key, value)) return nullptr;
    return share(key);
}

template <DictIterStep Step>
static Ref<> dict_value_iter_next(Object* o) {
    Object* key;
    Object* value;
    if (!Step(cast<DictIter>(o), key, value)) return nullptr;
    return share(value);
}

template <DictIterStep Step>
static Ref<> dict_item_iter_next(Object* o) {
    auto* it = cast<DictIter>(o);
    Object* key;
    Object* value;
    if (!Step(it, key, value)) return nullptr;
    return dict_item_result(it, key, value);
}

// __length_hint__ (dictiter_len): what is left to yield while the dict
// keeps its size, else 0.
static Ref<> dict_iter_length_hint(Object* o, const Args& args) {
    if (!check_no_args("__length_hint__", args)) return nullptr;
    auto* it = cast<DictIter>(o);
    const bool intact = it->dict && it->dict->used == it->expected_size;
    return int_from(intact ? it->remaining : 0);
}

// No clear, as CPython's dict iterators: a cycle through one is broken at
// its dict.
static void dict_iter_destroy(Object* o) {
    auto* it = cast<DictIter>(o);
    clear_slot(it->dict);
    clear_slot(it->result);
    delete_object(it);
}

static void dict_iter_traverse(Object* o, VisitFn visit, void* arg) {
    auto* it = cast<DictIter>(o);
    visit_field(it->dict, visit, arg);
    visit_field(it->result, visit, arg);
}

static Ref<> self_iter(Object* o) { return share(o); }

static Ref<> dict_iter_slot(Object* o) { return dict_iter_new(as_dict(o), IterKind::Keys); }

// ---------------------------------------------------------------- views

struct DictView : Object {
    Dict* dict = nullptr;  // owned
};

static Ref<> view_new(Type* type, Dict* d) {
    auto v = new_object<DictView>(type);
    set_slot(v->dict, d);
    gc_track(v.get());
    return v;
}

static IterKind view_kind(const Object* o) {
    if (o->type == &DictKeysType) return IterKind::Keys;
    if (o->type == &DictValuesType) return IterKind::Values;
    return IterKind::Items;
}

// No clear, as CPython's dict views: a cycle through one is broken at its
// dict.
static void view_destroy(Object* o) {
    clear_slot(cast<DictView>(o)->dict);
    delete_object(cast<DictView>(o));
}

static void view_traverse(Object* o, VisitFn visit, void* arg) {
    visit_field(cast<DictView>(o)->dict, visit, arg);
}

static std::int64_t view_length(Object* o) { return cast<DictView>(o)->dict->used; }

static Ref<> view_iter(Object* o) { return dict_iter_new(cast<DictView>(o)->dict, view_kind(o)); }

// dict_keys(['a', 'b'])
static Ref<> view_repr(Object* o) {
    ReprGuard guard(o);
    if (guard.recursive()) return str_from("...");
    Ref<List> items = list_from_iterable(o);
    if (!items) return nullptr;
    std::string inner;
    if (!repr_text(items.get(), inner)) return nullptr;
    return str_from(std::string(type_name(o)) + "(" + inner + ")");
}

static int view_contains(Object* o, Object* item) {
    Dict* d = cast<DictView>(o)->dict;
    switch (view_kind(o)) {
        case IterKind::Keys:
            return dict_contains(d, item);
        case IterKind::Items: {
            if (!is_tuple(item) || cast<Tuple>(item)->length() != 2) return 0;
            Object* value = dict_get(d, (*cast<Tuple>(item))[0]);
            if (!value) return error_pending() ? -1 : 0;
            Ref<> v = share(value);
            return equals(v.get(), (*cast<Tuple>(item))[1]);
        }
        case IterKind::Values: {
            Object* key;
            Object* value;
            for (std::int64_t pos = 0; dict_next(d, pos, &key, &value);) {
                Ref<> v = share(value);
                int eq = equals(v.get(), item);
                if (eq != 0) return eq;
            }
            return 0;
        }
    }
    return 0;
}

// Keys and items views behave as sets: `d.keys() & other`, `== {1, 2}`,
// computed as CPython's dictobject.c does, so that keys are hashed (and
// __hash__ runs) as often as there.

// The left operand as a new set: a keys view's exact dict gives its keys
// with their stored hashes (dictviews_to_set).
static Ref<Set> view_operand_set(Object* o) {
    if (o->type == &DictKeysType && cast<DictView>(o)->dict->type == &DictType)
        return set_from_iterable(&SetType, cast<DictView>(o)->dict);
    return set_from_iterable(&SetType, o);
}

// a - b, a | b, a ^ b: a set of the left operand, updated in place by the
// set method of that name with the right one.
static Ref<> view_set_update(Object* a, Object* b, const char* method) {
    Ref<Set> result = view_operand_set(a);
    if (!result || !call_method(result.get(), method, {b})) return nullptr;
    return result;
}

static Ref<> view_sub(Object* a, Object* b) { return view_set_update(a, b, "difference_update"); }
static Ref<> view_or(Object* a, Object* b) { return view_set_update(a, b, "update"); }
static Ref<> view_xor(Object* a, Object* b) { return view_set_update(a, b, "symmetric_difference_update"); }

static bool is_set_like_view(const Object* o) { return o->type == &DictKeysType || o->type == &DictItemsType; }

// a & b (_PyDictView_Intersect): the items of the smaller operand that the
// view contains; a set at least as large as the view does the work itself.
static Ref<> view_and(Object* a, Object* b) {
    Object* view = is_set_like_view(a) ? a : b;
    Object* other = view == a ? b : a;
    const std::int64_t view_len = view_length(view);
    if (other->type == &SetType && view_len <= cast<Set>(other)->used)
        return call_method(other, "intersection", {view});
    if (is_set_like_view(other) && view_length(other) > view_len) std::swap(view, other);
    Ref<Set> result = set_from_iterable(&SetType, nullptr);
    if (!result) return nullptr;
    Ref<> it = get_iter(other);
    if (!it) return nullptr;
    while (Ref<> item = iter_next(it.get())) {
        int found = view_contains(view, item.get());
        if (found < 0) return nullptr;
        if (found && set_add(result.get(), item.get()) < 0) return nullptr;
    }
    if (error_pending()) return nullptr;
    return result;
}

// Whether every item of `a` is in `b` (all_contained_in); -1 on error.
static int all_contained_in(Object* a, Object* b) {
    Ref<> it = get_iter(a);
    if (!it) return -1;
    while (Ref<> item = iter_next(it.get())) {
        int found = contains(b, item.get());
        if (found <= 0) return found;
    }
    return error_pending() ? -1 : 1;
}

// view.isdisjoint(other) (dictviews_isdisjoint): walks the smaller side
// when both are sets or set-like views, else `other`.
static Ref<> view_isdisjoint(Object* self, const Args& args) {
    if (!check_no_keywords("isdisjoint", args) || !check_arg_range("isdisjoint", args, 1, 1)) return nullptr;
    Object* other = args[0];
    if (other == self) return bool_from(view_length(self) == 0);
    Object* probed = self;
    if (is_anyset(other) || is_set_like_view(other)) {
        const std::int64_t len_other = length(other);
        if (len_other < 0) return nullptr;
        if (len_other > view_length(self)) std::swap(probed, other);
    }
    Ref<> it = get_iter(other);
    if (!it) return nullptr;
    while (Ref<> item = iter_next(it.get())) {
        int found = contains(probed, item.get());
        if (found < 0) return nullptr;
        if (found) return bool_from(false);
    }
    if (error_pending()) return nullptr;
    return bool_from(true);
}

// view.mapping: a read-only proxy of the view's dict.
static Ref<> view_mapping(Object* self) { return mappingproxy_new(cast<DictView>(self)->dict); }

// Comparisons with sets and set-like views (dictview_richcompare): sizes
// first, then membership of one side's items in the other.
static Ref<> view_compare(Object* a, Object* b, CompareOp op) {
    if (!is_anyset(b) && !is_set_like_view(b)) return not_implemented();
    const std::int64_t len_a = view_length(a);
    const std::int64_t len_b = length(b);
    if (len_b < 0) return nullptr;
    int ok = 0;
    switch (op) {
        case CompareOp::Eq:
        case CompareOp::Ne:
            if (len_a == len_b) ok = all_contained_in(a, b);
            if (op == CompareOp::Ne && ok >= 0) ok = !ok;
            break;
        case CompareOp::Lt:
            if (len_a < len_b) ok = all_contained_in(a, b);
            break;
        case CompareOp::Le:
            if (len_a <= len_b) ok = all_contained_in(a, b);
            break;
        case CompareOp::Gt:
            if (len_a > len_b) ok = all_contained_in(b, a);
            break;
        case CompareOp::Ge:
            if (len_a >= len_b) ok = all_contained_in(b, a);
            break;
    }
    if (ok < 0) return nullptr;
    return bool_from(ok != 0);
}

// ---------------------------------------------------------------- methods

static Ref<> dict_keys(Object* self, const Args& args) {
    if (!check_no_args("dict.keys", args)) return nullptr;
    return view_new(&DictKeysType, as_dict(self));
}
static Ref<> dict_values(Object* self, const Args& args) {
    if (!check_no_args("dict.values", args)) return nullptr;
    return view_new(&DictValuesType, as_dict(self));
}
static Ref<> dict_items(Object* self, const Args& args) {
    if (!check_no_args("dict.items", args)) return nullptr;
    return view_new(&DictItemsType, as_dict(self));
}

// get, setdefault and pop: CPython's method call refuses keywords first,
// naming the method in full ("dict.get() takes no keyword arguments"),
// then Argument Clinic counts the positional ones ("get expected at least
// 1 argument, got 0").
static Ref<> dict_get_method(Object* self, const Args& args) {
    if (!check_no_keywords("dict.get", args) || !check_arg_range("get", args, 1, 2)) return nullptr;
    Object* value = dict_get(as_dict(self), args[0]);
    if (value) return share(value);
    if (error_pending()) return nullptr;
    return share(args.size() > 1 ? args[1] : None);
}

static Ref<> dict_setdefault(Object* self, const Args& args) {
    if (!check_no_keywords("dict.setdefault", args) || !check_arg_range("setdefault", args, 1, 2)) return nullptr;
    Object* value = dict_get(as_dict(self), args[0]);
    if (value) return share(value);
    if (error_pending()) return nullptr;
    Object* fallback = args.size() > 1 ? args[1] : None;
    if (dict_set(as_dict(self), args[0], fallback) < 0) return nullptr;
    return share(fallback);
}

static Ref<> dict_pop_method(Object* self, const Args& args) {
    if (!check_no_keywords("dict.pop", args) || !check_arg_range("pop", args, 1, 2)) return nullptr;
    Ref<> value = dict_pop(as_dict(self), args[0]);
    if (value || error_pending()) return value;
    if (args.size() > 1) return share(args[1]);
    Object* argv[] = {args[0]};
    Ref<> error = call(exc::KeyError, Args{argv, 1, nullptr});
    if (error) raise_chained(std::move(error));
    return nullptr;
}

// Removes the most recently inserted item (LIFO, as CPython 3.7+).
static Ref<> dict_popitem(Object* self, const Args& args) {
    if (!check_no_args("dict.popitem", args)) return nullptr;
    Ref<> key;
    Ref<> value;
    if (!dict_popitem(as_dict(self), key, value)) return raise(exc::KeyError, "popitem(): dictionary is empty");
    return tuple_from({key.get(), value.get()});
}

static Ref<> dict_clear_method(Object* self, const Args& args) {
    if (!check_no_args("dict.clear", args)) return nullptr;
    dict_clear(as_dict(self));
    return none();
}

static Ref<> dict_copy_method(Object* self, const Args& args) {
    if (!check_no_args("dict.copy", args)) return nullptr;
    return dict_copy(as_dict(self));
}

// dict.fromkeys(iterable, value=None): a classmethod. A new exact dict
// filled from an exact dict or set is sized for it first and takes the
// stored hashes, as CPython's _PyDict_FromKeys (from a set the table has
// {hash, key, value} entries even for str keys, as there).
static Ref<> dict_fromkeys(Object* cls, const Args& args) {
    if (!check_arg_range("fromkeys", args, 1, 2)) return nullptr;
    Ref<> result = call(cls, {});
    if (!result) return nullptr;
    Object* value = args.size() > 1 ? args[1] : None;
    Object* iterable = args[0];
    if (result->type == &DictType && as_dict(result.get())->used == 0) {
        Dict* d = as_dict(result.get());
        if (iterable->type == &DictType) {
            Dict* from = as_dict(iterable);
            if (!dict_presize(d, from->used, !dict_has_general_keys(from))) return nullptr;
            Object* key;
            std::int64_t hash;
            for (std::int64_t pos = 0; dict_next_hash(from, pos, &key, nullptr, &hash);) {
                Ref<> k = share(key);
                if (dict_set_known_hash(d, k.get(), hash, value) < 0) return nullptr;
            }
            return result;
        }
        if (iterable->type == &SetType || iterable->type == &FrozenSetType) {
            Set* from = cast<Set>(iterable);
            if (!dict_presize(d, from->used, false)) return nullptr;
            SetEntry* entry;
            for (std::int64_t pos = 0; set_next_entry(from, pos, &entry);) {
                Ref<> k = share(entry->key);
                if (dict_set_known_hash(d, k.get(), entry->hash, value) < 0) return nullptr;
            }
            return result;
        }
    }
    Ref<> it = get_iter(iterable);
    if (!it) return nullptr;
    while (Ref<> key = iter_next(it.get())) {
        if (setitem(result.get(), key.get(), value) < 0) return nullptr;
    }
    if (error_pending()) return nullptr;
    return result;
}

// reversed(d), and reversed(d.keys()), reversed(d.values()),
// reversed(d.items()) (3.8+): iterators that walk the entries backwards.
static Ref<> dict_reversed(Object* self, const Args& args) {
    if (!check_no_args("__reversed__", args)) return nullptr;
    return dict_iter_new(as_dict(self), IterKind::Keys, true);
}

static Ref<> view_reversed(Object* self, const Args& args) {
    if (!check_no_args("__reversed__", args)) return nullptr;
    return dict_iter_new(cast<DictView>(self)->dict, view_kind(self), true);
}

// ------------------------------------------------------------------- init

static void init_view_type(Type& type, const char* name, bool set_like) {
    type_init_builtin(type, name, &ObjectType, sizeof(DictView), type_flags::kHasGC);
    type.destroy = view_destroy;
    type.traverse = view_traverse;
    type.length = view_length;
    type.iter = view_iter;
    type.repr = view_repr;
    type.contains = view_contains;
    type.getattr = generic_getattr;
    add_methods(type, {{"__reversed__", view_reversed}});
    add_getsets(type, {{"mapping", view_mapping}});
    if (set_like) {
        add_methods(type, {{"isdisjoint", view_isdisjoint}});
        type.binary[static_cast<int>(BinaryOp::And)] = view_and;
        type.binary[static_cast<int>(BinaryOp::Or)] = view_or;
        type.binary[static_cast<int>(BinaryOp::Sub)] = view_sub;
        type.binary[static_cast<int>(BinaryOp::Xor)] = view_xor;
        type.compare = view_compare;
    }
    type_ready(type);
}

static void init_dict_iter_type(Type& type, const char* name, NextFn next) {
    type_init_builtin(type, name, &ObjectType, sizeof(DictIter), type_flags::kHasGC);
    type.destroy = dict_iter_destroy;
    type.traverse = dict_iter_traverse;
    type.iter = self_iter;
    type.next = next;
    type.getattr = generic_getattr;
    add_methods(type, {{"__length_hint__", dict_iter_length_hint}});
    type_ready(type);
}

void dict_type_init() {
    type_init_builtin(DictType, "dict", &ObjectType, sizeof(Dict),
                      type_flags::kHasGC | type_flags::kBaseType | type_flags::kDictSubclass);
    DictType.destroy = dict_destroy;
    DictType.traverse = dict_traverse;
    DictType.size_of = dict_size_of;
    DictType.clear = dict_clear_slot;
    DictType.new_instance = dict_new_slot;
    DictType.init = dict_init;
    DictType.repr = dict_repr;
    DictType.compare = dict_compare;
    DictType.length = dict_length;
    DictType.getitem = dict_getitem;
    DictType.setitem = dict_setitem;
    DictType.contains = dict_contains;
    DictType.iter = dict_iter_slot;
    DictType.getattr = generic_getattr;
    DictType.binary[static_cast<int>(BinaryOp::Or)] = dict_or;
    DictType.inplace[static_cast<int>(BinaryOp::Or)] = dict_ior;
    add_methods(DictType, {
                              {"keys", dict_keys},
                              {"values", dict_values},
                              {"items", dict_items},
                              {"get", dict_get_method},
                              {"setdefault", dict_setdefault},
                              {"pop", dict_pop_method},
                              {"popitem", dict_popitem},
                              {"update", dict_update},
                              {"clear", dict_clear_method},
                              {"copy", dict_copy_method},
                              {"fromkeys", dict_fromkeys, MethodKind::Class},
                              {"__reversed__", dict_reversed},
                              {"__class_getitem__", generic_class_getitem, MethodKind::Class},
                          });
    type_ready(DictType);

    init_dict_iter_type(DictKeyIterType, "dict_keyiterator", dict_key_iter_next<dict_iter_step>);
    init_dict_iter_type(DictValueIterType, "dict_valueiterator", dict_value_iter_next<dict_iter_step>);
    init_dict_iter_type(DictItemIterType, "dict_itemiterator", dict_item_iter_next<dict_iter_step>);
    init_dict_iter_type(DictRevKeyIterType, "dict_reversekeyiterator", dict_key_iter_next<dict_rev_iter_step>);
    init_dict_iter_type(DictRevValueIterType, "dict_reversevalueiterator", dict_value_iter_next<dict_rev_iter_step>);
    init_dict_iter_type(DictRevItemIterType, "dict_reverseitemiterator", dict_item_iter_next<dict_rev_iter_step>);

    init_view_type(DictKeysType, "dict_keys", true);
    init_view_type(DictValuesType, "dict_values", false);
    init_view_type(DictItemsType, "dict_items", true);
}

}  // namespace minipy
