// weakref.WeakMethod (CPython's Lib/weakref.py): a weak reference to a
// bound method. A bound method is a temporary object, so a plain ref(a.m)
// dies at once; WeakMethod instead refers weakly to the instance (as a ref
// subclass) and to the function (`_func_ref`), and rebuilds the bound
// method when called. It is dead as soon as either one dies.
#include "runtime/modules/internal.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/names.hpp"
#include "runtime/core/weakref.hpp"
#include "runtime/objects/bound_method.hpp"
#include "runtime/objects/builtin_function.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

namespace minipy {

namespace {

Type WeakMethodType;

struct WeakMethod : WeakRef {
    Object* func_ref = nullptr;   // owned: ref(meth.__func__, _cb)
    Object* meth_type = nullptr;  // owned: type(meth)
    bool alive = false;
    WeakRef* weakreflist = nullptr;  // the `__weakref__` slot WeakMethod lists (weakref.hpp)
};

WeakMethod* as_wm(Object* o) { return cast<WeakMethod>(o); }

// _cb(arg): the callback of both weak references. Its `self` is the list
// [ref(the WeakMethod), user callback or None] (weakref.py's closure, whose
// self-weakref avoids a cycle).
Ref<> weak_method_cb(Object* state, const Args&) {
    List* s = cast<List>(state);
    Object* self = weakref_get(cast<WeakRef>(s->items[0]));
    if (self == None || !as_wm(self)->alive) return none();
    Ref<> keep = share(self);
    as_wm(self)->alive = false;
    Object* callback = s->items[1];
    if (callback == None) return none();
    return call(callback, {self});
}
const MethodDef kWeakMethodCb{"_cb", weak_method_cb};

// WeakMethod(meth, callback=None)
Ref<> weak_method_new(Type* type, const Args& args) {
    Object* a[2];
    if (!bind_python_args("WeakMethod.__new__", args, {"meth", "callback"}, 1, true, a)) return nullptr;
    Object* meth = a[0];
    Ref<> obj = getattr_optional(meth, intern("__self__"));
    Ref<> func = obj ? getattr_optional(meth, intern("__func__")) : nullptr;
    if (!func) {
        if (error_pending()) return nullptr;
        std::string type_text;
        if (!repr_text(meth->type, type_text)) return nullptr;
        return raisef(exc::TypeError, "argument should be a bound method, not {}", type_text);
    }
    Ref<List> state = list_new();
    if (!list_append(state.get(), None) || !list_append(state.get(), a[1] ? a[1] : None)) return nullptr;
    Ref<> cb = builtin_function_new(&kWeakMethodCb, state.get());
    Ref<> self = weakref_new(type, obj.get(), cb.get());
    if (!self) return nullptr;
    Ref<> func_ref = weakref_new(&WeakRefType, func.get(), cb.get());
    if (!func_ref) return nullptr;
    WeakMethod* wm = as_wm(self.get());
    steal_into(wm->func_ref, std::move(func_ref));
    set_slot(wm->meth_type, static_cast<Object*>(meth->type));
    wm->alive = true;
    Ref<> self_wr = weakref_new(&WeakRefType, self.get(), nullptr);
    if (!self_wr) return nullptr;
    set_slot(state->items[0], self_wr.get());
    return self;
}

int weak_method_init(Object*, const Args&) { return 0; }

// The fields weakref.py's WeakMethod keeps in __slots__ (_func_ref,
// _meth_type: the order, sorted by name, in which CPython releases them),
// then what the weak reference holds.
void weak_method_clear(Object* o) {
    clear_slot(as_wm(o)->func_ref);
    clear_slot(as_wm(o)->meth_type);
    WeakRefType.clear(o);
}

void weak_method_destroy(Object* o) {
    weak_method_clear(o);
    delete_object(as_wm(o));
}

void weak_method_traverse(Object* o, VisitFn visit, void* arg) {
    visit_field(as_wm(o)->func_ref, visit, arg);
    visit_field(as_wm(o)->meth_type, visit, arg);
    WeakRefType.traverse(o, visit, arg);
}

// The bound method again, or None once the instance or the function died.
Ref<> weak_method_call(Object* self, const Args& args) {
    if (!bind_python_args("WeakMethod.__call__", args, {}, 0, true, nullptr)) return nullptr;
    WeakMethod* wm = as_wm(self);
    Object* obj = wm->referent;
    Object* func = wm->func_ref ? cast<WeakRef>(wm->func_ref)->referent : nullptr;
    if (!obj || !func) return none();
    if (wm->meth_type == &BoundMethodType) return bound_method_new(func, obj);
    return call(wm->meth_type, {func, obj});
}

// Equal when both are alive and refer to equal instances and functions;
// a dead WeakMethod equals only itself.
Ref<> weak_method_compare(Object* a, Object* b, CompareOp op) {
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || !is_instance_of(b, &WeakMethodType)) return not_implemented();
    bool equal;
    if (!as_wm(a)->alive || !as_wm(b)->alive) {
        equal = a == b;
    } else {
        Ref<> same_obj = WeakRefType.compare(a, b, CompareOp::Eq);
        if (!same_obj) return nullptr;
        int truth = is_true(same_obj.get());
        if (truth < 0) return nullptr;
        equal = truth != 0;
        if (equal) {
            int same_func = equals(as_wm(a)->func_ref, as_wm(b)->func_ref);
            if (same_func < 0) return nullptr;
            equal = same_func != 0;
        }
    }
    return bool_from(op == CompareOp::Eq ? equal : !equal);
}

}  // namespace

void weak_method_type_init() {
    type_init_builtin(WeakMethodType, "WeakMethod", &WeakRefType, sizeof(WeakMethod),
                      type_flags::kHasGC | type_flags::kBaseType);
    WeakMethodType.weaklist_offset = offsetof(WeakMethod, weakreflist);
    WeakMethodType.new_instance = weak_method_new;
    WeakMethodType.init = weak_method_init;
    WeakMethodType.destroy = weak_method_destroy;
    WeakMethodType.traverse = weak_method_traverse;
    WeakMethodType.clear = weak_method_clear;
    WeakMethodType.call = weak_method_call;
    WeakMethodType.compare = weak_method_compare;
    WeakMethodType.hash = WeakRefType.hash;  // __hash__ = ref.__hash__
    type_set_module(WeakMethodType, "weakref");
    type_ready(WeakMethodType);
}

Type* weak_method_type() { return &WeakMethodType; }

}  // namespace minipy
