// types.SimpleNamespace (CPython's Objects/namespaceobject.c): attribute
// storage with a readable repr. sys.implementation is one.
#include "runtime/modules/internal.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/core/repr_guard.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

#include <cstddef>
#include <string>

namespace minipy {

namespace {

Type NamespaceType;

struct Namespace : Object {
    Dict* dict = nullptr;  // owned: the attributes
};

Namespace* as_ns(Object* o) { return cast<Namespace>(o); }

void namespace_clear(Object* o) { clear_slot(as_ns(o)->dict); }

void namespace_destroy(Object* o) {
    namespace_clear(o);
    delete_object(as_ns(o));
}

void namespace_traverse(Object* o, VisitFn visit, void* arg) { visit_instance_dict(as_ns(o)->dict, visit, arg); }

Ref<> namespace_new_slot(Type* type, const Args& args) {
    auto ns = new_object<Namespace>(type);
    gc_track(ns.get());
    return ns;
}

// SimpleNamespace(**kwargs): the keywords become attributes.
int namespace_init(Object* self, const Args& args) {
    if (args.size() > 0) {
        raise(exc::TypeError, "no positional arguments expected");
        return -1;
    }
    for (std::size_t i = 0; i < args.kw_count(); ++i)
        if (generic_setattr(self, args.kw_name(i), args.kw_value(i)) < 0) return -1;
    return 0;
}

// namespace(a=1, b='x'); a namespace inside itself is namespace(...).
Ref<> namespace_repr(Object* o) {
    const bool exact = o->type == &NamespaceType;
    std::string name = exact ? "namespace" : std::string(o->type->name->view());
    ReprGuard guard(o);
    if (guard.recursive()) return str_from(name + "(...)");
    std::string out = name + "(";
    if (Dict* d = as_ns(o)->dict) {
        Object* key;
        Object* value;
        bool first = true;
        std::string text;
        for (std::int64_t pos = 0; dict_next(d, pos, &key, &value);) {
            if (!is_str(key)) continue;
            if (!repr_text(value, text)) return nullptr;
            if (!first) out += ", ";
            first = false;
            out += fmt::format("{}={}", cast<Str>(key)->view(), text);
        }
    }
    out += ")";
    return str_from(out);
}

// Two namespaces are equal when their attributes are.
Ref<> namespace_compare(Object* a, Object* b, CompareOp op) {
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || !is_instance_of(b, &NamespaceType) ||
        !is_instance_of(a, &NamespaceType))
        return not_implemented();
    Ref<Dict> empty = dict_new();
    Dict* da = as_ns(a)->dict ? as_ns(a)->dict : empty.get();
    Dict* db = as_ns(b)->dict ? as_ns(b)->dict : empty.get();
    return compare(da, db, op);
}

}  // namespace

void namespace_type_init() {
    type_init_builtin(NamespaceType, "types.SimpleNamespace", &ObjectType, sizeof(Namespace),
                      type_flags::kHasGC | type_flags::kBaseType);
    NamespaceType.dict_offset = offsetof(Namespace, dict);
    NamespaceType.destroy = namespace_destroy;
    NamespaceType.traverse = namespace_traverse;
    NamespaceType.clear = namespace_clear;
    NamespaceType.new_instance = namespace_new_slot;
    NamespaceType.init = namespace_init;
    NamespaceType.repr = namespace_repr;
    NamespaceType.compare = namespace_compare;
    NamespaceType.getattr = generic_getattr;
    NamespaceType.setattr = generic_setattr;
    NamespaceType.hash = nullptr;
    add_getsets(NamespaceType, {kInstanceDictGetSet});
    type_ready(NamespaceType);
}

Ref<> namespace_new(Dict* attrs) {
    auto ns = new_object<Namespace>(&NamespaceType);
    gc_track(ns.get());
    if (attrs) {
        Object* key;
        Object* value;
        for (std::int64_t pos = 0; dict_next(attrs, pos, &key, &value);)
            if (!is_str(key) || generic_setattr(ns.get(), cast<Str>(key), value) < 0) return nullptr;
    }
    return ns;
}

}  // namespace minipy
