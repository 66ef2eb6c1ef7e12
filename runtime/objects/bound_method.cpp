// method: calling, comparing, hashing and the attributes of bound methods
// (CPython's Objects/classobject.c).
#include "runtime/objects/bound_method.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/core/names.hpp"
#include "runtime/modules/modules.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace minipy {

Type BoundMethodType;

static Ref<> bound_method_call(Object* callable, const Args& args);

Ref<> bound_method_new(Object* function, Object* self) {
    auto m = new_object<BoundMethod>(&BoundMethodType);
    m->vectorcall = bound_method_call;
    set_slot(m->function, function);
    set_slot(m->self, self);
    gc_track(m.get());
    return m;
}

static void bound_method_clear(Object* o) {
    auto* m = cast<BoundMethod>(o);
    clear_slot(m->function);
    clear_slot(m->self);
}

static void bound_method_destroy(Object* o) {
    bound_method_clear(o);
    delete_object(cast<BoundMethod>(o));
}

static void bound_method_traverse(Object* o, VisitFn visit, void* arg) {
    auto* m = cast<BoundMethod>(o);
    visit_field(m->function, visit, arg);
    visit_field(m->self, visit, arg);
}

// obj.method(a, b) is method(obj, a, b).
static Ref<> bound_method_call(Object* callable, const Args& args) {
    auto* m = cast<BoundMethod>(callable);
    const std::size_t total = args.count + args.kw_count();
    Object* small[8];
    std::vector<Object*> large;
    Object** argv = small;
    if (total + 1 > 8) {
        large.resize(total + 1);
        argv = large.data();
    }
    argv[0] = m->self;
    std::copy(args.values, args.values + total, argv + 1);
    return call(m->function, Args{argv, args.count + 1, args.kwnames});
}

// <bound method Foo.bar of <__main__.Foo object at 0x…>>
static Ref<> bound_method_repr(Object* o) {
    auto* m = cast<BoundMethod>(o);
    Ref<> name = getattr_optional(m->function, names::qualname);
    if (!name && error_pending()) return nullptr;
    if (!name) name = getattr_optional(m->function, names::name);
    std::string self_text, name_text = "?";
    if (name && !str_text(name.get(), name_text)) return nullptr;
    if (!repr_text(m->self, self_text)) return nullptr;
    return str_from(fmt::format("<bound method {} of {}>", name_text, self_text));
}

// Two bound methods are equal when they bind the same object to equal functions.
static Ref<> bound_method_compare(Object* a, Object* b, CompareOp op) {
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || b->type != &BoundMethodType) return not_implemented();
    auto* x = cast<BoundMethod>(a);
    auto* y = cast<BoundMethod>(b);
    bool equal = x->self == y->self;
    if (equal) {
        int r = equals(x->function, y->function);
        if (r < 0) return nullptr;
        equal = r != 0;
    }
    return bool_from(op == CompareOp::Eq ? equal : !equal);
}

static std::int64_t bound_method_hash(Object* o) {
    auto* m = cast<BoundMethod>(o);
    std::int64_t h = hash(m->function);
    if (h == -1) return -1;
    auto self_bits = reinterpret_cast<std::uint64_t>(m->self);
    std::int64_t r = h ^ static_cast<std::int64_t>((self_bits >> 4) | (self_bits << 60));
    return r == -1 ? -2 : r;
}

// Attributes the method does not have itself come from the function
// (`m.__name__`, `m.__doc__`).
static Ref<> bound_method_getattr(Object* o, Str* name) {
    if (Ref<> own = generic_getattr_optional(o, name)) return own;
    if (error_pending()) return nullptr;
    return getattr(cast<BoundMethod>(o)->function, name);
}

// method(function, instance, /): what `types.MethodType(f, obj)` calls.
static Ref<> bound_method_new_slot(Type*, const Args& args) {
    if (!check_no_keywords("method", args) || !check_arg_range("method", args, 2, 2)) return nullptr;
    if (!is_callable(args[0])) return raise(exc::TypeError, "first argument must be callable");
    if (args[1] == None) return raise(exc::TypeError, "instance must not be None");
    return bound_method_new(args[0], args[1]);
}

// method.__reduce__(): (getattr, (instance, name)), so copying a bound
// method looks it up again on its instance.
static Ref<> bound_method_reduce(Object* self, const Args& args) {
    if (!check_no_args("method.__reduce__", args)) return nullptr;
    auto* m = cast<BoundMethod>(self);
    Ref<> name = getattr(m->function, names::name);
    if (!name) return nullptr;
    Ref<> builtins = import_module_named("builtins");
    if (!builtins) return nullptr;
    Ref<> getattr_fn = getattr(builtins.get(), "getattr");
    if (!getattr_fn) return nullptr;
    Ref<> call_args = tuple_from({m->self, name.get()});
    return tuple_from({getattr_fn.get(), call_args.get()});
}

static Ref<> bound_method_func(Object* o) { return share(cast<BoundMethod>(o)->function); }
static Ref<> bound_method_self(Object* o) { return share(cast<BoundMethod>(o)->self); }

// ------------------------------------------------------------------- init

void bound_method_type_init() {
    type_init_builtin(BoundMethodType, "method", &ObjectType, sizeof(BoundMethod),
                      type_flags::kHasGC);
    BoundMethodType.weaklist_offset = offsetof(BoundMethod, weakreflist);
    BoundMethodType.destroy = bound_method_destroy;
    BoundMethodType.traverse = bound_method_traverse;
    BoundMethodType.clear = bound_method_clear;
    BoundMethodType.new_instance = bound_method_new_slot;
    BoundMethodType.call = bound_method_call;
    BoundMethodType.vectorcall_offset = offsetof(BoundMethod, vectorcall);
    BoundMethodType.repr = bound_method_repr;
    BoundMethodType.compare = bound_method_compare;
    BoundMethodType.hash = bound_method_hash;
    BoundMethodType.getattr = bound_method_getattr;
    add_getsets(BoundMethodType, {{"__func__", bound_method_func}, {"__self__", bound_method_self}});
    add_methods(BoundMethodType, {{"__reduce__", bound_method_reduce}});
    type_ready(BoundMethodType);
}

}  // namespace minipy
