// `object`, the generic attribute protocol, and the instances of classes.
#include "runtime/objects/instance.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/core/names.hpp"
#include "runtime/core/weakref.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

#include <cstdint>

namespace minipy {

// ------------------------------------------------------------ instance dicts

Dict** instance_dict_slot(Object* o) {
    std::size_t offset = o->type->dict_offset;
    if (!offset) return nullptr;
    return reinterpret_cast<Dict**>(reinterpret_cast<char*>(o) + offset);
}

static bool class_owns_dict(Type* type);

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
        (*slot)->embedded = class_owns_dict(o->type);
    }
    return *slot;
}

Ref<> instance_expose_dict(Object* o) {
    Dict* d = instance_dict(o, true);
    if (!d) return raisef(exc::AttributeError, "'{}' object has no attribute '__dict__'", type_name(o));
    if (d->embedded) {
        d->embedded = false;
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
    if (!d->embedded) {
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
    if (missing) return raisef(exc::AttributeError, "'{}' object has no attribute '{}'", type_name(o), name->view());
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
        else raisef(exc::AttributeError, "'{}' object has no attribute '{}'", type_name(o), name->view());
        return -1;
    }
    if (value) return dict_set(instance_dict(o, true), name, value);
    int removed = *slot ? dict_del(*slot, name) : 0;
    if (removed < 0) return -1;
    if (removed == 0) {
        raisef(exc::AttributeError, "'{}' object has no attribute '{}'", type_name(o), name->view());
        return -1;
    }
    return 0;
}

// ------------------------------------------------ instances of classes

// The builtin type whose layout a class's instances extend.
static Type* solid_base_of(Type* type) {
    while (type->has_flag(type_flags::kHeapType)) type = type->base;
    return type;
}

// True when the instance dict was added by a class, not by the builtin base.
static bool class_owns_dict(Type* type) { return type->dict_offset && !solid_base_of(type)->dict_offset; }

// The __slots__ fields of an instance: each class of the chain appends its
// own after its base's layout (the dict field, when it added one, is not a
// slot). Visited most derived class first, as CPython's traverse_slots.
template <class Fn>
static void for_each_slot_field(Object* o, Fn fn) {
    for (Type* t = o->type; t->has_flag(type_flags::kHeapType); t = t->base) {
        bool added_dict = t->dict_offset && !t->base->dict_offset;
        for (std::size_t offset = t->base->basic_size; offset + sizeof(Object*) <= t->basic_size;
             offset += sizeof(Object*)) {
            if (added_dict && offset == t->dict_offset) continue;
            fn(*reinterpret_cast<Object**>(reinterpret_cast<char*>(o) + offset));
        }
    }
}

// In CPython's order (slots, the attributes, then the class), which is the
// order gc.get_referents() reports.
void subtype_traverse(Object* o, VisitFn visit, void* arg) {
    Type* type = o->type;
    for_each_slot_field(o, [&](Object* value) {
        if (value) visit(value, arg);
    });
    if (class_owns_dict(type)) visit_instance_dict(*instance_dict_slot(o), visit, arg);
    visit(type, arg);
    if (TraverseFn base_traverse = solid_base_of(type)->traverse) base_traverse(o, visit, arg);
}

void subtype_clear(Object* o) {
    Type* type = o->type;
    for_each_slot_field(o, [](Object*& value) { clear_slot(value); });
    if (class_owns_dict(type)) clear_slot(*instance_dict_slot(o));
    if (ClearFn base_clear = solid_base_of(type)->clear) base_clear(o);
}

void subtype_destroy(Object* o) {
    Type* type = o->type;
    for_each_slot_field(o, [](Object*& value) { clear_slot(value); });
    if (class_owns_dict(type)) clear_slot(*instance_dict_slot(o));
    solid_base_of(type)->destroy(o);  // frees the memory and drops the class reference
}

// ------------------------------------------------------------------ object

static void object_destroy_slot(Object* o) { delete_object(o); }

// <__main__.Foo object at 0x7f3a2c1d5e10>
static Ref<> object_repr(Object* o) {
    return str_from(fmt::format("<{} object at {}>", type_qualified_name(o->type), static_cast<const void*>(o)));
}

// object.__str__ calls the type's repr slot itself (CPython's object_str):
// no second recursion level, and a bad result is reported by str() as
// "__str__ returned non-string".
static Ref<> object_str(Object* o) { return o->type->repr ? o->type->repr(o) : object_repr(o); }

// CPython's _Py_HashPointer: the address rotated by 4 bits, since the low
// bits of an aligned address carry no information.
static std::int64_t object_hash(Object* o) {
    auto addr = reinterpret_cast<std::uint64_t>(o);
    auto h = static_cast<std::int64_t>((addr >> 4) | (addr << 60));
    return h == -1 ? -2 : h;
}

// Identity for ==; != is the negation of == (CPython 3's object_richcompare).
static Ref<> object_compare(Object* a, Object* b, CompareOp op) {
    switch (op) {
        case CompareOp::Eq:
            return a == b ? share(True) : not_implemented();
        case CompareOp::Ne: {
            if (!a->type->compare) return not_implemented();
            Ref<> eq = a->type->compare(a, b, CompareOp::Eq);
            if (!eq || eq.get() == NotImplemented) return eq;
            int truth = is_true(eq.get());
            if (truth < 0) return nullptr;
            return bool_from(!truth);
        }
        default:
            return not_implemented();
    }
}

static int object_init(Object* self, const Args& args);

// object() takes no arguments unless a class overrides __init__ (and not
// __new__), in which case the extra arguments are __init__'s business.
static Ref<> object_new(Type* type, const Args& args) {
    if (args.size() || args.has_keywords()) {
        if (type->new_instance != object_new)
            return raise(exc::TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
        if (type->init == object_init)
            return raisef(exc::TypeError, "{}() takes no arguments", type->name_view());
    }
    if (type->has_flag(type_flags::kHasGC) && !type->has_flag(type_flags::kHeapType) && type != &ObjectType)
        return raisef(exc::TypeError, "object.__new__({}) is not safe, use {}.__new__()", type->name_view(),
                      type->name_view());
    Ref<> obj = new_object<Object>(type);
    if (type->has_flag(type_flags::kHasGC)) gc_track(obj.get());
    return obj;
}

static int object_init(Object* self, const Args& args) {
    if (args.size() || args.has_keywords()) {
        Type* type = self->type;
        if (type->init != object_init) {
            raise(exc::TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (type->new_instance == object_new) {
            raisef(exc::TypeError, "{}() takes no arguments", type->name_view());
            return -1;
        }
    }
    return 0;
}

static Ref<> object_get_class(Object* o) { return share<Object>(o->type); }

// Instances of `a` and `b` have the same memory layout: the same builtin
// base, fields and __slots__ (CPython's compatible_for_assignment).
static bool same_layout(Type* a, Type* b) {
    return solid_base_of(a) == solid_base_of(b) && a->basic_size == b->basic_size && a->item_size == b->item_size &&
           a->dict_offset == b->dict_offset && a->has_flag(type_flags::kWeakrefable) == b->has_flag(type_flags::kWeakrefable);
}

// obj.__class__ = C, for instances of classes whose layouts match.
static int object_set_class(Object* o, Object* value) {
    if (!value) return raise(exc::TypeError, "can't delete __class__ attribute"), -1;
    if (!is_type(value))
        return raisef(exc::TypeError, "__class__ must be set to a class, not '{}' object", type_name(value)), -1;
    Type* to = cast<Type>(value);
    Type* from = o->type;
    if (!to->has_flag(type_flags::kHeapType) || !from->has_flag(type_flags::kHeapType))
        return raise(exc::TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses"),
               -1;
    if (!same_layout(from, to))
        return raisef(exc::TypeError, "__class__ assignment: '{}' object layout differs from '{}'", to->name->view(),
                      from->name->view()),
               -1;
    incref(to);
    o->type = to;
    decref(from);  // instances of heap types own a reference to their class
    return 0;
}

// object.__format__: format(obj, '') is str(obj); any other spec is an error.
static Ref<> object_format(Object* self, const Args& args) {
    if (!check_one_arg("__format__", args)) return nullptr;
    if (!is_str(args[0]))
        return raisef(exc::TypeError, "__format__() argument must be str, not {}", type_name(args[0]));
    if (cast<Str>(args[0])->size != 0)
        return raisef(exc::TypeError, "unsupported format string passed to {}.__format__", type_name(self));
    return str(self);
}

// dir(obj): the instance dict's keys and every attribute along the class MRO.
static Ref<> object_dir(Object* self, const Args& args) {
    if (!check_no_args("__dir__", args)) return nullptr;
    Ref<Dict> seen = dict_new();
    auto add_keys = [&](Dict* d) -> bool {
        Object* key;
        Object* value;
        for (std::int64_t pos = 0; dict_next(d, pos, &key, &value);)
            if (dict_set(seen.get(), key, None) < 0) return false;
        return true;
    };
    if (Dict** slot = instance_dict_slot(self); slot && *slot && !add_keys(*slot)) return nullptr;
    for (Object* t : *self->type->mro)
        if (!add_keys(cast<Type>(t)->dict)) return nullptr;
    auto result = list_new();
    Object* key;
    Object* value;
    for (std::int64_t pos = 0; dict_next(seen.get(), pos, &key, &value);) list_append(result.get(), key);
    return result;
}

static Ref<> object_sizeof(Object* self, const Args& args) {
    if (!check_no_args("__sizeof__", args)) return nullptr;
    std::size_t bytes = self->type->size_of ? self->type->size_of(self) : object_allocated_size(self);
    return int_from(static_cast<std::int64_t>(bytes));
}

// object.__init_subclass__ (a classmethod doing nothing) and
// object.__subclasshook__ (NotImplemented).
static Ref<> object_init_subclass(Object*, const Args& args) {
    if (args.size()) return raise(exc::TypeError, "__init_subclass__() takes no arguments");
    return none();
}

static Ref<> object_reduce_ex(Object* self, const Args&) {
    return raisef(exc::TypeError, "cannot pickle '{}' object", type_name(self));
}

// object.__subclasshook__: a class may override it to steer issubclass();
// object's own declines.
static Ref<> object_subclasshook(Object*, const Args&) { return not_implemented(); }

// object.__getstate__() (new in 3.11): the state pickling would save, the
// instance dict when it has entries, else None.
static Ref<> object_getstate(Object* self, const Args& args) {
    if (!check_no_args("__getstate__", args)) return nullptr;
    Dict* d = instance_dict(self, false);
    if (!d || d->used == 0) return none();
    return share<Object>(d);
}

// `__weakref__` on classes that add weak reference support: the first weak
// reference to the instance, or None.
static Ref<> get_weakref_attr(Object* o) {
    Ref<> refs = weakref_list(o);
    if (!refs) return nullptr;
    List* list = cast<List>(refs.get());
    return share(list->size ? list->items[0] : None);
}

const GetSetDef kInstanceWeakrefGetSet{"__weakref__", get_weakref_attr};

void object_type_init() {
    type_init_builtin(ObjectType, "object", nullptr, sizeof(Object), type_flags::kBaseType);
    ObjectType.destroy = object_destroy_slot;
    ObjectType.repr = object_repr;
    ObjectType.str = object_str;
    ObjectType.hash = object_hash;
    ObjectType.compare = object_compare;
    ObjectType.getattr = generic_getattr;
    ObjectType.setattr = generic_setattr;
    ObjectType.new_instance = object_new;
    ObjectType.init = object_init;
    add_getsets(ObjectType, {{"__class__", object_get_class, object_set_class}});
    add_methods(ObjectType, {
                                {"__format__", object_format},
                                {"__dir__", object_dir},
                                {"__sizeof__", object_sizeof},
                                {"__init_subclass__", object_init_subclass, MethodKind::Class},
                                {"__reduce_ex__", object_reduce_ex},
                                {"__reduce__", object_reduce_ex},
                                {"__getstate__", object_getstate},
                                {"__subclasshook__", object_subclasshook, MethodKind::Class},
                            });
    ObjectType.doc =
        "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\n"
        "instance that has no instance attributes and cannot be given any.\n";
    type_ready(ObjectType);
}

}  // namespace minipy
