// `object`, the base of every class: its slots and methods (CPython's
// PyBaseObject_Type in Objects/typeobject.c). The generic attribute
// protocol it installs stays with instance dicts, in instance.cpp.
#include "runtime/objects/object_type.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/member.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>

namespace minipy {

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

// "Can't instantiate abstract class Shape with abstract methods area,
// perimeter": the names of __abstractmethods__, sorted.
static std::nullptr_t raise_abstract(Type* type) {
    Object* methods = dict_get(type->dict, "__abstractmethods__");
    if (!methods) return raise(exc::AttributeError, "__abstractmethods__");
    Ref<List> names = list_from_iterable(methods);
    if (!names || list_sort(names.get(), nullptr, false) < 0) return nullptr;
    std::string joined;
    for (Object* name : *names) {
        std::string text;
        if (!str_text(name, text)) return nullptr;
        if (!joined.empty()) joined += ", ";
        joined += text;
    }
    return raisef(exc::TypeError, "Can't instantiate abstract class {} with abstract method{} {}", type->name_view(),
                  names->size > 1 ? "s" : "", joined);
}

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
    if (type->has_flag(type_flags::kAbstract)) return raise_abstract(type);
    Ref<> obj = new_object<Object>(type);
    if (type->has_flag(type_flags::kManagedDict) && !instance_init_values(obj.get())) return nullptr;
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
        // Reached only by calling __init__ itself: a class call with
        // arguments fails in object_new first.
        if (type->new_instance == object_new) {
            raisef(exc::TypeError, "{}.__init__() takes exactly one argument (the instance to initialize)",
                   type->name_view());
            return -1;
        }
    }
    return 0;
}

static Ref<> object_get_class(Object* o) { return share<Object>(o->type); }

// The class whose fields instances of `type` have: the nearest along the
// bases that added some (CPython's compatible_with_tp_base walk).
static Type* layout_owner(Type* type) {
    while (type->has_flag(type_flags::kHeapType) && type->base->basic_size == type->basic_size &&
           type->base->dict_offset == type->dict_offset &&
           type->base->weaklist_offset == type->weaklist_offset)
        type = type->base;
    return type;
}

// Instances of `a` and `b` have the same memory layout: the same builtin
// base, fields and __slots__ (CPython's compatible_for_assignment). A dict
// after the items of a tuple or bytes is not one CPython's same_slots_added
// recognises, so two classes that each added one differ.
// The __slots__ names a class added, sorted (CPython's ht_slots): its
// slots' member descriptors.
static std::vector<std::string_view> added_slots(Type* type) {
    std::vector<std::string_view> names;
    Object* key;
    Object* value;
    for (std::int64_t pos = 0; dict_next(type->dict, pos, &key, &value);) {
        if (value->type != &MemberDescriptorType) continue;
        auto* member = cast<MemberDescriptor>(value);
        if (member->owner == type && member->kind == MemberKind::ObjectEx) names.push_back(member->name->view());
    }
    std::sort(names.begin(), names.end());
    return names;
}

static bool same_layout(Type* a, Type* b) {
    Type* owner_a = layout_owner(a);
    Type* owner_b = layout_owner(b);
    if (a->dict_offset < 0 && a->dict_offset != kManagedDictOffset && owner_a != owner_b) return false;
    // Classes that each added fields match only when they added the same
    // __slots__ to the same base (same_slots_added).
    if (owner_a != owner_b && (owner_a->base != owner_b->base || added_slots(owner_a) != added_slots(owner_b)))
        return false;
    return solid_base_of(a) == solid_base_of(b) && a->basic_size == b->basic_size && a->item_size == b->item_size &&
           a->dict_offset == b->dict_offset && a->weaklist_offset == b->weaklist_offset;
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
    // The inline values are indexed by the old class's keys: they become a
    // dict first (CPython's object_set_class).
    if (from->has_flag(type_flags::kManagedDict) && instance_values(o) && !instance_dict(o, false)) return -1;
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
    if (cast<Str>(args[0])->length != 0)
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
    // Reads `__dict__`, as CPython's: inline values become the dict.
    if (Dict* d = instance_dict(self, false); d && !add_keys(d)) return nullptr;
    for (Object* t : *self->type->mro)
        if (!add_keys(cast<Type>(t)->dict)) return nullptr;
    auto result = list_new();
    Object* key;
    Object* value;
    for (std::int64_t pos = 0; dict_next(seen.get(), pos, &key, &value);)
        if (!list_append(result.get(), key)) return nullptr;
    return result;
}

static Ref<> object_sizeof(Object* self, const Args& args) {
    if (!check_no_args("__sizeof__", args)) return nullptr;
    std::size_t bytes = self->type->size_of ? self->type->size_of(self) : object_size(self);
    return int_from(static_cast<std::int64_t>(bytes));
}

// object.__init_subclass__ (a classmethod doing nothing) and
// object.__subclasshook__ (NotImplemented).
// Its errors name the class it was called on, as CPython's METH_NOARGS
// classmethod does: "C.__init_subclass__() takes no keyword arguments".
static Ref<> object_init_subclass(Object* cls, const Args& args) {
    std::string_view name = cast<Type>(cls)->qualname_view();
    if (args.has_keywords()) return raisef(exc::TypeError, "{}.__init_subclass__() takes no keyword arguments", name);
    if (args.size())
        return raisef(exc::TypeError, "{}.__init_subclass__() takes no arguments ({} given)", name, args.size());
    return none();
}

// object.__subclasshook__: a class may override it to steer issubclass();
// object's own declines.
static Ref<> object_subclasshook(Object*, const Args&) { return not_implemented(); }

// ------------------------------------------------------------------- init

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
                                {"__reduce__", object_reduce},
                                {"__getstate__", object_getstate},
                                {"__subclasshook__", object_subclasshook, MethodKind::Class},
                            });
    ObjectType.doc =
        "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\n"
        "instance that has no instance attributes and cannot be given any.\n";
    type_ready(ObjectType);
}

}  // namespace minipy
