// The instances of classes defined in Python: their dicts, the generic
// attribute protocol, and their lifetime slots.
//
// An instance of a Python class keeps its attributes in a dict. Like CPython
// 3.11's inline values, that dict is not a separate object as far as the
// collector can see until someone asks for `__dict__` (or `vars()`): before
// that it is untracked and traversed through its owner, so gc.collect()
// counts the same objects as CPython.
//
// Where a class's own fields go. A class extends the layout of its solid base
// (the builtin type it derives from):
//
//   fixed-size base (object, list, dict, int, exceptions, ...):
//       [base's fields][__slots__ fields, base class's first][dict]
//       dict_offset > 0: the dict pointer is at a fixed offset.
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
// Only a fixed-offset dict of a class is "embedded" (CPython 3.11's inline
// values, which exist only for fixed-size layouts); a tail dict is a dict
// object of its own from the start, as in CPython.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

namespace minipy {

struct Dict;
struct Str;
struct GetSetDef;

// The layout of an instance of a class without __slots__ whose bases are
// all classes or object (type_new_class makes it): the weak reference list
// at CPython's __weakrefoffset__ (16), then the dict, which CPython 3.11
// keeps before the object instead (its managed dict).
struct Instance : Object {
    WeakRef* weakreflist = nullptr;  // `__weakref__` (weakref.hpp)
    Dict* dict = nullptr;  // owned, created on first attribute store (see dict_is_embedded)
};

// The instance dict at `type->dict_offset` (from the end when negative),
// creating it when `create` is set; null when the type has no instance dicts.
Dict** instance_dict_slot(Object* o);
Dict* instance_dict(Object* o, bool create);
// `obj.__dict__`: exposes the dict as a real, tracked object (new reference).
Ref<> instance_expose_dict(Object* o);
// What an owner's traverse does with its instance dict: an embedded dict's
// keys and values are the owner's own references; an exposed dict is one
// object of its own.
void visit_instance_dict(Dict* d, VisitFn visit, void* arg);

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
