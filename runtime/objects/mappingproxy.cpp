// mappingproxy: a read-only view of a mapping (what `Cls.__dict__` returns).
#include "runtime/objects/mappingproxy.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <string>

namespace minipy {

Type MappingProxyType;

static Object* target(Object* o) { return cast<MappingProxy>(o)->mapping; }

Ref<> mappingproxy_new(Dict* mapping) {
    auto proxy = new_object<MappingProxy>(&MappingProxyType);
    set_slot(proxy->mapping, static_cast<Object*>(mapping));
    gc_track(proxy.get());
    return proxy;
}

// mappingproxy(mapping): what `types.MappingProxyType(d)` calls. Anything
// subscriptable but a list or tuple counts as a mapping, as in CPython.
static Ref<> proxy_new_slot(Type*, const Args& args) {
    static const ArgSpec spec{"mappingproxy", {"mapping"}, 1};
    Object* mapping;
    if (!parse_args(args, spec, &mapping)) return nullptr;
    if (!mapping->type->getitem || is_list(mapping) || is_tuple(mapping))
        return raisef(exc::TypeError, "mappingproxy() argument must be a mapping, not {}", type_name(mapping));
    auto proxy = new_object<MappingProxy>(&MappingProxyType);
    set_slot(proxy->mapping, mapping);
    gc_track(proxy.get());
    return proxy;
}

// No clear, as CPython's mappingproxy: a cycle through one is broken at its
// mapping.
static void proxy_destroy(Object* o) {
    clear_slot(cast<MappingProxy>(o)->mapping);
    delete_object(cast<MappingProxy>(o));
}

static void proxy_traverse(Object* o, VisitFn visit, void* arg) { visit_field(target(o), visit, arg); }

static Ref<> proxy_repr(Object* o) {
    std::string inner;
    if (!repr_text(target(o), inner)) return nullptr;
    return str_from("mappingproxy(" + inner + ")");
}

static std::int64_t proxy_length(Object* o) { return length(target(o)); }
static Ref<> proxy_getitem(Object* o, Object* key) { return getitem(target(o), key); }
static int proxy_contains(Object* o, Object* key) { return contains(target(o), key); }
static Ref<> proxy_iter(Object* o) { return get_iter(target(o)); }
static Ref<> proxy_compare(Object* a, Object* b, CompareOp op) { return compare(target(a), b, op); }

// str() of a proxy is str() of the mapping (CPython's mappingproxy_str), so
// print(Cls.__dict__) shows a plain dict; repr() keeps "mappingproxy(...)".
static Ref<> proxy_str(Object* self) { return str(target(self)); }

static Ref<> forward(Object* self, const char* method, const Args& args) {
    Ref<> bound = getattr(target(self), method);
    if (!bound) return nullptr;
    return call(bound.get(), args);
}
static Ref<> proxy_keys(Object* self, const Args& args) { return forward(self, "keys", args); }
static Ref<> proxy_values(Object* self, const Args& args) { return forward(self, "values", args); }
static Ref<> proxy_items(Object* self, const Args& args) { return forward(self, "items", args); }
static Ref<> proxy_get(Object* self, const Args& args) { return forward(self, "get", args); }
static Ref<> proxy_copy(Object* self, const Args& args) { return forward(self, "copy", args); }

// proxy | other and other | proxy: the proxied mapping's own `|`
// (mappingproxy_or); `|=` is refused, the proxy being read-only.
static Ref<> proxy_or(Object* a, Object* b) {
    Object* left = a->type == &MappingProxyType ? target(a) : a;
    Object* right = b->type == &MappingProxyType ? target(b) : b;
    return binary_op(left, right, BinaryOp::Or);
}

static Ref<> proxy_ior(Object*, Object*) {
    return raise(exc::TypeError, "'|=' is not supported by mappingproxy; use '|' instead");
}

void mappingproxy_type_init() {
    type_init_builtin(MappingProxyType, "mappingproxy", &ObjectType, sizeof(MappingProxy), type_flags::kHasGC);
    MappingProxyType.new_instance = proxy_new_slot;
    MappingProxyType.destroy = proxy_destroy;
    MappingProxyType.traverse = proxy_traverse;
    MappingProxyType.repr = proxy_repr;
    MappingProxyType.str = proxy_str;
    MappingProxyType.length = proxy_length;
    MappingProxyType.getitem = proxy_getitem;
    MappingProxyType.contains = proxy_contains;
    MappingProxyType.iter = proxy_iter;
    MappingProxyType.compare = proxy_compare;
    MappingProxyType.getattr = generic_getattr;
    MappingProxyType.binary[static_cast<int>(BinaryOp::Or)] = proxy_or;
    MappingProxyType.inplace[static_cast<int>(BinaryOp::Or)] = proxy_ior;
    add_methods(MappingProxyType, {
                                      {"keys", proxy_keys},
                                      {"values", proxy_values},
                                      {"items", proxy_items},
                                      {"get", proxy_get},
                                      {"copy", proxy_copy},
                                  });
    type_ready(MappingProxyType);
}

}  // namespace minipy
