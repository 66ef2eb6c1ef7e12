// Weak references.
//
// A weak reference does not own its referent. Each referent keeps its weak
// references in a doubly linked list whose head is a field of the referent
// at its type's weaklist_offset (CPython's tp_weaklistoffset: a function's
// func_weakreflist, a set's weakreflist, the `__weakref__` slot of an
// instance of a class); a type without that field is not
// weak-referenceable. Destruction and the collector read the field, so an
// object's weak references cost no lookup. When the referent dies, every
// weak reference to it is cleared first, then the callbacks of those still
// alive are called, in list order, as CPython's PyObject_ClearWeakRefs.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

#include <cstdint>

namespace minipy {

struct WeakRef : Object {
    Object* referent = nullptr;  // borrowed; null once dead
    Object* callback = nullptr;  // owned, may be null
    std::int64_t hash = -1;      // cached hash of the referent
    WeakRef* prev = nullptr;     // the referent's list of weak references
    WeakRef* next = nullptr;
    CallFn vectorcall = nullptr;  // a weakref.ref's own call (Type::vectorcall_offset); null for proxies
};

extern Type WeakRefType;    // weakref.ref (ReferenceType)
extern Type WeakProxyType;  // weakref.proxy (ProxyType)
extern Type WeakCallableProxyType;

// weakref.ref(obj, callback): null + TypeError when obj's type is not weakrefable.
Ref<> weakref_new(Type* type, Object* referent, Object* callback);
// The referent (borrowed) or None when dead.
Object* weakref_get(WeakRef* ref);
std::int64_t weakref_count(Object* referent);
// The head of `o`'s list of weak references; its type must support them
// (CPython's _PyObject_GET_WEAKREFS_LISTPTR).
inline WeakRef** weaklist_of(Object* o) {
    return reinterpret_cast<WeakRef**>(reinterpret_cast<char*>(o) + o->type->weaklist_offset);
}
// True when some weak reference to `o` exists.
inline bool has_weakrefs(Object* o) { return type_supports_weakrefs(o->type) && *weaklist_of(o); }

// Called by object destruction for objects that have weak references.
void weakrefs_clear_and_notify(Object* referent);
// For the collector: clears every weak reference to `referent` without
// calling callbacks, appending those that have a callback and are not
// themselves being collected (new references) to `with_callbacks`.
void weakrefs_clear(Object* referent, Object* with_callbacks /* a List */);
// Detaches one weak reference from its referent (it reads dead from now on;
// its callback is kept).
void weakrefs_detach(WeakRef* ref);
// weakref.getweakrefs(obj): the weak references to `referent`, in list order.
Ref<> weakref_list(Object* referent);

void weakref_types_init();

}  // namespace minipy
