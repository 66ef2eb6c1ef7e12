// Weak references and proxies (CPython's Objects/weakrefobject.c).
#include "runtime/core/weakref.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/core/names.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

#include <vector>

namespace minipy {

Type WeakRefType;
Type WeakProxyType;
Type WeakCallableProxyType;

namespace {

// The referent's list: basic refs (no callback, exact weakref.ref) first,
// then proxies, then refs with callbacks, newest first among those
// (CPython's insertion order).
WeakRef* head_of(Object* referent) { return *weaklist_of(referent); }

void set_head(Object* referent, WeakRef* head) { *weaklist_of(referent) = head; }

bool is_basic(const WeakRef* r) { return !r->callback && r->type == &WeakRefType; }
bool is_proxy(const WeakRef* r) { return r->type == &WeakProxyType || r->type == &WeakCallableProxyType; }

void insert_after(WeakRef* ref, WeakRef* prev, Object* referent) {
    if (!prev) {
        ref->next = head_of(referent);
        if (ref->next) ref->next->prev = ref;
        ref->prev = nullptr;
        set_head(referent, ref);
        return;
    }
    ref->prev = prev;
    ref->next = prev->next;
    if (ref->next) ref->next->prev = ref;
    prev->next = ref;
}

void unlink(WeakRef* ref) {
    Object* referent = ref->referent;
    if (!referent) return;
    if (ref->prev) ref->prev->next = ref->next;
    else set_head(referent, ref->next);
    if (ref->next) ref->next->prev = ref->prev;
    ref->prev = ref->next = nullptr;
    ref->referent = nullptr;
}

WeakRef* as_ref(Object* o) { return cast<WeakRef>(o); }

}  // namespace

// ------------------------------------------------------------ creation

static Ref<> weakref_call(Object* o, const Args& args);

Ref<> weakref_new(Type* type, Object* referent, Object* callback) {
    if (!type_supports_weakrefs(referent->type))
        return raisef(exc::TypeError, "cannot create weak reference to '{}' object", type_name(referent));
    if (callback == None) callback = nullptr;
    // One basic ref (or proxy) per object is shared, as CPython does.
    bool shareable = !callback && (type == &WeakRefType || type == &WeakProxyType || type == &WeakCallableProxyType);
    WeakRef* prev = nullptr;  // insert after the last basic ref / proxy
    for (WeakRef* r = head_of(referent); r; r = r->next) {
        if (shareable && !r->callback && r->type == type) return share<Object>(r);
        if (is_basic(r) || (is_proxy(r) && !r->callback)) prev = r;
    }
    auto ref = new_object<WeakRef>(type);
    if (type == &WeakRefType) ref->vectorcall = weakref_call;
    ref->referent = referent;
    set_slot(ref->callback, callback);
    // Basic refs go first; proxies and refs with callbacks after them.
    insert_after(ref.get(), type == &WeakRefType && !callback ? nullptr : prev, referent);
    gc_track(ref.get());
    return ref;
}

Object* weakref_get(WeakRef* ref) { return ref->referent ? ref->referent : None; }

std::int64_t weakref_count(Object* referent) {
    if (!type_supports_weakrefs(referent->type)) return 0;
    std::int64_t n = 0;
    for (WeakRef* r = head_of(referent); r; r = r->next) ++n;
    return n;
}

Ref<> weakref_list(Object* referent) {
    auto result = list_new();
    if (!type_supports_weakrefs(referent->type)) return result;
    for (WeakRef* r = head_of(referent); r; r = r->next)
        if (!list_append(result.get(), r)) return nullptr;
    return result;
}

void weakrefs_detach(WeakRef* ref) { unlink(ref); }

// The referent is dying: clear every weak reference first, then call the
// callbacks of those still alive, in list order. Errors in callbacks are
// reported as unraisable, and an exception already pending is preserved.
void weakrefs_clear_and_notify(Object* referent) {
    std::vector<Ref<>> to_call;
    while (WeakRef* r = head_of(referent)) {
        unlink(r);
        if (r->callback && r->refcount > 0) to_call.push_back(share<Object>(r));
    }
    if (to_call.empty()) return;
    Ref<> saved = take_error();
    for (Ref<>& r : to_call) {
        WeakRef* wr = as_ref(r.get());
        Ref<> callback = adopt(wr->callback);  // the callback runs once, then is dropped
        wr->callback = nullptr;
        if (!call(callback.get(), {wr})) write_unraisable(callback.get());
    }
    if (saved) set_error(std::move(saved));
}

void weakrefs_clear(Object* referent, Object* with_callbacks) {
    while (WeakRef* r = head_of(referent)) {
        unlink(r);
        // A collection cannot fail: a callback it has no room for is reported as
        // unraisable instead of being called.
        if (r->callback && !gc_has_flag(r, gc_flags::kCollecting) && !list_append(cast<List>(with_callbacks), r))
            write_unraisable(r);
    }
}

// ------------------------------------------------------------ weakref.ref

// CPython's clear_weakref: leaves the referent's list, drops the callback.
static void weakref_clear_slot(Object* o) {
    unlink(as_ref(o));
    clear_slot(as_ref(o)->callback);
}

static void weakref_destroy(Object* o) {
    weakref_clear_slot(o);
    delete_object(as_ref(o));
}

// Only the callback: the referent is not a strong reference.
static void weakref_traverse(Object* o, VisitFn visit, void* arg) { visit_field(as_ref(o)->callback, visit, arg); }

static Ref<> weakref_new_slot(Type* type, const Args& args) {
    if (!check_no_keywords(type->name_view(), args)) return nullptr;
    // "__new__ expected at least 1 argument, got 0" / "… at most 2 arguments, got 3"
    if (!check_arg_range("__new__", args, 1, 2)) return nullptr;
    return weakref_new(type, args[0], args.size() > 1 ? args[1] : nullptr);
}

static int weakref_init(Object*, const Args&) { return 0; }

// Calling a weak reference gives the object, or None once it is dead.
static Ref<> weakref_call(Object* o, const Args& args) {
    if (!check_no_args("weakref", args)) return nullptr;
    return share(weakref_get(as_ref(o)));
}

// The hash of the referent, remembered so it outlives the referent.
static std::int64_t weakref_hash(Object* o) {
    WeakRef* r = as_ref(o);
    if (r->hash != -1) return r->hash;
    if (!r->referent) {
        raise(exc::TypeError, "weak object has gone away");
        return -1;
    }
    r->hash = hash(r->referent);
    return r->hash;
}

// Equal when both referents are alive and equal, or (when either is dead)
// when they are the same weak reference.
static Ref<> weakref_compare(Object* a, Object* b, CompareOp op) {
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || !is_instance_of(b, &WeakRefType)) return not_implemented();
    WeakRef* x = as_ref(a);
    WeakRef* y = as_ref(b);
    if (!x->referent || !y->referent) {
        bool same = a == b;
        return bool_from(op == CompareOp::Eq ? same : !same);
    }
    return compare(x->referent, y->referent, op);
}

// <weakref at 0x…; to 'Foo' at 0x…> / <weakref at 0x…; to 'function' at 0x… (f)> / <weakref at 0x…; dead>
static Ref<> weakref_repr(Object* o) {
    WeakRef* r = as_ref(o);
    if (!r->referent) return str_from(fmt::format("<weakref at {}; dead>", static_cast<const void*>(o)));
    Ref<> keep = share(r->referent);
    Ref<> name = getattr_optional(r->referent, names::name);
    if (!name && error_pending()) return nullptr;
    std::string suffix;
    if (name && is_str(name.get())) suffix = fmt::format(" ({})", cast<Str>(name.get())->view());
    return str_from(fmt::format("<weakref at {}; to '{}' at {}{}>", static_cast<const void*>(o),
                                r->referent->type->name_view(), static_cast<const void*>(r->referent),
                                suffix));
}

static Ref<> weakref_get_callback(Object* o) {
    Object* cb = as_ref(o)->callback;
    return share(cb ? cb : None);
}

// ----------------------------------------------------------- weakref.proxy

// The referent of a proxy, or ReferenceError once it is dead.
static Object* proxy_target(Object* o) {
    Object* target = as_ref(o)->referent;
    if (!target) raise(exc::ReferenceError, "weakly-referenced object no longer exists");
    return target;
}

#define PROXY_TARGET(o, fail)            \
    Object* target = proxy_target(o);    \
    if (!target) return fail;            \
    Ref<> keep_target = share(target)

static Object* unwrap(Object* o) {
    if (o->type == &WeakProxyType || o->type == &WeakCallableProxyType) return proxy_target(o);
    return o;
}

static Ref<> proxy_getattr(Object* o, Str* name) {
    PROXY_TARGET(o, nullptr);
    return getattr(target, name);
}
static int proxy_setattr(Object* o, Str* name, Object* value) {
    PROXY_TARGET(o, -1);
    return setattr(target, name, value);
}
static Ref<> proxy_str(Object* o) {
    PROXY_TARGET(o, nullptr);
    return str(target);
}
// <weakproxy at 0x… to Foo at 0x…>; a dead proxy's referent reads as None
// there (CPython's proxy_repr shows PyWeakref_GET_OBJECT, which is then None).
static Ref<> proxy_repr(Object* o) {
    Object* target = as_ref(o)->referent;
    if (!target) target = None;
    return str_from(fmt::format("<weakproxy at {} to {} at {}>", static_cast<const void*>(o), type_name(target),
                                static_cast<const void*>(target)));
}
static Ref<> proxy_compare(Object* a, Object* b, CompareOp op) {
    Object* x = unwrap(a);
    if (!x) return nullptr;
    Object* y = unwrap(b);
    if (!y) return nullptr;
    return compare(x, y, op);
}
static int proxy_bool(Object* o) {
    PROXY_TARGET(o, -1);
    return is_true(target);
}
static std::int64_t proxy_length(Object* o) {
    PROXY_TARGET(o, -1);
    return length(target);
}
static Ref<> proxy_getitem(Object* o, Object* key) {
    PROXY_TARGET(o, nullptr);
    return getitem(target, key);
}
static int proxy_setitem(Object* o, Object* key, Object* value) {
    PROXY_TARGET(o, -1);
    return value ? setitem(target, key, value) : delitem(target, key);
}
static int proxy_contains(Object* o, Object* item) {
    PROXY_TARGET(o, -1);
    return contains(target, item);
}
static Ref<> proxy_iter(Object* o) {
    PROXY_TARGET(o, nullptr);
    return get_iter(target);
}
static Ref<> proxy_next(Object* o) {
    PROXY_TARGET(o, nullptr);
    return iter_next(target);
}
static Ref<> proxy_call(Object* o, const Args& args) {
    PROXY_TARGET(o, nullptr);
    return call(target, args);
}
template <BinaryOp Op>
static Ref<> proxy_binary(Object* a, Object* b) {
    Object* x = unwrap(a);
    if (!x) return nullptr;
    Object* y = unwrap(b);
    if (!y) return nullptr;
    Ref<> keep_x = share(x), keep_y = share(y);
    return binary_op(x, y, Op);
}
template <UnaryOp Op>
static Ref<> proxy_unary(Object* o) {
    PROXY_TARGET(o, nullptr);
    return unary_op(target, Op);
}
#undef PROXY_TARGET

static std::int64_t proxy_hash(Object* o) {
    raisef(exc::TypeError, "unhashable type: '{}'", type_qualified_name(o->type));
    return -1;
}

static void init_proxy_type(Type& type, const char* name, bool callable) {
    type_init_builtin(type, name, &ObjectType, sizeof(WeakRef), type_flags::kHasGC);
    type.destroy = weakref_destroy;
    type.traverse = weakref_traverse;
    type.clear = weakref_clear_slot;
    type.getattr = proxy_getattr;
    type.setattr = proxy_setattr;
    type.repr = proxy_repr;
    type.str = proxy_str;
    type.hash = proxy_hash;
    type.compare = proxy_compare;
    type.to_bool = proxy_bool;
    type.length = proxy_length;
    type.getitem = proxy_getitem;
    type.setitem = proxy_setitem;
    type.contains = proxy_contains;
    type.iter = proxy_iter;
    type.next = proxy_next;
    if (callable) type.call = proxy_call;
#define X(name, symbol, fwd, rev, inplace) type.binary[static_cast<int>(BinaryOp::name)] = proxy_binary<BinaryOp::name>;
    MINIPY_BINARY_OPS(X)
#undef X
#define X(name, symbol, dunder) type.unary[static_cast<int>(UnaryOp::name)] = proxy_unary<UnaryOp::name>;
    MINIPY_UNARY_OPS(X)
#undef X
    type_ready(type);
}

void weakref_types_init() {
    type_init_builtin(WeakRefType, "weakref.ReferenceType", &ObjectType, sizeof(WeakRef),
                      type_flags::kHasGC | type_flags::kBaseType);
    WeakRefType.destroy = weakref_destroy;
    WeakRefType.traverse = weakref_traverse;
    WeakRefType.clear = weakref_clear_slot;
    WeakRefType.new_instance = weakref_new_slot;
    WeakRefType.init = weakref_init;
    WeakRefType.call = weakref_call;
    WeakRefType.vectorcall_offset = offsetof(WeakRef, vectorcall);
    WeakRefType.hash = weakref_hash;
    WeakRefType.compare = weakref_compare;
    WeakRefType.repr = weakref_repr;
    WeakRefType.getattr = generic_getattr;
    add_getsets(WeakRefType, {{"__callback__", weakref_get_callback}});
    type_ready(WeakRefType);

    init_proxy_type(WeakProxyType, "weakref.ProxyType", false);
    init_proxy_type(WeakCallableProxyType, "weakref.CallableProxyType", true);
}

}  // namespace minipy
