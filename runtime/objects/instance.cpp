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

namespace minipy {

// ------------------------------------------------------------ instance dicts

Dict** instance_dict_slot(Object* o) {
    std::ptrdiff_t offset = o->type->dict_offset;
    if (!offset) return nullptr;
    if (offset < 0) offset += static_cast<std::ptrdiff_t>((object_size(o) + 7) & ~std::size_t{7});
    return reinterpret_cast<Dict**>(reinterpret_cast<char*>(o) + offset);
}

static bool has_inline_values(Type* type);

// Instances of classes keep their attributes inline in CPython 3.11 (the
// dict is an object of its own only once someone asks for __dict__);
// builtin types with a __dict__ (exceptions, functions, modules) have a
// real dict from the start. The embedded flag mirrors that difference,
// which gc.collect() counts can observe.
Dict* instance_dict(Object* o, bool create) {
    Dict** slot = instance_dict_slot(o);
    if (!slot) return nullptr;
    if (!*slot && create) {
        *slot = dict_new().release();
        dict_set_embedded(*slot, has_inline_values(o->type));
    }
    return *slot;
}

Ref<> instance_expose_dict(Object* o) {
    Dict* d = instance_dict(o, true);
    if (!d) return raisef(exc::AttributeError, "'{}' object has no attribute '__dict__'", type_name(o));
    if (dict_is_embedded(d)) {
        dict_set_embedded(d, false);
        // From now on the dict is an object of its own; it is tracked by the
        // rule every dict follows (only when it may hold a container).
        Object* key;
        Object* value;
        for (std::int64_t pos = 0; dict_next(d, pos, &key, &value);) {
            if (gc_may_be_tracked(key) || gc_may_be_tracked(value)) {
                gc_track(d);
                break;
            }
        }
    }
    return share<Object>(d);
}

void visit_instance_dict(Dict* d, VisitFn visit, void* arg) {
    if (!d) return;
    if (!dict_is_embedded(d)) {
        visit(d, arg);
        return;
    }
    // CPython 3.11's inline values hold only the values (the keys live in
    // the class's shared keys), so gc.get_referents(obj) lists the values.
    // A key that is a container itself (a str subclass instance) is still
    // visited, so the collector sees every reference.
    Object* key;
    Object* value;
    for (std::int64_t pos = 0; dict_next(d, pos, &key, &value);) {
        visit(value, arg);
        if (object_has_gc(key)) visit(key, arg);
    }
}

static Ref<> get_instance_dict(Object* o) { return instance_expose_dict(o); }

static int set_instance_dict(Object* o, Object* value) {
    if (!value) return raise(exc::TypeError, "__dict__ may not be deleted"), -1;
    if (!is_dict(value))
        return raisef(exc::TypeError, "__dict__ must be set to a dictionary, not a '{}'", type_name(value)), -1;
    Dict** slot = instance_dict_slot(o);
    if (!slot) return raisef(exc::AttributeError, "'{}' object has no attribute '__dict__'", type_name(o)), -1;
    Ref<> exposed = instance_expose_dict(value);  // a dict handed in is already its own object
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
    if (Dict** slot = instance_dict_slot(o); slot && *slot) {
        if (Object* value = dict_get_str(*slot, name)) return share(value);
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
    if (value) return dict_set(instance_dict(o, true), name, value);
    int removed = *slot ? dict_del(*slot, name) : 0;
    if (removed < 0) return -1;
    if (removed == 0) {
        raisef(exc::AttributeError, "'{}' object has no attribute '{}'", type_name(o), StrUtf8(name).view());
        return -1;
    }
    return 0;
}

// ------------------------------------------------ instances of classes

Type* solid_base_of(Type* type) {
    while (type->has_flag(type_flags::kHeapType)) type = type->base;
    return type;
}

// True when the instance dict was added by a class, not by the builtin base.
static bool class_owns_dict(Type* type) { return type->dict_offset && !solid_base_of(type)->dict_offset; }

// CPython 3.11 keeps attributes inline only in instances that object.__new__
// made (_PyObject_InitializeDict): those of classes whose builtin base is
// object. An instance of a class derived from int, float or list comes from
// its base's constructor and gets a dict object at the first attribute
// store, which gc.collect() counts.
static bool has_inline_values(Type* type) {
    return type->dict_offset > 0 && class_owns_dict(type) && solid_base_of(type) == &ObjectType;
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
        bool added_dict = t->dict_offset && !t->base->dict_offset;
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
    if (class_owns_dict(type)) visit_instance_dict(*instance_dict_slot(o), visit, arg);
    visit(type, arg);
    if (TraverseFn base_traverse = solid_base_of(type)->traverse) base_traverse(o, visit, arg);
}

// The fields o's classes (`type`) added to the builtin base's layout: the
// __slots__, then the instance dict if a class added it.
static void clear_class_fields(Object* o, Type* type) {
    for_each_slot_field(o, [](Object*& value) { clear_slot(value); });
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
