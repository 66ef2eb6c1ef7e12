// object.__reduce_ex__, object.__reduce__ and object.__getstate__: how a
// plain instance describes itself to copy and pickle (CPython 3.11's
// reduce_newobj, _common_reduce and object_getstate in Objects/typeobject.c).
//
// Protocol 2 and above answer with the five-tuple
//   (copyreg.__newobj__, (cls, *newargs), state, listitems, dictitems)
// (copyreg.__newobj_ex__ and (cls, args, kwargs) when __getnewargs_ex__ gives
// keywords); lower protocols hand the object to copyreg._reduce_ex, which is
// Python code in lib/copyreg.py. The state is the instance dict (None when
// empty), paired with a dict of the __slots__ values when any are set.
#include "runtime/objects/object_type.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/modules/modules.hpp"
#include "runtime/objects/builtin_function.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <cstdint>

namespace minipy {

namespace {

Ref<> import_copyreg() { return import_module_named("copyreg"); }

// obj.name, or null without an exception when that raises AttributeError
// (CPython's _PyObject_LookupAttr: a descriptor's AttributeError, such as
// an unset slot's, counts as missing too).
Ref<> lookup_attr(Object* obj, Str* name) {
    Ref<> value = getattr_optional(obj, name);
    if (!value && error_matches(exc::AttributeError)) clear_error();
    return value;
}

// A special method looked up on the type and bound to `obj` (CPython's
// _PyObject_LookupSpecial); null without an exception when the type lacks it.
Ref<> lookup_special(Object* obj, std::string_view name) {
    Object* descr = type_lookup(obj->type, name);
    if (!descr) return nullptr;
    if (descr->type->descr_get) return descr->type->descr_get(descr, obj, obj->type);
    return share(descr);
}

// The names of the __slots__ values an instance of `cls` may hold, as
// copyreg._slotnames computes (and caches as cls.__slotnames__); a list or None.
Ref<> slot_names(Type* cls) {
    if (Object* cached = dict_get(cls->dict, "__slotnames__")) {
        if (cached != None && !is_list(cached))
            return raisef(exc::TypeError, "{}.__slotnames__ should be a list or None, not {}", cls->name_view(),
                          type_name(cached));
        return share(cached);
    }
    Ref<> copyreg = import_copyreg();
    if (!copyreg) return nullptr;
    Ref<> names = call_method(copyreg.get(), "_slotnames", {cls});
    if (names && names.get() != None && !is_list(names.get()))
        return raise(exc::TypeError, "copyreg._slotnames didn't return a list or None");
    return names;
}

// Does the instance carry C++ fields beyond the object header, its dict and
// its __slots__? Then the dict and slots are not the whole state (CPython
// compares tp_basicsize with what those account for).
bool has_hidden_fields(Type* type) { return solid_base_of(type) != &ObjectType; }

// object.__getstate__'s answer. `required`: the object cannot be rebuilt
// from __new__ arguments, so a state that would miss C++ fields is an error.
Ref<> default_state(Object* obj, bool required) {
    Type* type = obj->type;
    if (required && type->item_size)
        return raisef(exc::TypeError, "cannot pickle {} objects", type->name_view());
    Ref<> state;
    Dict* d = instance_dict(obj, false);
    if (!d || d->used == 0) {
        state = none();
    } else {
        state = instance_expose_dict(obj);
        if (!state) return nullptr;
    }
    Ref<> names = slot_names(type);
    if (!names) return nullptr;
    if (required && has_hidden_fields(type))
        return raisef(exc::TypeError, "cannot pickle '{}' object", type->name_view());
    if (names.get() == None || cast<List>(names.get())->size == 0) return state;
    Ref<Dict> slots = dict_new();
    auto* list = cast<List>(names.get());
    // __getattr__ may run Python code that changes the list: index it afresh.
    for (std::int64_t i = 0; i < list->size; ++i) {
        Object* name = list->items[i];
        if (!is_str(name)) return raisef(exc::TypeError, "attribute name must be string, not '{}'", type_name(name));
        Ref<> keep_name = share(name);
        Ref<> value = lookup_attr(obj, cast<Str>(name));
        if (!value) {
            if (error_pending()) return nullptr;
            continue;  // an unset slot is not saved
        }
        if (dict_set(slots.get(), name, value.get()) < 0) return nullptr;
    }
    if (slots->used == 0) return state;
    return tuple_from({state.get(), slots.get()});
}

// The state reduce_newobj records: __getstate__()'s result, where object's
// own __getstate__ is told whether the state must be complete.
Ref<> object_state(Object* obj, bool required) {
    Ref<> getstate = getattr(obj, "__getstate__");
    if (!getstate) return nullptr;
    if (getstate->type == &BuiltinFunctionType) {
        auto* f = cast<BuiltinFunction>(getstate.get());
        if (f->self == obj && f->def->fn == object_getstate) return default_state(obj, required);
    }
    return call(getstate.get(), {});
}

// __getnewargs_ex__() or __getnewargs__(), checked: `args` stays null when
// the object has neither, `kwargs` when it has only the latter.
bool new_arguments(Object* obj, Ref<>& args, Ref<>& kwargs) {
    if (Ref<> getnewargs_ex = lookup_special(obj, "__getnewargs_ex__")) {
        Ref<> result = call(getnewargs_ex.get(), {});
        if (!result) return false;
        if (!is_tuple(result.get())) {
            raisef(exc::TypeError, "__getnewargs_ex__ should return a tuple, not '{}'", type_name(result.get()));
            return false;
        }
        auto* pair = cast<Tuple>(result.get());
        if (pair->size != 2) {
            raisef(exc::ValueError, "__getnewargs_ex__ should return a tuple of length 2, not {}", pair->size);
            return false;
        }
        if (!is_tuple(pair->items()[0])) {
            raisef(exc::TypeError, "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{}'",
                   type_name(pair->items()[0]));
            return false;
        }
        if (!is_dict(pair->items()[1])) {
            raisef(exc::TypeError, "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{}'",
                   type_name(pair->items()[1]));
            return false;
        }
        args = share(pair->items()[0]);
        kwargs = share(pair->items()[1]);
        return true;
    } else if (error_pending()) {
        return false;
    }
    if (Ref<> getnewargs = lookup_special(obj, "__getnewargs__")) {
        Ref<> result = call(getnewargs.get(), {});
        if (!result) return false;
        if (!is_tuple(result.get())) {
            raisef(exc::TypeError, "__getnewargs__ should return a tuple, not '{}'", type_name(result.get()));
            return false;
        }
        args = std::move(result);
        return true;
    }
    return !error_pending();
}

// Protocol 2 and above (CPython's reduce_newobj).
Ref<> reduce_newobj(Object* obj) {
    Type* cls = obj->type;
    if (!cls->new_instance) return raisef(exc::TypeError, "cannot pickle '{}' object", cls->name_view());
    Ref<> args, kwargs;
    if (!new_arguments(obj, args, kwargs)) return nullptr;
    Ref<> copyreg = import_copyreg();
    if (!copyreg) return nullptr;
    bool has_args = static_cast<bool>(args);
    Ref<> newobj, newargs;
    if (!kwargs || cast<Dict>(kwargs.get())->used == 0) {
        newobj = getattr(copyreg.get(), "__newobj__");
        if (!newobj) return nullptr;
        std::int64_t n = args ? cast<Tuple>(args.get())->size : 0;
        Ref<Tuple> packed = tuple_alloc(n + 1);
        tuple_init_item(packed.get(), 0, share<Object>(cls));
        for (std::int64_t i = 0; i < n; ++i)
            tuple_init_item(packed.get(), i + 1, share(cast<Tuple>(args.get())->items()[i]));
        newargs = std::move(packed);
    } else {
        newobj = getattr(copyreg.get(), "__newobj_ex__");
        if (!newobj) return nullptr;
        newargs = tuple_from({cls, args.get(), kwargs.get()});
    }
    Ref<> state = object_state(obj, !(has_args || is_list(obj) || is_dict(obj)));
    if (!state) return nullptr;
    Ref<> listitems = none(), dictitems = none();
    if (is_list(obj)) {
        listitems = get_iter(obj);
        if (!listitems) return nullptr;
    }
    if (is_dict(obj)) {
        Ref<> items = call_method(obj, "items", {});
        if (!items) return nullptr;
        dictitems = get_iter(items.get());
        if (!dictitems) return nullptr;
    }
    return tuple_from({newobj.get(), newargs.get(), state.get(), listitems.get(), dictitems.get()});
}

// Protocols 0 and 1 are copyreg's business (CPython's _common_reduce).
Ref<> common_reduce(Object* obj, std::int64_t protocol) {
    if (protocol >= 2) return reduce_newobj(obj);
    Ref<> copyreg = import_copyreg();
    if (!copyreg) return nullptr;
    Ref<> proto = int_from(protocol);
    return call_method(copyreg.get(), "_reduce_ex", {obj, proto.get()});
}

}  // namespace

Ref<> object_get_state(Object* obj) { return object_state(obj, false); }

Ref<> object_getstate(Object* self, const Args& args) {
    if (!check_no_args("object.__getstate__", args)) return nullptr;
    return default_state(self, false);
}

Ref<> object_reduce(Object* self, const Args& args) {
    if (!check_no_args("object.__reduce__", args)) return nullptr;
    return common_reduce(self, 0);
}

// A class that overrides __reduce__ gets it called; otherwise the protocol
// chooses between reduce_newobj and copyreg.
Ref<> object_reduce_ex(Object* self, const Args& args) {
    if (!check_one_arg("object.__reduce_ex__", args)) return nullptr;
    std::int64_t protocol = 0;
    if (!index_to_i64(args[0], protocol)) return nullptr;
    Ref<> reduce = lookup_attr(self, intern("__reduce__"));
    if (reduce) {
        Object* own = type_lookup(self->type, "__reduce__");
        Object* base = dict_get(ObjectType.dict, "__reduce__");
        if (own != base) return call(reduce.get(), {});
    } else if (error_pending()) {
        return nullptr;
    }
    return common_reduce(self, protocol);
}

}  // namespace minipy
