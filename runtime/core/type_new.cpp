// Class creation: the last step of a class statement and `type(name, bases, ns)`
// (CPython's type_new). Checks the bases, chooses the instance layout,
// computes the MRO by C3 linearization, and sets up the slots.
#include "runtime/core/type.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/slot_dispatch.hpp"
#include "runtime/objects/classmethod.hpp"
#include "runtime/objects/descriptors.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/function.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/member.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace minipy {

namespace {

// True when a class added fields of its own to its base's layout: __slots__
// (an instance dict or weak reference list alone does not count, as in
// CPython's extra_ivars).
bool adds_fields(const Type* type) {
    std::size_t extra = type->basic_size - type->base->basic_size;
    if (type->dict_offset > 0 && !type->base->dict_offset) extra -= sizeof(Dict*);
    if (type->weaklist_offset && !type->base->weaklist_offset) extra -= sizeof(WeakRef*);
    return extra > 0;
}

// Instances of `type` vary in size (CPython's tp_itemsize != 0): tuple and
// bytes by their items, str and int by their text and digits (they size
// their instances themselves: allocated_size).
bool is_variable_size(const Type* type) { return type->item_size || type->allocated_size; }

// The type whose memory layout instances of `type` extend (CPython's
// solid_base): the nearest class, builtin or not, that added fields to its
// base's layout (FileNotFoundError's is OSError's, KeyError's
// BaseException's), or object.
Type* solid_base(Type* type) {
    while (type->base && !adds_fields(type) && type->item_size == type->base->item_size) type = type->base;
    return type;
}

// CPython's _Py_Mangle for a slot name declared in class `class_name`.
std::string mangle_slot(std::string_view class_name, std::string_view id) {
    if (id.size() < 2 || id.substr(0, 2) != "__" || id.substr(id.size() - 2) == "__") return std::string(id);
    std::size_t start = class_name.find_first_not_of('_');
    if (start == std::string_view::npos) return std::string(id);
    std::string mangled = "_";
    mangled += class_name.substr(start);
    mangled += id;
    return mangled;
}

// The parsed __slots__ of a class statement (CPython's type_new_slots).
struct Slots {
    std::vector<std::string> names;  // mangled, sorted: the field order
    bool dict = false;               // "__dict__" was listed
    bool weakref = false;            // "__weakref__" was listed
};

bool parse_slots(Object* value, Str* class_name, Type* base, Dict* ns, Slots& out) {
    Ref<> items;
    std::int64_t count = 1;
    if (is_str(value)) {
        items = tuple_from({value});
    } else {
        Ref<> it = get_iter(value);
        if (!it) return false;
        Ref<List> list = list_new();
        while (Ref<> item = iter_next(it.get()))
            if (!list_append(list.get(), item.get())) return false;
        if (error_pending()) return false;
        count = list->size;
        items = std::move(list);
    }
    // A variable-size base leaves no room for slots (not even __dict__ or
    // __weakref__); CPython checks that before looking at the names.
    if (count > 0 && base->item_size)
        return raisef(exc::TypeError, "nonempty __slots__ not supported for subtype of '{}'", base->name_view()), false;
    Ref<> iterator = get_iter(items.get());
    while (Ref<> item = iter_next(iterator.get())) {
        if (!is_str(item.get()))
            return raisef(exc::TypeError, "__slots__ items must be strings, not '{}'", type_name(item.get())), false;
        Ref<> ok = call_method(item.get(), "isidentifier", {});
        if (!ok) return false;
        if (ok.get() != True) return raise(exc::TypeError, "__slots__ must be identifiers"), false;
        std::string_view name = cast<Str>(item.get())->view();
        if (name == "__dict__") {
            if (base->dict_offset || out.dict)
                return raise(exc::TypeError, "__dict__ slot disallowed: we already got one"), false;
            out.dict = true;
        } else if (name == "__weakref__") {
            if (type_supports_weakrefs(base) || is_variable_size(base) || out.weakref)
                return raise(exc::TypeError,
                             "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0"),
                       false;
            out.weakref = true;
        } else {
            std::string mangled = mangle_slot(class_name->view(), name);
            if (dict_get(ns, mangled)) {
                Ref<> text = str_from(mangled);
                std::string shown;
                if (!repr_text(text.get(), shown)) return false;
                return raisef(exc::ValueError, "{} in __slots__ conflicts with class variable", shown), false;
            }
            out.names.push_back(std::move(mangled));
        }
    }
    if (error_pending()) return false;
    std::sort(out.names.begin(), out.names.end());
    return true;
}

// Chooses the base whose layout the new class extends (CPython's best_base):
// the solid bases must lie on one inheritance chain.
Type* best_base(Tuple* bases) {
    Type* winner = nullptr;  // most derived solid base so far
    Type* chosen = nullptr;
    for (Object* b : *bases) {
        Type* base = cast<Type>(b);
        Type* solid = solid_base(base);
        if (!winner || type_is_subtype(solid, winner)) {
            if (solid != winner || !chosen) chosen = base;
            winner = solid;
        } else if (!type_is_subtype(winner, solid)) {
            raise(exc::TypeError, "multiple bases have instance lay-out conflict");
            return nullptr;
        }
    }
    return chosen;
}

// C3 linearization: merge the bases' MROs and the list of bases, each step
// taking the first head that appears in no other sequence's tail.
Ref<Tuple> compute_mro(Type* type, Tuple* bases) {
    std::vector<std::vector<Object*>> seqs;
    for (Object* b : *bases) {
        Tuple* mro = cast<Type>(b)->mro;
        seqs.emplace_back(mro->begin(), mro->end());
    }
    seqs.emplace_back(bases->begin(), bases->end());

    std::vector<Object*> result{type};
    for (;;) {
        seqs.erase(std::remove_if(seqs.begin(), seqs.end(), [](auto& s) { return s.empty(); }), seqs.end());
        if (seqs.empty()) break;
        Object* candidate = nullptr;
        for (auto& seq : seqs) {
            Object* head = seq.front();
            bool in_tail = std::any_of(seqs.begin(), seqs.end(), [&](auto& other) {
                return std::find(other.begin() + 1, other.end(), head) != other.end();
            });
            if (!in_tail) {
                candidate = head;
                break;
            }
        }
        if (!candidate) {
            std::string names;
            std::vector<Object*> seen;
            for (auto& seq : seqs) {
                if (std::find(seen.begin(), seen.end(), seq.front()) != seen.end()) continue;
                seen.push_back(seq.front());
                if (!names.empty()) names += ", ";
                names += cast<Type>(seq.front())->name_view();
            }
            raisef(exc::TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases {}", names);
            return nullptr;
        }
        result.push_back(candidate);
        for (auto& seq : seqs)
            if (seq.front() == candidate) seq.erase(seq.begin());
    }
    return tuple_from_array(result.data(), static_cast<std::int64_t>(result.size()));
}

bool check_bases(Tuple* bases) {
    for (std::int64_t i = 0; i < bases->length(); ++i) {
        Object* b = (*bases)[i];
        if (!is_type(b)) {
            raise(exc::TypeError, "bases must be types");
            return false;
        }
        Type* base = cast<Type>(b);
        if (!base->has_flag(type_flags::kBaseType)) {
            raisef(exc::TypeError, "type '{}' is not an acceptable base type", base->name_view());
            return false;
        }
        for (std::int64_t j = 0; j < i; ++j) {
            if ((*bases)[j] == b) {
                raisef(exc::TypeError, "duplicate base class {}", base->name_view());
                return false;
            }
        }
    }
    return true;
}

// Implicit conversions CPython applies to a class namespace: __new__ is a
// staticmethod, __init_subclass__ and __class_getitem__ are classmethods, and
// defining __eq__ without __hash__ makes instances unhashable.
bool adjust_namespace(Dict* dict) {
    if (Object* f = dict_get(dict, "__new__"); f && f->type == &FunctionType) {
        Ref<> wrapped = call(&StaticMethodType, {f});
        if (!wrapped || dict_set(dict, "__new__", wrapped.get()) < 0) return false;
    }
    for (const char* name : {"__init_subclass__", "__class_getitem__"}) {
        if (Object* f = dict_get(dict, name); f && f->type == &FunctionType) {
            Ref<> wrapped = call(&ClassMethodType, {f});
            if (!wrapped || dict_set(dict, name, wrapped.get()) < 0) return false;
        }
    }
    if (dict_get(dict, "__eq__") && !dict_get(dict, "__hash__")) {
        if (dict_set(dict, "__hash__", None) < 0) return false;
    }
    if (!dict_get(dict, "__doc__") && dict_set(dict, "__doc__", None) < 0) return false;
    return true;
}

// object.__set_name__ protocol: each attribute with __set_name__ learns its
// owner and name. A failure becomes the cause of a RuntimeError naming the
// attribute, as CPython 3.11's type_new_set_names reports it.
bool call_set_name(Type* type) {
    Ref<Dict> snapshot = dict_copy(type->dict);
    Object* key;
    Object* value;
    for (std::int64_t pos = 0; dict_next(snapshot.get(), pos, &key, &value);) {
        Object* set_name = type_lookup(value->type, "__set_name__");
        if (!set_name) continue;
        if (call_method(value, "__set_name__", {type, key})) continue;
        Ref<> cause = take_error();
        std::string key_text;
        if (!repr_text(key, key_text)) return false;
        Ref<> error = exception_with_message(
            exc::RuntimeError, fmt::format("Error calling __set_name__ on '{}' instance {} in '{}'",
                                           value->type->name_view(), key_text, type->name_view()));
        if (!error) return false;
        auto* e = cast<ExceptionObject>(error.get());
        set_slot(e->cause, cause.get());
        set_slot(e->context, cause.get());
        e->suppress_context = true;
        set_error(std::move(error));
        return false;
    }
    return true;
}

// super(type, type).__init_subclass__(**kwargs): the parent's hook learns
// about the child, with the class statement's keywords (`class C(B, k=1)`).
bool call_init_subclass(Type* type, Dict* kwargs) {
    Tuple* mro = type->mro;
    for (std::int64_t i = 1; i < mro->length(); ++i) {
        Type* t = cast<Type>((*mro)[i]);
        Object* hook = dict_get(t->dict, "__init_subclass__");
        if (!hook) continue;
        if (hook->type != &ClassMethodType) {
            // object's own hook does nothing and accepts no keywords.
            if (kwargs && kwargs->used)
                return raisef(exc::TypeError, "{}.__init_subclass__() takes no keyword arguments", type->qualname_view()),
                       false;
            return true;
        }
        std::vector<Object*> argv{type};
        Ref<Tuple> kwnames = kwargs && kwargs->used ? tuple_alloc(kwargs->used) : nullptr;
        Object* key;
        Object* value;
        std::int64_t n = 0;
        for (std::int64_t pos = 0; kwnames && dict_next(kwargs, pos, &key, &value); ++n) {
            tuple_init_item(kwnames.get(), n, share(key));
            argv.push_back(value);
        }
        return static_cast<bool>(call(cast<ClassMethod>(hook)->callable, Args{argv.data(), 1, kwnames.get()}));
    }
    return true;
}

}  // namespace

CurrentGlobalsFn current_globals_hook = nullptr;

Ref<> type_new_class(Type* metatype, Str* name, Tuple* given_bases, Dict* ns, Dict* kwargs) {
    Ref<Tuple> bases = given_bases->length() ? share(given_bases) : tuple_from({&ObjectType});
    if (!check_bases(bases.get())) return nullptr;
    Type* base = best_base(bases.get());
    if (!base) return nullptr;

    Object* slots_value = dict_get(ns, "__slots__");
    Slots slots;
    if (slots_value && !parse_slots(slots_value, name, base, ns, slots)) return nullptr;

    Ref<Type> type = new_object<HeapType>(metatype);
    type->name = share(name).release();
    (void)name->view();  // CPython's type_new makes the name's UTF-8 form for tp_name (sys.getsizeof counts it)
    // Without __slots__ instances get a weak reference list when the base
    // has none and leaves room for one (no variable-size items); with
    // __slots__ only when "__weakref__" is listed (CPython's may_add_weak).
    bool adds_weaklist = !type_supports_weakrefs(base) && !is_variable_size(base) && (!slots_value || slots.weakref);
    type->flags = type_flags::kHeapType | type_flags::kBaseType | type_flags::kHasGC |
                  (base->flags & (type_flags::kSubclassFlags | type_flags::kManagedDict));
    type->base = share(base).release();
    type->bases = bases.release();
    type->dict = dict_copy(ns).release();
    // Tracked from here on, as CPython's type allocation tracks it: the
    // descriptors made below hold their owner, so a class that fails later
    // (an inconsistent MRO) is a cycle only the collector can free.
    gc_track(type.get());
    // A class statement's namespace names its module; type(name, bases, ns)
    // takes the calling code's (CPython's type_new_set_module).
    if (!dict_get(type->dict, "__module__") && current_globals_hook) {
        if (Dict* globals = current_globals_hook()) {
            if (Object* module = dict_get(globals, "__name__"); module && dict_set(type->dict, "__module__", module) < 0)
                return nullptr;
        }
    }

    // Layout: the base's, then one field per __slots__ name, then the weak
    // reference list, then an instance dict if the base has none and
    // __slots__ does not forbid it (CPython's type_new_descriptors, where
    // the dict is the managed one before the object, so __weakref__ sits
    // where it sits in CPython); for a variable-size base, the dict goes
    // after the items (instance.hpp). A metaclass adds no dict: its
    // instances are classes, with a namespace.
    type->basic_size = base->basic_size;
    type->item_size = base->item_size;
    type->dict_offset = base->dict_offset;
    type->weaklist_offset = base->weaklist_offset;
    for (const std::string& slot : slots.names) {
        Ref<> descr = member_descriptor_new(intern(slot), type.get(), type->basic_size);
        if (!descr || dict_set(type->dict, slot, descr.get()) < 0) return nullptr;
        type->basic_size += sizeof(Object*);
    }
    if (adds_weaklist) {
        type->weaklist_offset = type->basic_size;
        type->basic_size += sizeof(WeakRef*);
    }
    bool wants_dict = !slots_value || slots.dict;
    if (!type->dict_offset && wants_dict && !type_is_subtype(base, &TypeType)) {
        if (!is_variable_size(base)) {
            type->flags |= type_flags::kManagedDict;
            type->dict_offset = kManagedDictOffset;
        } else {
            type->dict_offset = type->item_size ? -static_cast<std::ptrdiff_t>(sizeof(Dict*))
                                                : static_cast<std::ptrdiff_t>(type->basic_size);
            type->basic_size += sizeof(Dict*);
        }
        if (!dict_get(type->dict, "__dict__") &&
            dict_set(type->dict, "__dict__", getset_descriptor_new(&kInstanceDictGetSet, type.get()).get()) < 0)
            return nullptr;
    }
    // Every class whose instances have a managed dict gets keys of its own
    // for them to share (CPython's ht_cached_keys).
    if (type->has_flag(type_flags::kManagedDict) && !(type->cached_keys = dict_new_shared_keys())) return nullptr;
    // A class that adds weak reference support lists `__weakref__` (after
    // `__dict__`, as CPython's type_new_descriptors).
    if (adds_weaklist && !dict_get(type->dict, "__weakref__") &&
        dict_set(type->dict, "__weakref__", getset_descriptor_new(&kInstanceWeakrefGetSet, type.get()).get()) < 0)
        return nullptr;

    if (Object* qualname = dict_get(type->dict, "__qualname__")) {
        if (!is_str(qualname))
            return raisef(exc::TypeError, "type __qualname__ must be a str, not {}", type_name(qualname));
        type->qualname = share(cast<Str>(qualname)).release();
        if (dict_del(type->dict, intern("__qualname__")) < 0) return nullptr;
    } else {
        type->qualname = share(name).release();
    }
    if (Object* module = dict_get(type->dict, "__module__"); module && is_str(module))
        type->module = share(cast<Str>(module)).release();
    if (!adjust_namespace(type->dict)) return nullptr;

    Ref<Tuple> mro = compute_mro(type.get(), type->bases);
    if (!mro) return nullptr;
    type->mro = mro.release();

    type->destroy = subtype_destroy;
    type->traverse = subtype_traverse;
    type->clear = subtype_clear;
    inherit_slots(*type, *base);
    fix_heap_type_slots(*type);
    for (Object* b : *type->bases) {
        Type* bt = cast<Type>(b);
        if (!bt->subclasses) bt->subclasses = new std::vector<Type*>();
        bt->subclasses->push_back(type.get());
    }
    type->flags |= type_flags::kReady;
    type_modified(type.get());

    if (!call_set_name(type.get()) || !call_init_subclass(type.get(), kwargs)) return nullptr;
    return type;
}

}  // namespace minipy
