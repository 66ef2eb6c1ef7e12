// weakref.finalize (CPython's Lib/weakref.py): a callable that calls
// func(*args, **kwargs) once — when the object dies, when it is called, or
// at interpreter exit — and never again.
//
// As in weakref.py, a live finalizer is kept alive by a registry (its
// `_registry` dict), not by the object it watches: the object holds no
// reference to it, and the weak reference to the object has the finalizer
// as its callback. Calling or detaching a finalizer takes it out of the
// registry, after which it is dead.
#include "runtime/modules/internal.hpp"
#include "runtime/modules/modules.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/core/weakref.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace minipy {

namespace {

Type FinalizeType;

struct Finalize : Object {
    Object* ref = nullptr;       // owned: ref(obj, self)
    Object* func = nullptr;      // owned
    Tuple* args = nullptr;       // owned
    Dict* kwargs = nullptr;      // owned, or null for none
    std::int64_t index = 0;      // creation order, for the exit order
    bool atexit = true;
};

Finalize* as_fin(Object* o) { return cast<Finalize>(o); }

// finalize._registry: the live finalizers (owned references), oldest first.
std::vector<Object*>& registry() {
    static auto* live = new std::vector<Object*>();
    return *live;
}
std::int64_t next_index = 0;
bool registry_dirty = false;  // finalize._dirty: a finalizer was added
bool shutdown = false;        // finalize._shutdown: exit handling is over

bool is_alive(Object* f) {
    auto& live = registry();
    return std::find(live.begin(), live.end(), f) != live.end();
}

// Takes `f` out of the registry (the registry's reference goes back to
// the caller). False when it was not there.
bool unregister(Object* f, Ref<>& taken) {
    auto& live = registry();
    auto it = std::find(live.begin(), live.end(), f);
    if (it == live.end()) return false;
    taken = adopt(*it);
    live.erase(it);
    return true;
}

// The object, while both the finalizer and the object are alive.
Object* watched(Object* f) {
    Finalize* fin = as_fin(f);
    if (!is_alive(f) || !fin->ref) return nullptr;
    return cast<WeakRef>(fin->ref)->referent;
}

// func(*args, **kwargs)
Ref<> call_with(Object* func, Tuple* args, Dict* kwargs) {
    std::vector<Object*> values(args->begin(), args->end());
    Ref<Tuple> names;
    if (kwargs && kwargs->used) {
        std::vector<Object*> keys;
        Object* key;
        Object* value;
        for (std::int64_t pos = 0; dict_next(kwargs, pos, &key, &value);) {
            keys.push_back(key);
            values.push_back(value);
        }
        names = tuple_from_array(keys.data(), static_cast<std::int64_t>(keys.size()));
    }
    return call(func, Args{values.data(), static_cast<std::size_t>(args->size), names.get()});
}

// (obj, func, args, kwargs or {})
Ref<> info_tuple(Finalize* fin, Object* obj) {
    Ref<Dict> kwargs = fin->kwargs ? dict_copy(fin->kwargs) : dict_new();
    return tuple_from({obj, fin->func, fin->args, kwargs.get()});
}

// ---------------------------------------------------------------- slots

// args, func, kwargs, ref: weakref.py keeps them in the __slots__ of
// finalize._Info, which CPython releases in the sorted order of their names.
void finalize_clear(Object* o) {
    Finalize* fin = as_fin(o);
    clear_slot(fin->args);
    clear_slot(fin->func);
    clear_slot(fin->kwargs);
    clear_slot(fin->ref);
}

void finalize_destroy(Object* o) {
    finalize_clear(o);
    delete_object(as_fin(o));
}

void finalize_traverse(Object* o, VisitFn visit, void* arg) {
    Finalize* fin = as_fin(o);
    visit_field(fin->ref, visit, arg);
    visit_field(fin->func, visit, arg);
    visit_field(fin->args, visit, arg);
    visit_field(fin->kwargs, visit, arg);
}

Ref<> finalize_new(Type* type, const Args&) {
    auto fin = new_object<Finalize>(type);
    gc_track(fin.get());
    return fin;
}

// __init__(self, obj, func, /, *args, **kwargs)
int finalize_init(Object* self, const Args& args) {
    if (args.size() < 2) {
        if (args.size() == 1)
            raise(exc::TypeError, "finalize.__init__() missing 1 required positional argument: 'func'");
        else
            raise(exc::TypeError, "finalize.__init__() missing 2 required positional arguments: 'obj' and 'func'");
        return -1;
    }
    Finalize* fin = as_fin(self);
    Ref<> ref = weakref_new(&WeakRefType, args[0], self);
    if (!ref) return -1;
    steal_into(fin->ref, std::move(ref));
    set_slot(fin->func, args[1]);
    steal_into(fin->args, tuple_from_array(args.values + 2, static_cast<std::int64_t>(args.size() - 2)));
    if (args.kw_count()) {
        Ref<Dict> kwargs = dict_new();
        for (std::size_t i = 0; i < args.kw_count(); ++i)
            if (dict_set(kwargs.get(), args.kw_name(i), args.kw_value(i)) < 0) return -1;
        steal_into(fin->kwargs, std::move(kwargs));
    }
    fin->atexit = true;
    fin->index = next_index++;
    if (!is_alive(self)) registry().push_back(share(self).release());
    registry_dirty = true;
    return 0;
}

// __call__(self, _=None): if alive, mark dead and return func(*args, **kwargs).
Ref<> finalize_call(Object* self, const Args& args) {
    Object* ignored[1];
    if (!bind_python_args("finalize.__call__", args, {"_"}, 0, true, ignored)) return nullptr;
    Ref<> keep;
    if (!unregister(self, keep)) return none();
    Finalize* fin = as_fin(self);
    // The info goes with the registry entry, as weakref.py's _Info does, and
    // is released once the call returns, in finalize_clear's order.
    Ref<> ref = adopt(fin->ref);
    Ref<> func = adopt(fin->func);
    Ref<Tuple> call_args = adopt(fin->args);
    Ref<Dict> kwargs = adopt(fin->kwargs);
    fin->ref = fin->func = nullptr;
    fin->args = nullptr;
    fin->kwargs = nullptr;
    Ref<> result = shutdown || !func ? none() : call_with(func.get(), call_args.get(), kwargs.get());
    call_args.reset();
    func.reset();
    kwargs.reset();
    ref.reset();
    return result;
}

// <finalize object at 0x…; for 'Foo' at 0x…>, <finalize object at 0x…; dead>
Ref<> finalize_repr(Object* self) {
    auto address = [](const Object* o) { return reinterpret_cast<std::uintptr_t>(o); };
    Object* obj = watched(self);
    if (!obj)
        return str_from(fmt::format("<{} object at {:#x}; dead>", self->type->name->view(), address(self)));
    return str_from(fmt::format("<{} object at {:#x}; for '{}' at {:#x}>", self->type->name->view(), address(self),
                                obj->type->name->view(), address(obj)));
}

// ------------------------------------------------------------ methods

Ref<> finalize_detach(Object* self, const Args& args) {
    if (!bind_python_args("finalize.detach", args, {}, 0, true, nullptr)) return nullptr;
    Object* obj = watched(self);
    if (!obj) return none();
    Ref<> keep_obj = share(obj);
    Ref<> info = info_tuple(as_fin(self), obj);
    Ref<> keep;
    unregister(self, keep);
    finalize_clear(self);
    return info;
}

Ref<> finalize_peek(Object* self, const Args& args) {
    if (!bind_python_args("finalize.peek", args, {}, 0, true, nullptr)) return nullptr;
    Object* obj = watched(self);
    if (!obj) return none();
    return info_tuple(as_fin(self), obj);
}

Ref<> finalize_get_alive(Object* self) { return bool_from(is_alive(self)); }

Ref<> finalize_get_atexit(Object* self) { return bool_from(is_alive(self) && as_fin(self)->atexit); }

int finalize_set_atexit(Object* self, Object* value) {
    if (!value) {
        raise(exc::AttributeError, "can't delete attribute");
        return -1;
    }
    int truth = is_true(value);
    if (truth < 0) return -1;
    if (is_alive(self)) as_fin(self)->atexit = truth != 0;
    return 0;
}

// The live finalizers marked for exit, oldest first (_select_for_exit).
std::vector<Ref<>> select_for_exit() {
    std::vector<Ref<>> selected;
    for (Object* f : registry())
        if (as_fin(f)->atexit) selected.push_back(share(f));
    std::sort(selected.begin(), selected.end(),
              [](const Ref<>& a, const Ref<>& b) { return as_fin(a.get())->index < as_fin(b.get())->index; });
    return selected;
}

}  // namespace

// finalize._exitfunc: newest first, with the collector off meanwhile.
void run_atexit_finalizers() {
    if (!registry().empty()) {
        const bool reenable_gc = gc_is_enabled();
        gc_set_enabled(false);
        std::vector<Ref<>> pending;
        bool selected = false;
        for (;;) {
            if (!selected || registry_dirty) {
                pending = select_for_exit();
                registry_dirty = false;
                selected = true;
            }
            if (pending.empty()) break;
            Ref<> f = std::move(pending.back());
            pending.pop_back();
            if (!finalize_call(f.get(), Args{})) write_unraisable(f.get());
        }
        if (reenable_gc) gc_set_enabled(true);
    }
    shutdown = true;
}

void finalize_type_init() {
    type_init_builtin(FinalizeType, "finalize", &ObjectType, sizeof(Finalize),
                      type_flags::kHasGC | type_flags::kBaseType);
    FinalizeType.destroy = finalize_destroy;
    FinalizeType.traverse = finalize_traverse;
    FinalizeType.clear = finalize_clear;
    FinalizeType.new_instance = finalize_new;
    FinalizeType.init = finalize_init;
    FinalizeType.call = finalize_call;
    FinalizeType.repr = finalize_repr;
    FinalizeType.getattr = generic_getattr;
    FinalizeType.setattr = generic_setattr;
    add_getsets(FinalizeType, {
                                  {"alive", finalize_get_alive},
                                  {"atexit", finalize_get_atexit, finalize_set_atexit},
                              });
    add_methods(FinalizeType, {
                                  {"detach", finalize_detach},
                                  {"peek", finalize_peek},
                              });
    type_set_module(FinalizeType, "weakref");
    type_ready(FinalizeType);
}

Type* finalize_type() { return &FinalizeType; }

}  // namespace minipy
