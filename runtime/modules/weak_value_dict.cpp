// weakref.WeakValueDictionary: a mapping whose values are held weakly; an
// entry disappears when its value dies. A transcription of the class in
// CPython's Lib/weakref.py (method for method, in the same order of checks).
#include "runtime/modules/weak_container.hpp"

#include "runtime/modules/internal.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

namespace minipy {

Type WeakValueDictionaryType;

namespace {

Dict* data_of(Object* self) { return cast<Dict>(as_container(self)->data); }

// `if self._pending_removals: self._commit_removals()`
bool commit(Object* self) {
    WeakContainer* c = as_container(self);
    return c->pending->size == 0 || weak_container_commit(c);
}

bool store(Object* self, Object* key, Object* value) {
    Ref<> ref = keyed_ref_new(as_container(self), value, key);
    return ref && dict_set(data_of(self), key, ref.get()) >= 0;
}

// The live value for `key`; null without an error when absent or dead.
Object* live_value(Object* self, Object* key) {
    Object* ref = dict_get(data_of(self), key);
    return ref ? weak_target(ref) : nullptr;
}

// update(other=None, /, **kwargs)
bool update_from(Object* self, Object* other, const Args& args) {
    if (!commit(self)) return false;
    if (other && other != None &&
        !for_each_mapping_pair(other, [&](Object* k, Object* v) { return store(self, k, v); }))
        return false;
    for (std::size_t i = 0; i < args.kw_count(); ++i)
        if (!store(self, args.kw_name(i), args.kw_value(i))) return false;
    return true;
}

// ---------------------------------------------------------------- slots

Ref<> wvd_new(Type* type, const Args&) { return weak_container_new(type, WeakKind::ValueDict); }

// __init__(self, other=(), /, **kw)
int wvd_init(Object* self, const Args& args) {
    if (args.size() > 1) {
        raisef(exc::TypeError,
               "WeakValueDictionary.__init__() takes from 1 to 2 positional arguments but {} were given",
               args.size() + 1);
        return -1;
    }
    WeakContainer* c = as_container(self);
    dict_clear(data_of(self));
    steal_into(c->pending, list_new());
    return update_from(self, args.size() ? args[0] : nullptr, args) ? 0 : -1;
}

Ref<> wvd_getitem(Object* self, Object* key) {
    if (!commit(self)) return nullptr;
    Object* ref = dict_get(data_of(self), key);
    if (!ref) return error_pending() ? nullptr : raise_key_error(key);
    Object* value = weak_target(ref);
    if (!value) return raise_key_error(key);
    return share(value);
}

int wvd_setitem(Object* self, Object* key, Object* value) {
    if (!commit(self)) return -1;
    if (value) return store(self, key, value) ? 0 : -1;
    int removed = dict_del(data_of(self), key);
    if (removed == 0) raise_key_error(key);
    return removed > 0 ? 0 : -1;
}

std::int64_t wvd_length(Object* self) {
    if (!commit(self)) return -1;
    return data_of(self)->used;
}

int wvd_contains(Object* self, Object* key) {
    if (!commit(self)) return -1;
    Object* value = live_value(self, key);
    if (!value && error_pending()) return -1;
    return value ? 1 : 0;
}

Ref<> wvd_iter(Object* self) { return weak_iter_new(self, WeakIterMode::ValueDictKeys); }

Ref<> wvd_copy_of(Object* self) {
    if (!commit(self)) return nullptr;
    Ref<> copy = weak_container_new(&WeakValueDictionaryType, WeakKind::ValueDict);
    if (!copy) return nullptr;
    Object* key;
    Object* ref;
    Ref<Dict> items = dict_copy(data_of(self));  // the _IterationGuard's protection
    for (std::int64_t pos = 0; dict_next(items.get(), pos, &key, &ref);)
        if (Object* value = weak_target(ref); value && !store(copy.get(), key, value)) return nullptr;
    return copy;
}

const WeakMappingOps wvd_ops = {&WeakValueDictionaryType, "WeakValueDictionary", wvd_copy_of, update_from};

Ref<> wvd_or(Object* a, Object* b) { return weak_mapping_or(wvd_ops, a, b); }
Ref<> wvd_ior(Object* self, Object* other) { return weak_mapping_ior(wvd_ops, self, other); }

// --------------------------------------------------------------- methods

Ref<> wvd_get(Object* self, const Args& args) {
    Object* a[2];
    if (!bind_python_args("WeakValueDictionary.get", args, {"key", "default"}, 1, true, a)) return nullptr;
    if (!commit(self)) return nullptr;
    Object* value = live_value(self, a[0]);
    if (!value && error_pending()) return nullptr;
    return share(value ? value : (a[1] ? a[1] : None));
}

Ref<> wvd_pop(Object* self, const Args& args) {
    Object* a[2];
    if (!bind_python_args("WeakValueDictionary.pop", args, {"key", "default"}, 1, true, a)) return nullptr;
    if (!commit(self)) return nullptr;
    Ref<> ref = dict_pop(data_of(self), a[0]);
    if (!ref && error_pending()) return nullptr;
    Object* value = ref ? weak_target(ref.get()) : nullptr;
    if (value) return share(value);
    if (a[1]) return share(a[1]);
    return raise_key_error(a[0]);
}

Ref<> wvd_popitem(Object* self, const Args& args) {
    if (!bind_python_args("WeakValueDictionary.popitem", args, {}, 0, true, nullptr)) return nullptr;
    if (!commit(self)) return nullptr;
    for (;;) {
        Ref<> pair = call_method(data_of(self), "popitem", {});
        if (!pair) return nullptr;
        Tuple* t = cast<Tuple>(pair.get());
        if (Object* value = weak_target((*t)[1])) return tuple_from({(*t)[0], value});
    }
}

Ref<> wvd_setdefault(Object* self, const Args& args) {
    Object* a[2];
    if (!bind_python_args("WeakValueDictionary.setdefault", args, {"key", "default"}, 1, true, a)) return nullptr;
    Object* value = live_value(self, a[0]);
    if (value) return share(value);
    if (error_pending()) return nullptr;
    Object* fallback = a[1] ? a[1] : None;
    if (!commit(self) || !store(self, a[0], fallback)) return nullptr;
    return share(fallback);
}

Ref<> wvd_update(Object* self, const Args& args) { return weak_mapping_update(wvd_ops, self, args); }

Ref<> wvd_copy(Object* self, const Args& args) {
    if (!bind_python_args("WeakValueDictionary.copy", args, {}, 0, true, nullptr)) return nullptr;
    return wvd_copy_of(self);
}

// MutableMapping.clear: pops every item.
Ref<> wvd_clear(Object* self, const Args& args) {
    if (!bind_python_args("MutableMapping.clear", args, {}, 0, true, nullptr)) return nullptr;
    if (!commit(self)) return nullptr;
    dict_clear(data_of(self));
    return none();
}

constexpr const char* iterate_name(WeakIterMode mode) {
    switch (mode) {
        case WeakIterMode::ValueDictKeys: return "WeakValueDictionary.keys";
        case WeakIterMode::ValueDictValues: return "WeakValueDictionary.values";
        case WeakIterMode::ValueDictItems: return "WeakValueDictionary.items";
        default: return "WeakValueDictionary.itervaluerefs";
    }
}

template <WeakIterMode Mode>
Ref<> wvd_iterate(Object* self, const Args& args) {
    if (!bind_python_args(iterate_name(Mode), args, {}, 0, true, nullptr)) return nullptr;
    return weak_iter_new(self, Mode);
}

Ref<> wvd_valuerefs(Object* self, const Args& args) {
    if (!bind_python_args("WeakValueDictionary.valuerefs", args, {}, 0, true, nullptr)) return nullptr;
    if (!commit(self)) return nullptr;
    Ref<List> refs = list_new();
    Object* key;
    Object* ref;
    for (std::int64_t pos = 0; dict_next(data_of(self), pos, &key, &ref);)
        if (!list_append(refs.get(), ref)) return nullptr;
    return refs;
}

}  // namespace

void weak_value_dict_type_init() {
    Type& t = WeakValueDictionaryType;
    type_init_builtin(t, "WeakValueDictionary", &ObjectType, sizeof(WeakContainer),
                      type_flags::kHasGC | type_flags::kBaseType);
    WeakValueDictionaryType.weaklist_offset = offsetof(WeakContainer, weakreflist);
    weak_container_slots(t);
    t.new_instance = wvd_new;
    t.init = wvd_init;
    t.repr = weak_container_repr;
    t.getitem = wvd_getitem;
    t.setitem = wvd_setitem;
    t.length = wvd_length;
    t.contains = wvd_contains;
    t.iter = wvd_iter;
    t.compare = weak_mapping_compare;  // with no hash: unhashable, like any MutableMapping
    t.binary[static_cast<int>(BinaryOp::Or)] = wvd_or;
    t.inplace[static_cast<int>(BinaryOp::Or)] = wvd_ior;
    add_methods(t, {
                       {"get", wvd_get},
                       {"pop", wvd_pop},
                       {"popitem", wvd_popitem},
                       {"setdefault", wvd_setdefault},
                       {"update", wvd_update},
                       {"copy", wvd_copy},
                       {"__copy__", wvd_copy},
                       {"clear", wvd_clear},
                       {"keys", wvd_iterate<WeakIterMode::ValueDictKeys>},
                       {"values", wvd_iterate<WeakIterMode::ValueDictValues>},
                       {"items", wvd_iterate<WeakIterMode::ValueDictItems>},
                       {"itervaluerefs", wvd_iterate<WeakIterMode::ValueDictRefs>},
                       {"valuerefs", wvd_valuerefs},
                   });
    type_set_module(t, "weakref");
    type_ready(t);
}

}  // namespace minipy
