// The machinery of the weak containers (see weak_container.hpp): KeyedRef,
// the remove callback, the iteration guard and the iterators.
#include "runtime/modules/weak_container.hpp"

#include "runtime/modules/internal.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/objects/builtin_function.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/mappingproxy.hpp"
#include "runtime/objects/set.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

namespace minipy {

Type KeyedRefType;

namespace {

Type WeakIterType;

// ------------------------------------------------------------ KeyedRef

// The key, then what the weak reference holds, as CPython's subtype_dealloc
// releases a weakref subclass's __slots__ before the weakref's own fields.
void keyed_ref_clear(Object* o) {
    clear_slot(cast<KeyedRef>(o)->key);
    WeakRefType.clear(o);
}

void keyed_ref_destroy(Object* o) {
    keyed_ref_clear(o);
    delete_object(cast<KeyedRef>(o));
}

void keyed_ref_traverse(Object* o, VisitFn visit, void* arg) {
    visit_field(cast<KeyedRef>(o)->key, visit, arg);
    WeakRefType.traverse(o, visit, arg);
}

// KeyedRef(ob, callback, key)
Ref<> keyed_ref_new_slot(Type* type, const Args& args) {
    Object* a[3];
    if (!bind_python_args("KeyedRef.__new__", args, {"ob", "callback", "key"}, 3, true, a)) return nullptr;
    Ref<> ref = weakref_new(type, a[0], a[1]);
    if (!ref) return nullptr;
    set_slot(cast<KeyedRef>(ref.get())->key, a[2]);
    return ref;
}

int keyed_ref_init(Object*, const Args&) { return 0; }

Ref<> keyed_ref_get_key(Object* o) {
    Object* key = cast<KeyedRef>(o)->key;
    return share(key ? key : None);
}

// ------------------------------------------------------ the remove callback

// Deletes d[key] if it is a dead weak reference (_weakref._remove_dead_weakref):
// the entry may have been replaced by a live one since.
bool remove_dead_weakref(Dict* d, Object* key) {
    Object* value = dict_get(d, key);
    if (!value) return !error_pending();
    if (is_instance_of(value, &WeakRefType) && !weak_target(value)) return dict_del(d, key) >= 0;
    return true;
}

// remove(wr): `self` is the weak reference to the container.
Ref<> remove_callback(Object* selfref, const Args& args) {
    if (!check_one_arg("remove", args)) return nullptr;
    Object* target = weak_target(selfref);
    if (!target) return none();
    Ref<> keep = share(target);
    WeakContainer* c = as_container(target);
    Object* wr = args[0];
    switch (c->kind) {
        case WeakKind::ValueDict: {
            Object* key = is_instance_of(wr, &KeyedRefType) ? cast<KeyedRef>(wr)->key : nullptr;
            if (!key) return none();
            if (c->iterating) {
                if (!list_append(c->pending, key)) return nullptr;
            } else if (!remove_dead_weakref(cast<Dict>(c->data), key)) {
                return nullptr;
            }
            break;
        }
        case WeakKind::KeyDict:
            if (c->iterating) {
                if (!list_append(c->pending, wr)) return nullptr;
            } else if (dict_del(cast<Dict>(c->data), wr) < 0) {
                return nullptr;
            }
            break;
        case WeakKind::Set:
            if (c->iterating) {
                if (!list_append(c->pending, wr)) return nullptr;
            } else if (set_discard(cast<Set>(c->data), wr) < 0) {
                return nullptr;
            }
            break;
    }
    return none();
}

const MethodDef kRemoveDef{"remove", remove_callback};

// ------------------------------------------------------------- lifetime

// data, remove, pending: the order in which weakref.py's WeakKeyDictionary
// and WeakSet set these attributes, and so release them. (Its
// WeakValueDictionary sets data last; that differs only for a dictionary
// that dies with removals pending, which an iterator prevents here.)
void container_clear(Object* o) {
    WeakContainer* c = as_container(o);
    clear_slot(c->data);
    clear_slot(c->remove);
    clear_slot(c->pending);
}

void container_destroy(Object* o) {
    container_clear(o);
    delete_object(as_container(o));
}

void container_traverse(Object* o, VisitFn visit, void* arg) {
    WeakContainer* c = as_container(o);
    visit_field(c->data, visit, arg);
    visit_field(c->remove, visit, arg);
    visit_field(c->pending, visit, arg);
}

std::int64_t data_size(Object* data) { return is_dict(data) ? cast<Dict>(data)->used : cast<Set>(data)->used; }

// ------------------------------------------------------------ iterators

struct WeakIter : Object {
    Object* container = nullptr;  // owned; null once finished
    std::int64_t pos = 0;
    std::int64_t expected_size = 0;  // the data's size when the guard was entered
    WeakIterMode mode = WeakIterMode::SetItems;
    bool guarded = false;
};

// Leaves the iteration guard; the last iterator out commits the removals.
void iter_finish(WeakIter* it) {
    if (!it->container) return;
    Ref<> container = adopt(it->container);
    it->container = nullptr;
    if (!it->guarded) return;
    it->guarded = false;
    WeakContainer* c = as_container(container.get());
    if (--c->iterating == 0 && c->pending && c->pending->size) {
        Ref<> saved = take_error();
        if (!weak_container_commit(c)) write_unraisable(container.get());
        if (saved) set_error(std::move(saved));
    }
}

// Leaving the guard releases the container.
void weak_iter_clear(Object* o) { iter_finish(cast<WeakIter>(o)); }

void weak_iter_destroy(Object* o) {
    weak_iter_clear(o);
    delete_object(cast<WeakIter>(o));
}

void weak_iter_traverse(Object* o, VisitFn visit, void* arg) {
    visit_field(cast<WeakIter>(o)->container, visit, arg);
}

bool is_value_dict_mode(WeakIterMode m) {
    return m == WeakIterMode::ValueDictKeys || m == WeakIterMode::ValueDictValues ||
           m == WeakIterMode::ValueDictItems || m == WeakIterMode::ValueDictRefs;
}

Ref<> weak_iter_next(Object* o) {
    WeakIter* it = cast<WeakIter>(o);
    if (!it->container) return nullptr;
    WeakContainer* c = as_container(it->container);
    if (!it->guarded) {
        // The generator's first step: WeakValueDictionary commits first,
        // then every kind enters its _IterationGuard.
        if (is_value_dict_mode(it->mode) && c->pending->size && !weak_container_commit(c)) return nullptr;
        ++c->iterating;
        it->guarded = true;
        it->expected_size = data_size(c->data);
    }
    for (;;) {
        if (data_size(c->data) != it->expected_size) {
            const bool is_set = !is_dict(c->data);
            iter_finish(it);
            return raise(exc::RuntimeError, is_set ? "Set changed size during iteration"
                                                   : "dictionary changed size during iteration");
        }
        Object* key;
        Object* value = nullptr;
        bool more = is_dict(c->data) ? dict_next(cast<Dict>(c->data), it->pos, &key, &value)
                                     : set_next(cast<Set>(c->data), it->pos, &key);
        if (!more) {
            iter_finish(it);
            return nullptr;
        }
        switch (it->mode) {
            case WeakIterMode::ValueDictKeys:
                if (weak_target(value)) return share(key);
                break;
            case WeakIterMode::ValueDictValues:
                if (Object* v = weak_target(value)) return share(v);
                break;
            case WeakIterMode::ValueDictItems:
                if (Object* v = weak_target(value)) return tuple_from({key, v});
                break;
            case WeakIterMode::ValueDictRefs:
                return share(value);
            case WeakIterMode::KeyDictKeys:
                if (Object* k = weak_target(key)) return share(k);
                break;
            case WeakIterMode::KeyDictValues:
                if (weak_target(key)) return share(value);
                break;
            case WeakIterMode::KeyDictItems:
                if (Object* k = weak_target(key)) return tuple_from({k, value});
                break;
            case WeakIterMode::SetItems:
                if (Object* item = weak_target(key)) return share(item);
                break;
        }
    }
}

Ref<> weak_iter_iter(Object* o) { return share(o); }

}  // namespace

// ------------------------------------------------------------- interface

Ref<> weak_container_new(Type* type, WeakKind kind) {
    auto c = new_object<WeakContainer>(type);
    c->kind = kind;
    c->data = kind == WeakKind::Set ? static_cast<Object*>(set_new().release())
                                    : static_cast<Object*>(dict_new().release());
    c->pending = list_new().release();
    gc_track(c.get());
    Ref<> selfref = weak_ref_to(c.get());
    if (!selfref) return nullptr;
    c->remove = builtin_function_new(&kRemoveDef, selfref.get()).release();
    return c;
}

// `data` and `_pending_removals` are instance attributes in weakref.py,
// and scripts that look at a container's internals read them.
static Ref<> container_get_data(Object* o) {
    Object* data = as_container(o)->data;
    return share(data ? data : None);
}

static Ref<> container_get_pending(Object* o) {
    List* pending = as_container(o)->pending;
    return share(pending ? static_cast<Object*>(pending) : None);
}

void weak_container_slots(Type& type) {
    type.destroy = container_destroy;
    type.traverse = container_traverse;
    type.clear = container_clear;
    type.getattr = generic_getattr;
    type.setattr = generic_setattr;
    add_getsets(type, {{"data", container_get_data}, {"_pending_removals", container_get_pending}});
}

bool weak_container_commit(WeakContainer* c) {
    List* pending = c->pending;
    while (pending->size > 0) {
        Ref<> item = adopt(pending->items[--pending->size]);  // pop()
        switch (c->kind) {
            case WeakKind::ValueDict:
                if (!remove_dead_weakref(cast<Dict>(c->data), item.get())) return false;
                break;
            case WeakKind::KeyDict:
                if (dict_del(cast<Dict>(c->data), item.get()) < 0) return false;
                break;
            case WeakKind::Set:
                if (set_discard(cast<Set>(c->data), item.get()) < 0) return false;
                break;
        }
    }
    return true;
}

Ref<> weak_ref_to(Object* referent) { return weakref_new(&WeakRefType, referent, nullptr); }

Ref<> weak_ref_with_remove(WeakContainer* c, Object* referent) {
    return weakref_new(&WeakRefType, referent, c->remove);
}

Ref<> keyed_ref_new(WeakContainer* c, Object* value, Object* key) {
    Ref<> ref = weakref_new(&KeyedRefType, value, c->remove);
    if (ref) set_slot(cast<KeyedRef>(ref.get())->key, key);
    return ref;
}

Ref<> weak_iter_new(Object* container, WeakIterMode mode) {
    auto it = new_object<WeakIter>(&WeakIterType);
    it->container = share(container).release();
    it->mode = mode;
    gc_track(it.get());
    return it;
}

bool unpack_pair(Object* pair, Ref<>& first, Ref<>& second) {
    if (is_tuple(pair) && cast<Tuple>(pair)->size == 2) {
        first = share((*cast<Tuple>(pair))[0]);
        second = share((*cast<Tuple>(pair))[1]);
        return true;
    }
    Ref<> it = get_iter(pair);
    if (!it) {
        if (error_matches(exc::TypeError)) {
            clear_error();
            raisef(exc::TypeError, "cannot unpack non-iterable {} object", type_name(pair));
        }
        return false;
    }
    first = iter_next(it.get());
    if (!first) {
        if (!error_pending()) raise(exc::ValueError, "not enough values to unpack (expected 2, got 0)");
        return false;
    }
    second = iter_next(it.get());
    if (!second) {
        if (!error_pending()) raise(exc::ValueError, "not enough values to unpack (expected 2, got 1)");
        return false;
    }
    if (Ref<> extra = iter_next(it.get())) {
        raise(exc::ValueError, "too many values to unpack (expected 2)");
        return false;
    }
    return !error_pending();
}

std::nullptr_t raise_key_error(Object* key) {
    Object* argv[] = {key};
    Ref<> error = exception_new(exc::KeyError, Args{argv, 1, nullptr});
    if (error) raise_chained(std::move(error));
    return nullptr;
}

Ref<> weak_container_repr(Object* o) {
    return str_from(fmt::format("<{} at {:#x}>", o->type->name->view(), reinterpret_cast<std::uintptr_t>(o)));
}

bool for_each_pair_raw(Object* other, bool (*fn)(Object*, Object*, void*), void* arg) {
    Ref<> source;
    if (other->type == &DictType) {
        source = dict_copy(cast<Dict>(other));  // fn may change `other`
    } else {
        Ref<> items = getattr_optional(other, intern("items"));
        if (items) {
            Ref<> pairs = call(items.get(), {});
            if (!pairs) return false;
            Ref<> it = get_iter(pairs.get());
            if (!it) return false;
            while (Ref<> pair = iter_next(it.get())) {
                Ref<> key, value;
                if (!unpack_pair(pair.get(), key, value) || !fn(key.get(), value.get(), arg)) return false;
            }
            return !error_pending();
        }
        if (error_pending()) return false;
        source = call(&DictType, {other});
        if (!source) return false;
    }
    Object* key;
    Object* value;
    for (std::int64_t pos = 0; dict_next(cast<Dict>(source.get()), pos, &key, &value);)
        if (!fn(key, value, arg)) return false;
    return true;
}

bool is_mapping_like(Object* o) {
    return is_dict(o) || o->type == &MappingProxyType || is_instance_of(o, &WeakValueDictionaryType) ||
           is_instance_of(o, &WeakKeyDictionaryType);
}

// ------------------------------------------------- the two weak mappings

namespace {

// The live items as a dict, for __eq__ (Mapping.__eq__ compares dict(self.items())).
Ref<Dict> snapshot(Object* mapping) {
    Ref<Dict> d = dict_new();
    if (!for_each_mapping_pair(mapping, [&](Object* k, Object* v) { return dict_set(d.get(), k, v) >= 0; }))
        return nullptr;
    return d;
}

}  // namespace

Ref<> weak_mapping_compare(Object* self, Object* other, CompareOp op) {
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || !is_mapping_like(other)) return not_implemented();
    Ref<Dict> mine = snapshot(self);
    Ref<Dict> theirs = mine ? snapshot(other) : nullptr;
    if (!theirs) return nullptr;
    return compare(mine.get(), theirs.get(), op);
}

Ref<> weak_mapping_or(const WeakMappingOps& ops, Object* a, Object* b) {
    if (is_instance_of(a, ops.type)) {
        if (!is_mapping_like(b)) return not_implemented();
        Ref<> result = ops.copy(a);
        if (!result || !ops.update(result.get(), b, Args{})) return nullptr;
        return result;
    }
    if (!is_mapping_like(a)) return not_implemented();
    Ref<> result = call(b->type, {});
    if (!result || !ops.update(result.get(), a, Args{}) || !ops.update(result.get(), b, Args{})) return nullptr;
    return result;
}

Ref<> weak_mapping_ior(const WeakMappingOps& ops, Object* self, Object* other) {
    if (!ops.update(self, other, Args{})) return nullptr;
    return share(self);
}

Ref<> weak_mapping_update(const WeakMappingOps& ops, Object* self, const Args& args) {
    if (args.size() > 1)
        return raisef(exc::TypeError, "{}.update() takes from 1 to 2 positional arguments but {} were given", ops.name,
                      args.size() + 1);
    if (!ops.update(self, args.size() ? args[0] : nullptr, args)) return nullptr;
    return none();
}

void weak_container_types_init() {
    type_init_builtin(KeyedRefType, "KeyedRef", &WeakRefType, sizeof(KeyedRef),
                      type_flags::kHasGC | type_flags::kBaseType);
    KeyedRefType.destroy = keyed_ref_destroy;
    KeyedRefType.traverse = keyed_ref_traverse;
    KeyedRefType.clear = keyed_ref_clear;
    KeyedRefType.new_instance = keyed_ref_new_slot;
    KeyedRefType.init = keyed_ref_init;
    add_getsets(KeyedRefType, {{"key", keyed_ref_get_key}});
    type_set_module(KeyedRefType, "weakref");
    type_ready(KeyedRefType);

    type_init_builtin(WeakIterType, "weakref.iterator", &ObjectType, sizeof(WeakIter), type_flags::kHasGC);
    WeakIterType.destroy = weak_iter_destroy;
    WeakIterType.traverse = weak_iter_traverse;
    WeakIterType.clear = weak_iter_clear;
    WeakIterType.iter = weak_iter_iter;
    WeakIterType.next = weak_iter_next;
    type_ready(WeakIterType);

    weak_value_dict_type_init();
    weak_key_dict_type_init();
}

}  // namespace minipy
