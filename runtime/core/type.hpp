// Type objects: what a value can do, as a table of slots (CPython's PyTypeObject).
//
// Builtin types fill their slots with C++ functions; a class statement makes a
// heap type whose slots are generic functions that look up the dunder methods
// (slot_dispatch.cpp), so `a + b` takes the same path for ints and for user
// classes. A null slot means "not supported"; the abstract operations in
// abstract.hpp turn that into CPython's TypeError messages.
//
// Type has only trivially destructible members so the builtin types can be
// plain globals, constant-initialized and never destroyed.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/operators.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace minipy {

struct Str;
struct Tuple;
struct Dict;
struct DictKeys;
struct WeakRef;

// The arguments of one call, in CPython's vectorcall layout: the positional
// values, then the values of the keyword arguments named by `kwnames`.
struct Args {
    Object* const* values = nullptr;
    std::size_t count = 0;    // positional arguments
    Tuple* kwnames = nullptr;  // null when there are no keyword arguments

    std::size_t size() const { return count; }
    Object* operator[](std::size_t i) const { return values[i]; }
    std::size_t kw_count() const;
    Str* kw_name(std::size_t i) const;
    Object* kw_value(std::size_t i) const { return values[count + i]; }
    bool has_keywords() const { return kwnames != nullptr && kw_count() != 0; }
    // The same call without its first positional argument (for bound calls).
    Args drop_first() const { return Args{values + 1, count - 1, kwnames}; }
};

using VisitFn = void (*)(Object* child, void* arg);

// Visits an owned field that may be null. A type's traverse names each field
// once with it, as its clear does with clear_slot (the pointee may be an
// incomplete type, hence the reinterpret_cast).
template <class T>
void visit_field(T* field, VisitFn visit, void* arg) {
    if (field) visit(reinterpret_cast<Object*>(field), arg);
}

using DestroyFn = void (*)(Object*);                      // tp_dealloc: release children, free
using TraverseFn = void (*)(Object*, VisitFn, void*);     // visit every strong reference
using ClearFn = void (*)(Object*);                        // drop references (breaks cycles)
using FinalizeFn = void (*)(Object*);                     // __del__ (PEP 442)
using UnaryFn = Ref<> (*)(Object*);
using BinaryFn = Ref<> (*)(Object*, Object*);             // may return NotImplemented
using TernaryFn = Ref<> (*)(Object*, Object*, Object*);
using HashFn = std::int64_t (*)(Object*);                 // -1 on error
using CompareFn = Ref<> (*)(Object*, Object*, CompareOp); // may return NotImplemented
using GetAttrFn = Ref<> (*)(Object*, Str* name);          // null + AttributeError when missing
using SetAttrFn = int (*)(Object*, Str* name, Object* value);  // value null: delete; -1 on error
using DescrGetFn = Ref<> (*)(Object* descr, Object* instance, Type* owner);  // instance null: via class
using DescrSetFn = int (*)(Object* descr, Object* instance, Object* value);  // value null: delete
using CallFn = Ref<> (*)(Object* callable, const Args& args);
using NewFn = Ref<> (*)(Type* type, const Args& args);
using InitFn = int (*)(Object* self, const Args& args);
using NextFn = Ref<> (*)(Object*);                        // null, no error set: exhausted
using LenFn = std::int64_t (*)(Object*);                  // -1 on error
using GetItemFn = Ref<> (*)(Object*, Object* key);
using SetItemFn = int (*)(Object*, Object* key, Object* value);  // value null: delete
using ContainsFn = int (*)(Object*, Object* item);        // 1, 0, or -1 on error
using BoolFn = int (*)(Object*);                          // 1, 0, or -1 on error
using SizeFn = std::size_t (*)(Object*);                  // bytes of one instance

namespace type_flags {
inline constexpr std::uint32_t kHeapType = 1u << 0;     // made by a class statement; instances own a reference to it
inline constexpr std::uint32_t kBaseType = 1u << 1;     // may be subclassed
inline constexpr std::uint32_t kHasGC = 1u << 2;        // instances carry a GCHead and may form cycles
inline constexpr std::uint32_t kImmutable = 1u << 4;    // attributes cannot be set on the type
inline constexpr std::uint32_t kReady = 1u << 5;        // type_ready has run
inline constexpr std::uint32_t kAbstract = 1u << 6;     // __abstractmethods__ is non-empty: object() refuses it
// Instances keep their `__dict__` pointer and inline values pointer in two
// words before the GCHead (CPython 3.11's Py_TPFLAGS_MANAGED_DICT and its
// pre-header): dict_offset is kManagedDictOffset.
inline constexpr std::uint32_t kManagedDict = 1u << 7;
// Fast isinstance() for the builtin bases (CPython's Py_TPFLAGS_*_SUBCLASS).
inline constexpr std::uint32_t kIntSubclass = 1u << 8;
inline constexpr std::uint32_t kStrSubclass = 1u << 9;
inline constexpr std::uint32_t kTupleSubclass = 1u << 10;
inline constexpr std::uint32_t kListSubclass = 1u << 11;
inline constexpr std::uint32_t kDictSubclass = 1u << 12;
inline constexpr std::uint32_t kExceptionSubclass = 1u << 13;  // BaseException and below
inline constexpr std::uint32_t kTypeSubclass = 1u << 14;
inline constexpr std::uint32_t kSubclassFlags = 0x7f00;
}  // namespace type_flags

inline constexpr std::ptrdiff_t kManagedDictOffset = -1;

struct Type : Object {
    std::string_view builtin_name;  // a builtin's name until type_ready makes `name`
    const char* doc = nullptr;      // a builtin's __doc__ (type_ready stores it, or None)
    Str* name = nullptr;      // __name__ (owned)
    Str* qualname = nullptr;  // __qualname__ (owned)
    Str* module = nullptr;    // __module__ for heap types; null means builtins
    Type* base = nullptr;     // the solid base (tp_base); owned for heap types
    Tuple* bases = nullptr;   // __bases__ (owned)
    Tuple* mro = nullptr;     // __mro__ (owned): this type first, object last
    Dict* dict = nullptr;     // the namespace: methods, descriptors, class attributes (owned)
    std::vector<Type*>* subclasses = nullptr;  // direct subclasses (borrowed; each removes itself when destroyed)
    std::uint32_t flags = 0;
    // Bumped whenever this type's or a base's namespace or bases change, so
    // attribute caches keyed by (type, version) never go stale.
    std::uint32_t version = 0;
    std::size_t basic_size = 0;   // bytes of the fixed part of an instance
    std::size_t item_size = 0;    // bytes per item of a variable-size instance (VarObject)
    // Where an instance keeps its Dict*; 0: no __dict__. Negative (CPython's
    // negative tp_dictoffset) counts back from the end of a variable-size
    // instance: a class derived from tuple or bytes cannot put fields after
    // the fixed part, where the items are, so it appends them after the
    // items (see instance_dict_slot). kManagedDictOffset: before the object
    // (kManagedDict).
    std::ptrdiff_t dict_offset = 0;
    // The keys a class's instances share for their inline values
    // (CPython's ht_cached_keys; dict.hpp's split tables), owned; null for
    // classes without a managed dict.
    DictKeys* cached_keys = nullptr;
    // Where an instance keeps the head of its list of weak references
    // (CPython's tp_weaklistoffset); 0: weakref.ref() refuses instances.
    // The field is a plain pointer, not a reference: weakref.cpp owns the
    // list, and object destruction and the collector clear it.
    std::size_t weaklist_offset = 0;
    // Where an instance keeps its own entry point for calls (CPython's
    // tp_vectorcall_offset): call() takes it when it is set, instead of the
    // type's call slot. 0: the type's slot always. Classes do not inherit it.
    std::size_t vectorcall_offset = 0;

    // Lifetime and collector.
    DestroyFn destroy = nullptr;
    TraverseFn traverse = nullptr;
    ClearFn clear = nullptr;
    FinalizeFn finalize = nullptr;
    SizeFn size_of = nullptr;  // for sys.getsizeof; null: basic_size (+ item_size * size)
    // Bytes an instance occupies (its GCHead aside), when that is not
    // basic_size + item_size * VarObject::size (int's CPython-sized layout).
    SizeFn allocated_size = nullptr;

    // Object protocol.
    UnaryFn repr = nullptr;
    UnaryFn str = nullptr;
    HashFn hash = nullptr;
    CompareFn compare = nullptr;
    GetAttrFn getattr = nullptr;
    SetAttrFn setattr = nullptr;
    DescrGetFn descr_get = nullptr;
    DescrSetFn descr_set = nullptr;
    CallFn call = nullptr;
    NewFn new_instance = nullptr;
    InitFn init = nullptr;
    UnaryFn iter = nullptr;
    NextFn next = nullptr;

    // Number protocol.
    BinaryFn binary[kBinaryOpCount] = {};
    BinaryFn inplace[kBinaryOpCount] = {};
    TernaryFn power = nullptr;  // pow(a, b, m)
    UnaryFn unary[kUnaryOpCount] = {};
    BoolFn to_bool = nullptr;
    UnaryFn to_int = nullptr;    // __int__
    UnaryFn to_float = nullptr;  // __float__
    UnaryFn to_index = nullptr;  // __index__

    // Container protocol.
    LenFn length = nullptr;
    GetItemFn getitem = nullptr;
    SetItemFn setitem = nullptr;
    ContainsFn contains = nullptr;

    // The weak references to this type object itself (its weaklist_offset
    // field, as CPython's tp_weaklist: classes are weak-referenceable).
    WeakRef* weaklist = nullptr;

    bool has_flag(std::uint32_t f) const { return (flags & f) != 0; }
    std::string_view name_view() const;
    // __qualname__ as messages show it (the name when there is none yet).
    std::string_view qualname_view() const;
};

// A class: what a class statement or type(name, bases, ns) makes (CPython's
// PyHeapTypeObject). CPython's heap type is a PyTypeObject followed by the
// number, mapping, sequence, async and buffer method tables that its
// tp_as_* pointers point at, and seven words of its own (name, qualname,
// slots, cached keys, module, spec name and cache). minipy's Type already
// holds every slot and those names inline, for builtin types too, so the
// rest of a class's 904 bytes is unused; it is kept so that a class is the
// size CPython's is (sys.getsizeof of a new class: 1688, with the 768 bytes
// of keys its instances share). It is `type`'s basic size, so a metaclass's
// classes are HeapTypes too.
inline constexpr std::size_t kHeapTypeSize = 904;
struct HeapType : Type {
    std::byte unused_cpython_words[kHeapTypeSize - sizeof(Type)] = {};
};
static_assert(sizeof(HeapType) == kHeapTypeSize);

// Objects whose instances vary in size (tuple, str, bytes) keep the item count
// right after the header so the heap can compute their size.
struct VarObject : Object {
    std::int64_t size;
};

extern Type TypeType;    // type
extern Type ObjectType;  // object

inline bool is_type(const Object* o) { return o->type->has_flag(type_flags::kTypeSubclass); }

// CPython's _PyType_SUPPORTS_WEAKREFS.
inline bool type_supports_weakrefs(const Type* type) { return type->weaklist_offset != 0; }

// True when `sub` is `base` or derives from it (walks the MRO).
bool type_is_subtype(const Type* sub, const Type* base);
inline bool is_instance_of(const Object* o, const Type* t) {
    return o->type == t || type_is_subtype(o->type, t);
}

// Looks `name` up along the MRO's namespaces, ignoring the metatype; borrowed.
Object* type_lookup(Type* type, Str* name);
Object* type_lookup(Type* type, std::string_view name);

// Prepares a builtin type (static storage) before first use: name, base,
// instance size and flags; allocates nothing. The caller then sets slots,
// registers method tables (add_methods, add_getsets) and calls type_ready.
void type_init_builtin(Type& type, std::string_view name, Type* base, std::size_t basic_size,
                       std::uint32_t flags);
// Makes the type usable: its namespace with the registered methods and a
// wrapper per slot (`int.__add__`), its MRO, and the slots it inherits.
// During runtime start-up the work waits until the core types exist.
void type_ready(Type& type);

// Called after a dunder is set or deleted on a heap type, so the slot table
// follows (`Cls.__add__ = f` changes what `+` does).
void type_update_slot(Type* type, Str* name);
// Invalidates attribute caches for `type` and all its subclasses.
void type_modified(Type* type);

// Readies the types whose type_ready ran before the core types existed;
// runtime_init calls it once the bootstrap types are set up.
void type_finish_bootstrap();

void type_type_init();

// `type(name, bases, namespace, **kwargs)` and the class statement's final
// step; `kwargs` (may be null) go to the parent's __init_subclass__.
Ref<> type_new_class(Type* metatype, Str* name, Tuple* bases, Dict* ns, Dict* kwargs = nullptr);

// The globals of the Python code running now (borrowed; null when none runs),
// CPython's PyEval_GetGlobals: a class made by type(name, bases, ns) without
// `__module__` takes that module's __name__. The interpreter installs it.
using CurrentGlobalsFn = Dict* (*)();
extern CurrentGlobalsFn current_globals_hook;

// "int" for builtins, "__main__.Foo" for classes: what repr and messages show.
std::string type_qualified_name(const Type* type);
// "<class 'int'>", "<class '__main__.Foo'>"
Ref<> type_repr(Object* type);

}  // namespace minipy
