// The instances of classes: their dicts, the generic attribute protocol
// (CPython's Objects/object.c) and their lifetime slots (subtype_dealloc,
// subtype_traverse and subtype_clear in Objects/typeobject.c).
#include "runtime/objects/instance.hpp"

#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/core/weakref.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/text/str.hpp"

#include <cstdint>
#include <utility>

namespace minipy {

// ------------------------------------------------------------ instance dicts

bool instance_init_values(Object* o) {
    DictKeys* keys = o->type->cached_keys;
    if (!keys) return true;  // the dict is made at the first store
    Object** values = dict_values_new_for_instance(keys);
    if (!values) return false;
    instance_values(o) = values;
    return true;
}

Dict** instance_dict_slot(Object* o) {
    std::ptrdiff_t offset = o->type->dict_offset;
    if (!offset) return nullptr;
    if (offset == kManagedDictOffset) return &managed_dict(o);
    if (offset < 0) offset += static_cast<std::ptrdiff_t>((object_size(o) + 7) & ~std::size_t{7});
    return reinterpret_cast<Dict**>(reinterpret_cast<char*>(o) + offset);
}

// The inline values become a split dict the instance keeps instead. Null
// with MemoryError raised.
static Dict* materialize_dict(Object* o) {
    Ref<Dict> d = dict_from_split_values(o->type->cached_keys, instance_values(o));
    if (!d) return nullptr;
    instance_values(o) = nullptr;
    managed_dict(o) = d.get();
    return d.release();
}

// An instance without a dict gets one at its first attribute store: over
// its class's shared keys when the class has them (CPython's
// _PyObjectDict_SetItem), else a plain dict.
static Ref<Dict> new_dict_for_store(Object* o) {
    DictKeys* keys = o->type->has_flag(type_flags::kManagedDict) ? o->type->cached_keys : nullptr;
    if (!keys) return dict_new();
    Object** values = dict_values_new_for_dict(keys);
    if (!values) return nullptr;
    Ref<Dict> d = dict_from_split_values(keys, values);
    if (!d) dict_values_release(values);
    return d;
}

Dict* instance_dict(Object* o, bool create) {
    Dict** slot = instance_dict_slot(o);
    if (!slot) return nullptr;
    if (o->type->has_flag(type_flags::kManagedDict) && instance_values(o)) return materialize_dict(o);
    if (!*slot && create) *slot = new_dict_for_store(o).release();
    return *slot;
}

// PyObject_GenericGetDict: asking for the dict of an instance that has
// none makes a plain dict, not one over the shared keys.
Ref<> instance_expose_dict(Object* o) {
    Dict** slot = instance_dict_slot(o);
    if (!slot) return raisef(exc::AttributeError, "'{}' object has no attribute '__dict__'", type_name(o));
    Dict* d = instance_dict(o, false);
    if (!d && !(d = *slot = dict_new().release())) return nullptr;
    return share<Object>(d);
}

void visit_instance_dict(Dict* d, VisitFn visit, void* arg) {
    if (d) visit(d, arg);
}

Object* instance_find_attribute(Object* o, Str* name, std::int32_t& hint) {
    if (o->type->has_flag(type_flags::kManagedDict)) {
        if (Object** values = instance_values(o)) {
            const DictKeys* keys = o->type->cached_keys;
            if (dict_unicode_key_at(keys, hint, name)) return values[hint];
            const std::int64_t ix = dict_shared_keys_find(keys, name);
            hint = static_cast<std::int32_t>(ix);
            return ix >= 0 ? values[ix] : nullptr;
        }
    }
    Dict** slot = instance_dict_slot(o);
    return slot && *slot ? dict_get_str_hinted(*slot, name, hint) : nullptr;
}

static int raise_missing_attribute(Object* o, Str* name) {
    raisef(exc::AttributeError, "'{}' object has no attribute '{}'", type_name(o), StrUtf8(name).view());
    return -1;
}

// _PyObject_StoreInstanceAttribute: a name the shared keys hold, or can
// still take, is a slot of the values; any other name turns the values into
// a dict first, which then stores it.
static int store_inline(Object* o, Object** values, Str* name, Object* value, std::int32_t& hint) {
    DictKeys* keys = o->type->cached_keys;
    std::int64_t ix = -1;
    if (dict_unicode_key_at(keys, hint, name)) ix = hint;
    else if (is_exact_str(name))
        ix = value ? dict_shared_keys_insert(keys, name) : dict_shared_keys_find(keys, name);
    if (ix < 0) {
        if (!value) return raise_missing_attribute(o, name);
        Dict* d = materialize_dict(o);
        return d ? dict_set_str_hinted(d, name, value, hint) : -1;
    }
    hint = static_cast<std::int32_t>(ix);
    Object* old = values[ix];
    if (!value) {
        if (!old) return raise_missing_attribute(o, name);
        values[ix] = nullptr;
        dict_values_removed(values, ix);
        decref(old);
        return 0;
    }
    incref(value);
    values[ix] = value;
    if (!old) dict_values_added(values, ix);
    else decref(old);  // last: releasing it may run code
    return 0;
}

int instance_store_attribute(Object* o, Str* name, Object* value, std::int32_t& hint) {
    if (o->type->has_flag(type_flags::kManagedDict)) {
        if (Object** values = instance_values(o)) return store_inline(o, values, name, value, hint);
    }
    if (value) {
        Dict* d = instance_dict(o, true);
        return d ? dict_set_str_hinted(d, name, value, hint) : -1;
    }
    Dict** slot = instance_dict_slot(o);
    int removed = *slot ? dict_del(*slot, name) : 0;
    if (removed < 0) return -1;
    return removed ? 0 : raise_missing_attribute(o, name);
}

static Ref<> get_instance_dict(Object* o) { return instance_expose_dict(o); }

static int set_instance_dict(Object* o, Object* value) {
    if (!value) return raise(exc::TypeError, "__dict__ may not be deleted"), -1;
    if (!is_dict(value))
        return raisef(exc::TypeError, "__dict__ must be set to a dictionary, not a '{}'", type_name(value)), -1;
    Dict** slot = instance_dict_slot(o);
    if (!slot) return raisef(exc::AttributeError, "'{}' object has no attribute '__dict__'", type_name(o)), -1;
    // The inline values become the dict being replaced (CPython's
    // _PyObject_GetDictPtr), released with it.
    if (o->type->has_flag(type_flags::kManagedDict) && instance_values(o) && !materialize_dict(o)) return -1;
    set_slot(*slot, cast<Dict>(value));
    return 0;
}

const GetSetDef kInstanceDictGetSet{"__dict__", get_instance_dict, set_instance_dict};

// ------------------------------------------------- generic attribute access
//
// CPython's _PyObject_GenericGetAttrWithDict: a data descriptor on the type
// wins over the instance dict, which wins over other class attributes.

static Ref<> lookup_attribute(Object* o, Str* name, bool* missing) {
    Type* type = o->type;
    Object* descr = type_lookup(type, name);
    DescrGetFn get = nullptr;
    if (descr) {
        get = descr->type->descr_get;
        if (get && descr->type->descr_set) return get(descr, o, type);
    }
    if (type->dict_offset) {
        std::int32_t hint = -1;
        if (Object* value = instance_find_attribute(o, name, hint)) return share(value);
    }
    if (get) return get(descr, o, type);
    if (descr) return share(descr);
    *missing = true;
    return nullptr;
}

Ref<> generic_getattr(Object* o, Str* name) {
    bool missing = false;
    Ref<> r = lookup_attribute(o, name, &missing);
    if (missing)
        return raisef(exc::AttributeError, "'{}' object has no attribute '{}'", type_name(o), StrUtf8(name).view());
    return r;
}

Ref<> generic_getattr_optional(Object* o, Str* name) {
    bool missing = false;
    return lookup_attribute(o, name, &missing);
}

int generic_setattr(Object* o, Str* name, Object* value) {
    Type* type = o->type;
    Object* descr = type_lookup(type, name);
    if (descr && descr->type->descr_set) return descr->type->descr_set(descr, o, value);
    Dict** slot = instance_dict_slot(o);
    if (!slot) {
        if (descr) raisef(exc::AttributeError, "'{}' object attribute '{}' is read-only", type_name(o), name->view());
        else raisef(exc::AttributeError, "'{}' object has no attribute '{}'", type_name(o), StrUtf8(name).view());
        return -1;
    }
    std::int32_t hint = -1;
    return instance_store_attribute(o, name, value, hint);
}

// ------------------------------------------------ instances of classes

Type* solid_base_of(Type* type) {
    while (type->has_flag(type_flags::kHeapType)) type = type->base;
    return type;
}

// True when the instance dict was added by a class, not by the builtin base.
static bool class_owns_dict(Type* type) { return type->dict_offset && !solid_base_of(type)->dict_offset; }

// The values in entry order, as CPython's _PyObject_VisitInstanceAttributes.
static void visit_inline_values(Object* o, VisitFn visit, void* arg) {
    Object** values = instance_values(o);
    const std::int64_t n = o->type->cached_keys->nentries;
    for (std::int64_t i = 0; i < n; ++i)
        if (values[i]) visit(values[i], arg);
}

// The __slots__ fields of an instance: each class of the chain appends its
// own after its base's layout (the weak reference list and the dict field,
// when it added them, are not slots). Visited most derived class first, as
// CPython's traverse_slots. Classes of a variable-size base have no slots
// (their only own field is the dict after the items).
template <class Fn>
static void for_each_slot_field(Object* o, Fn fn) {
    if (o->type->item_size) return;
    for (Type* t = o->type; t->has_flag(type_flags::kHeapType); t = t->base) {
        bool added_dict = t->dict_offset > 0 && !t->base->dict_offset;
        bool added_weaklist = t->weaklist_offset && !t->base->weaklist_offset;
        for (std::size_t offset = t->base->basic_size; offset + sizeof(Object*) <= t->basic_size;
             offset += sizeof(Object*)) {
            if (added_dict && static_cast<std::ptrdiff_t>(offset) == t->dict_offset) continue;
            if (added_weaklist && offset == t->weaklist_offset) continue;
            fn(*reinterpret_cast<Object**>(reinterpret_cast<char*>(o) + offset));
        }
    }
}

// In CPython's order (slots, the attributes, then the class), which is the
// order gc.get_referents() reports.
void subtype_traverse(Object* o, VisitFn visit, void* arg) {
    Type* type = o->type;
    for_each_slot_field(o, [&](Object* value) { visit_field(value, visit, arg); });
    if (type->has_flag(type_flags::kManagedDict) && instance_values(o)) visit_inline_values(o, visit, arg);
    else if (class_owns_dict(type)) visit_instance_dict(*instance_dict_slot(o), visit, arg);
    visit(type, arg);
    if (TraverseFn base_traverse = solid_base_of(type)->traverse) base_traverse(o, visit, arg);
}

// The fields o's classes (`type`) added to the builtin base's layout: the
// __slots__, then the instance dict if a class added it.
static void clear_class_fields(Object* o, Type* type) {
    for_each_slot_field(o, [](Object*& value) { clear_slot(value); });
    if (type->has_flag(type_flags::kManagedDict)) {
        if (Object** values = std::exchange(instance_values(o), nullptr)) dict_values_release(values);
    }
    if (class_owns_dict(type)) clear_slot(*instance_dict_slot(o));
}

void subtype_clear(Object* o) {
    Type* type = o->type;
    clear_class_fields(o, type);
    if (ClearFn base_clear = solid_base_of(type)->clear) base_clear(o);
}

// As CPython's subtype_dealloc, the class's fields go first; the base's
// destroy, not its clear, releases the base's own.
void subtype_destroy(Object* o) {
    Type* type = o->type;
    clear_class_fields(o, type);
    solid_base_of(type)->destroy(o);  // frees the memory and drops the class reference
}

// `__weakref__` on classes that add weak reference support: the first weak
// reference to the instance, or None (CPython's subtype_getweakref).
static Ref<> get_weakref_attr(Object* o) {
    WeakRef* first = *weaklist_of(o);
    return share(first ? static_cast<Object*>(first) : None);
}

const GetSetDef kInstanceWeakrefGetSet{"__weakref__", get_weakref_attr};

}  // namespace minipy
