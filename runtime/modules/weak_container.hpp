// What WeakValueDictionary, WeakKeyDictionary and WeakSet share: they are
// C++ transcriptions of Lib/weakref.py and Lib/_weakrefset.py, and follow
// their design exactly.
//
//  * `data` is a plain dict (or set) holding weak references: for a
//    WeakValueDictionary key -> KeyedRef(value, remove, key), for a
//    WeakKeyDictionary ref(key, remove) -> value, for a WeakSet ref(item, remove).
//  * `remove` is the callback of every one of those weak references: when a
//    referent dies, it deletes the entry. It is a builtin function bound to
//    a weak reference to the container (the "selfref" of weakref.py), so the
//    container is never kept alive by its own entries.
//  * While an iterator is running over the container (`iterating` > 0, the
//    _IterationGuard of weakref.py), removals are queued in `pending` and
//    carried out when the last iterator finishes, so that the dict does not
//    change size under the iterator.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"
#include "runtime/core/weakref.hpp"

#include <cstdint>
#include <initializer_list>
#include <string_view>

namespace minipy {

struct List;

enum class WeakKind : unsigned char { ValueDict, KeyDict, Set };

struct WeakContainer : Object {
    Object* data = nullptr;     // owned: a Dict, or a Set for WeakSet
    Object* remove = nullptr;   // owned: the weakref callback that deletes entries
    List* pending = nullptr;    // owned: removals waiting for iteration to end
    std::int64_t iterating = 0;  // iterators inside their guard
    bool dirty_len = false;     // WeakKeyDictionary: pending may hold deleted keys
    WeakKind kind = WeakKind::ValueDict;
    WeakRef* weakreflist = nullptr;  // the instances' `__weakref__` (weakref.hpp)
};

extern Type WeakValueDictionaryType;
extern Type WeakKeyDictionaryType;
extern Type WeakSetType;
extern Type KeyedRefType;

// weakref.KeyedRef: a weak reference that remembers the key of its
// WeakValueDictionary entry.
struct KeyedRef : WeakRef {
    Object* key = nullptr;  // owned
};

inline WeakContainer* as_container(Object* o) { return cast<WeakContainer>(o); }

// ---------------------------------------------------------- lifetime

// The new_instance slot of the three types: empty data, a fresh remove
// callback, nothing pending.
Ref<> weak_container_new(Type* type, WeakKind kind);
void weak_container_slots(Type& type);  // destroy/traverse/clear/new and the repr

// Carries out the queued removals (`_commit_removals`).
[[nodiscard]] bool weak_container_commit(WeakContainer* c);

// ------------------------------------------------------- references

// weakref.ref(obj) without a callback (shared, as CPython's).
Ref<> weak_ref_to(Object* referent);
// ref(obj, c.remove): the weak reference an entry holds.
Ref<> weak_ref_with_remove(WeakContainer* c, Object* referent);
Ref<> keyed_ref_new(WeakContainer* c, Object* value, Object* key);
// The referent of a weak reference stored in `data`, or null when it is dead.
inline Object* weak_target(Object* ref) { return cast<WeakRef>(ref)->referent; }

// ---------------------------------------------------------- iteration

enum class WeakIterMode : unsigned char {
    ValueDictKeys,
    ValueDictValues,
    ValueDictItems,
    ValueDictRefs,  // itervaluerefs(): the KeyedRefs, dead or alive
    KeyDictKeys,
    KeyDictValues,
    KeyDictItems,
    SetItems,
};

// The lazy iterators that keys()/values()/items() and iteration return
// (generators in CPython): they enter the container's iteration guard when
// first advanced and leave it when exhausted or destroyed.
Ref<> weak_iter_new(Object* container, WeakIterMode mode);

// --------------------------------------------------------------- helpers

// Unpacks a 2-item iterable (the `key, value` of `for key, value in x.items()`),
// with the unpacking errors of CPython.
[[nodiscard]] bool unpack_pair(Object* pair, Ref<>& first, Ref<>& second);
// Raises KeyError(key).
std::nullptr_t raise_key_error(Object* key);
// <WeakValueDictionary at 0x7f…>: the class name and the address.
Ref<> weak_container_repr(Object* o);
// Calls fn(key, value) for each pair of a mapping argument as
// `update()` reads it: a dict, anything with items(), or dict(other).
template <class Fn>
[[nodiscard]] bool for_each_mapping_pair(Object* other, Fn&& fn);
[[nodiscard]] bool for_each_pair_raw(Object* other, bool (*fn)(Object*, Object*, void*), void* arg);

template <class Fn>
[[nodiscard]] bool for_each_mapping_pair(Object* other, Fn&& fn) {
    return for_each_pair_raw(
        other, [](Object* k, Object* v, void* arg) { return (*static_cast<Fn*>(arg))(k, v); }, &fn);
}

// A Mapping for __eq__ and the | operators: a dict, or one of our weak mappings.
bool is_mapping_like(Object* o);

// ------------------------------------------------- the two weak mappings
//
// What WeakValueDictionary and WeakKeyDictionary do alike (Lib/weakref.py
// writes these methods once per class). Each mapping passes its own copy and
// update, which know how its entries hold their weak references.
struct WeakMappingOps {
    Type* type;        // the mapping's own type (WeakValueDictionaryType, …)
    const char* name;  // its name in messages: "WeakValueDictionary"
    Ref<> (*copy)(Object* self);
    // Stores the pairs of `other` (a mapping, may be null) and the keyword
    // arguments of `kwargs`; false with an exception set.
    bool (*update)(Object* self, Object* other, const Args& kwargs);
};
// __eq__ and __ne__ (Mapping's): dict(self.items()) against dict(other.items()).
Ref<> weak_mapping_compare(Object* self, Object* other, CompareOp op);
// self | other and other | self: a new mapping holding both; self |= other.
Ref<> weak_mapping_or(const WeakMappingOps& ops, Object* a, Object* b);
Ref<> weak_mapping_ior(const WeakMappingOps& ops, Object* self, Object* other);
// The update(other=(), /, **kw) method.
Ref<> weak_mapping_update(const WeakMappingOps& ops, Object* self, const Args& args);

void weak_value_dict_type_init();  // weak_value_dict.cpp
void weak_key_dict_type_init();    // weak_key_dict.cpp

}  // namespace minipy
