// The instances of classes defined in Python: their dicts, the generic
// attribute protocol, and their lifetime slots.
//
// Instances of classes keep their attributes as CPython 3.11 does. A class
// that adds an instance dict to a fixed-size base has a *managed dict*: two
// words before the instance's GCHead (heap.hpp), a values pointer and a dict
// pointer. An instance that object.__new__ made starts with inline values:
// an array indexed like the class's shared keys (Type::cached_keys, a split
// table's keys, dict.hpp), so storing an attribute the class's instances
// have stored before writes one slot. The dict exists only once someone asks
// for `__dict__` (or `vars()`, or the keys run out of room): it is then a
// split dict that takes over the values, and the instance keeps the dict
// instead (CPython's make_dict_from_instance_attributes). Instances that
// another base's constructor made (a list subclass's) get a split dict at
// their first attribute store. At most one of the two pointers is set.
//
// Where a class's own fields go. A class extends the layout of its solid base
// (the builtin type it derives from):
//
//   fixed-size base (object, list, dict, exceptions, ...):
//       [values, dict][GCHead][base's fields][__slots__ fields, base class's first]
//       dict_offset == kManagedDictOffset, kManagedDict. A builtin type
//       with a dict of its own (exceptions, functions, modules) keeps it
//       at dict_offset > 0, a fixed offset inside the object.
//   variable-size base (item_size != 0: tuple, bytes):
//       [base's fixed part][items ...][padding][dict]
//       The base's code finds the items right after its fixed part, so the
//       class's fields cannot go there: they follow the items, and the dict
//       pointer is the object's last word. dict_offset < 0 counts back from
//       the end, object_size(o) rounded up to 8 bytes (CPython's negative
//       tp_dictoffset and _PyObject_GetDictPtr). basic_size counts the tail
//       fields, so allocating basic_size + item_size * n bytes, as for the
//       base, leaves room for them. CPython gives such classes neither
//       nonempty __slots__ nor weak references, so the dict is the only tail
//       field. A variable-size base whose size comes from `allocated_size`
//       must add basic_size - its own basic_size for instances of classes.
//
// int and str size their instances themselves (allocated_size); a class
// derived from them keeps its dict pointer after the base's fields, at a
// fixed offset, and its dict is a plain dict, as CPython's for those
// classes.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

#include <cstdint>

namespace minipy {

struct Dict;
struct Str;
struct GetSetDef;

// The layout of an instance of a class without __slots__ whose bases are
// all classes or object (type_new_class makes it): the weak reference list
// at CPython's __weakrefoffset__ (16). The dict and values pointers are in
// front of the object.
struct Instance : Object {
    WeakRef* weakreflist = nullptr;  // `__weakref__` (weakref.hpp)
};

// The managed dict's words (kManagedDict types only): the inline values
// (owned, or null) and the dict (owned, or null), CPython's
// _PyObject_ValuesPointer and _PyObject_ManagedDictPointer.
inline Object**& instance_values(Object* o) { return reinterpret_cast<Object***>(o)[-4]; }
inline Object** instance_values(const Object* o) { return reinterpret_cast<Object** const*>(o)[-4]; }
inline Dict*& managed_dict(Object* o) { return reinterpret_cast<Dict**>(o)[-3]; }
inline Dict* managed_dict(const Object* o) { return reinterpret_cast<Dict* const*>(o)[-3]; }

// Gives a new instance of a class with shared keys its inline values
// (object.__new__). False with MemoryError raised.
[[nodiscard]] bool instance_init_values(Object* o);

// Where the instance keeps its Dict*: at `type->dict_offset` (from the end
// when negative) or in front of it; null when the type has no instance dicts.
Dict** instance_dict_slot(Object* o);
// The instance dict, made from the inline values if the instance has them;
// when it has neither and `create` is set, a new dict for storing into
// (sharing the class's keys where it has them). Null when there is none.
Dict* instance_dict(Object* o, bool create);
// `obj.__dict__`: the instance dict, made if need be (new reference).
Ref<> instance_expose_dict(Object* o);
// What a builtin type's traverse does with its instance dict.
void visit_instance_dict(Dict* d, VisitFn visit, void* arg);

// The instance's own attribute `name` (borrowed), from its inline values or
// its dict, or null (no error). `hint` remembers the entry, as
// dict_get_str_hinted's.
Object* instance_find_attribute(Object* o, Str* name, std::int32_t& hint);
// Stores (value non-null) or deletes instance attribute `name` where the
// instance keeps them, `hint` as above; -1 on error (AttributeError when a
// deleted attribute is missing). The type must have instance dicts.
[[nodiscard]] int instance_store_attribute(Object* o, Str* name, Object* value, std::int32_t& hint);

// The `__dict__` attribute that classes (and exceptions) give their instances.
extern const GetSetDef kInstanceDictGetSet;
// `__weakref__`: the first weak reference to an instance, or None; classes
// that add weak reference support to their base get it.
extern const GetSetDef kInstanceWeakrefGetSet;

// Lifetime slots of instances of classes defined in Python (CPython's
// subtype_dealloc/traverse/clear): the instance dict, the reference to the
// class, then whatever the builtin base holds.
void subtype_destroy(Object* o);
void subtype_traverse(Object* o, VisitFn visit, void* arg);
void subtype_clear(Object* o);
// The builtin type whose layout the instances of `type` extend: `type`
// itself unless it is a class. (Not type_new's solid_base, which stops at a
// class that adds __slots__.)
Type* solid_base_of(Type* type);

// object.__getattribute__ / __setattr__ (CPython's generic attribute protocol:
// data descriptors on the type, then the instance dict, then other class attributes).
Ref<> generic_getattr(Object* o, Str* name);
// As generic_getattr, but returns null *without* an exception when the
// attribute is missing: the fast path of hasattr/getattr-with-default.
Ref<> generic_getattr_optional(Object* o, Str* name);
[[nodiscard]] int generic_setattr(Object* o, Str* name, Object* value);

}  // namespace minipy
