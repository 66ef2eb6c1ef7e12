// weakref.WeakKeyDictionary: a mapping whose keys are held weakly; an entry
// disappears when its key dies. A transcription of the class in CPython's
// Lib/weakref.py: `data` maps ref(key) to the value, and lookups go through
// ref(key), whose hash and equality are the key's.
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

Type WeakKeyDictionaryType;

namespace {

Dict* data_of(Object* self) { return cast<Dict>(as_container(self)->data); }

bool store(Object* self, Object* key, Object* value) {
    Ref<> ref = weak_ref_with_remove(as_container(self), key);
    return ref && dict_set(data_of(self), ref.get(), value) >= 0;
}

// update(dict=None, /, **kwargs)
bool update_from(Object* self, Object* other, const Args& args) {
    if (other && other != None &&
        !for_each_mapping_pair(other, [&](Object* k, Object* v) { return store(self, k, v); }))
        return false;
    for (std::size_t i = 0; i < args.kw_count(); ++i)
        if (!store(self, args.kw_name(i), args.kw_value(i))) return false;
    return true;
}

// _scrub_removals: forget pending keys that were deleted explicitly since.
bool scrub(WeakContainer* c) {
    Ref<List> kept = list_new();
    for (Object* k : *c->pending) {
        int present = contains(c->data, k);
        if (present < 0) return false;
        if (present && !list_append(kept.get(), k)) return false;
    }
    steal_into(c->pending, std::move(kept));
    c->dirty_len = false;
    return true;
}

// ---------------------------------------------------------------- slots

Ref<> wkd_new(Type* type, const Args&) { return weak_container_new(type, WeakKind::KeyDict); }

// __init__(self, dict=None)
int wkd_init(Object* self, const Args& args) {
    Object* a[1];
    if (!bind_python_args("WeakKeyDictionary.__init__", args, {"dict"}, 0, true, a)) return -1;
    WeakContainer* c = as_container(self);
    dict_clear(data_of(self));
    steal_into(c->pending, list_new());
    c->dirty_len = false;
    return update_from(self, a[0], Args{}) ? 0 : -1;
}

Ref<> wkd_getitem(Object* self, Object* key) {
    Ref<> ref = weak_ref_to(key);
    if (!ref) return nullptr;
    Object* value = dict_get(data_of(self), ref.get());
    if (!value) return error_pending() ? nullptr : raise_key_error(ref.get());
    return share(value);
}

int wkd_setitem(Object* self, Object* key, Object* value) {
    if (value) return store(self, key, value) ? 0 : -1;
    as_container(self)->dirty_len = true;
    Ref<> ref = weak_ref_to(key);
    if (!ref) return -1;
    int removed = dict_del(data_of(self), ref.get());
    if (removed == 0) raise_key_error(ref.get());
    return removed > 0 ? 0 : -1;
}

std::int64_t wkd_length(Object* self) {
    WeakContainer* c = as_container(self);
    if (c->dirty_len && c->pending->size && !scrub(c)) return -1;
    return data_of(self)->used - c->pending->size;
}

// A key that cannot be weakly referenced is simply not there.
int wkd_contains(Object* self, Object* key) {
    Ref<> ref = weak_ref_to(key);
    if (!ref) {
        if (!error_matches(exc::TypeError)) return -1;
        clear_error();
        return 0;
    }
    return contains(data_of(self), ref.get());
}

Ref<> wkd_iter(Object* self) { return weak_iter_new(self, WeakIterMode::KeyDictKeys); }

Ref<> wkd_copy_of(Object* self) {
    Ref<> copy = weak_container_new(&WeakKeyDictionaryType, WeakKind::KeyDict);
    if (!copy) return nullptr;
    Ref<Dict> items = dict_copy(data_of(self));
    Object* ref;
    Object* value;
    for (std::int64_t pos = 0; dict_next(items.get(), pos, &ref, &value);)
        if (Object* key = weak_target(ref); key && !store(copy.get(), key, value)) return nullptr;
    return copy;
}

const WeakMappingOps wkd_ops = {&WeakKeyDictionaryType, "WeakKeyDictionary", wkd_copy_of, update_from};

Ref<> wkd_or(Object* a, Object* b) { return weak_mapping_or(wkd_ops, a, b); }
Ref<> wkd_ior(Object* self, Object* other) { return weak_mapping_ior(wkd_ops, self, other); }

// --------------------------------------------------------------- methods

Ref<> wkd_get(Object* self, const Args& args) {
    Object* a[2];
    if (!bind_python_args("WeakKeyDictionary.get", args, {"key", "default"}, 1, true, a)) return nullptr;
    Ref<> ref = weak_ref_to(a[0]);
    if (!ref) return nullptr;
    Object* value = dict_get(data_of(self), ref.get());
    if (!value && error_pending()) return nullptr;
    return share(value ? value : (a[1] ? a[1] : None));
}

Ref<> wkd_pop(Object* self, const Args& args) {
    Object* a[2];
    if (!bind_python_args("WeakKeyDictionary.pop", args, {"key", "default"}, 1, true, a)) return nullptr;
    as_container(self)->dirty_len = true;
    Ref<> ref = weak_ref_to(a[0]);
    if (!ref) return nullptr;
    Ref<> value = dict_pop(data_of(self), ref.get());
    if (value) return value;
    if (error_pending()) return nullptr;
    if (a[1]) return share(a[1]);
    return raise_key_error(ref.get());
}

Ref<> wkd_popitem(Object* self, const Args& args) {
    if (!bind_python_args("WeakKeyDictionary.popitem", args, {}, 0, true, nullptr)) return nullptr;
    as_container(self)->dirty_len = true;
    for (;;) {
        Ref<> pair = call_method(data_of(self), "popitem", {});
        if (!pair) return nullptr;
        Tuple* t = cast<Tuple>(pair.get());
        if (Object* key = weak_target((*t)[0])) return tuple_from({key, (*t)[1]});
    }
}

Ref<> wkd_setdefault(Object* self, const Args& args) {
    Object* a[2];
    if (!bind_python_args("WeakKeyDictionary.setdefault", args, {"key", "default"}, 1, true, a)) return nullptr;
    Ref<> ref = weak_ref_with_remove(as_container(self), a[0]);
    if (!ref) return nullptr;
    return call_method(data_of(self), "setdefault", {ref.get(), a[1] ? a[1] : None});
}

Ref<> wkd_update(Object* self, const Args& args) { return weak_mapping_update(wkd_ops, self, args); }

Ref<> wkd_copy(Object* self, const Args& args) {
    if (!bind_python_args("WeakKeyDictionary.copy", args, {}, 0, true, nullptr)) return nullptr;
    return wkd_copy_of(self);
}

Ref<> wkd_clear(Object* self, const Args& args) {
    if (!bind_python_args("MutableMapping.clear", args, {}, 0, true, nullptr)) return nullptr;
    as_container(self)->dirty_len = true;
    dict_clear(data_of(self));
    return none();
}

Ref<> wkd_keyrefs(Object* self, const Args& args) {
    if (!bind_python_args("WeakKeyDictionary.keyrefs", args, {}, 0, true, nullptr)) return nullptr;
    return list_from_iterable(data_of(self));
}

constexpr const char* iterate_name(WeakIterMode mode) {
    switch (mode) {
        case WeakIterMode::KeyDictKeys: return "WeakKeyDictionary.keys";
        case WeakIterMode::KeyDictValues: return "WeakKeyDictionary.values";
        default: return "WeakKeyDictionary.items";
    }
}

template <WeakIterMode Mode>
Ref<> wkd_iterate(Object* self, const Args& args) {
    if (!bind_python_args(iterate_name(Mode), args, {}, 0, true, nullptr)) return nullptr;
    return weak_iter_new(self, Mode);
}

}  // namespace

void weak_key_dict_type_init() {
    Type& t = WeakKeyDictionaryType;
    type_init_builtin(t, "WeakKeyDictionary", &ObjectType, sizeof(WeakContainer),
                      type_flags::kHasGC | type_flags::kBaseType);
    WeakKeyDictionaryType.weaklist_offset = offsetof(WeakContainer, weakreflist);
    weak_container_slots(t);
    t.new_instance = wkd_new;
    t.init = wkd_init;
    t.repr = weak_container_repr;
    t.getitem = wkd_getitem;
    t.setitem = wkd_setitem;
    t.length = wkd_length;
    t.contains = wkd_contains;
    t.iter = wkd_iter;
    t.compare = weak_mapping_compare;
    t.binary[static_cast<int>(BinaryOp::Or)] = wkd_or;
    t.inplace[static_cast<int>(BinaryOp::Or)] = wkd_ior;
    add_methods(t, {
                       {"get", wkd_get},
                       {"pop", wkd_pop},
                       {"popitem", wkd_popitem},
                       {"setdefault", wkd_setdefault},
                       {"update", wkd_update},
                       {"copy", wkd_copy},
                       {"__copy__", wkd_copy},
                       {"clear", wkd_clear},
                       {"keyrefs", wkd_keyrefs},
                       {"keys", wkd_iterate<WeakIterMode::KeyDictKeys>},
                       {"values", wkd_iterate<WeakIterMode::KeyDictValues>},
                       {"items", wkd_iterate<WeakIterMode::KeyDictItems>},
                   });
    type_set_module(t, "weakref");
    type_ready(t);
}

}  // namespace minipy
