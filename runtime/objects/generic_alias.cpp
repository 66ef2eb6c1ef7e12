// types.GenericAlias (CPython 3.11's Objects/genericaliasobject.c, without
// type-variable substitution).
#include "runtime/objects/generic_alias.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/objects/union_type.hpp"
#include "runtime/text/str.hpp"

#include <string>
#include <string_view>

namespace minipy {

Type GenericAliasType;

Ref<> generic_alias_new(Object* origin, Object* args) {
    Ref<Tuple> arg_tuple = is_tuple(args) ? share(cast<Tuple>(args)) : tuple_from({args});
    auto alias = new_object<GenericAlias>(&GenericAliasType);
    alias->origin = share(origin).release();
    alias->args = arg_tuple.release();
    gc_track(alias.get());
    return alias;
}

Ref<> generic_class_getitem(Object* cls, const Args& args) {
    if (!check_one_arg("__class_getitem__", args)) return nullptr;
    return generic_alias_new(cls, args[0]);
}

static GenericAlias* as_alias(Object* o) { return cast<GenericAlias>(o); }

// One item of the repr (ga_repr_item): `...`, a nested alias by its repr, a
// class as module.qualname (bare for builtins), anything else by repr().
bool generic_alias_repr_item(Object* p, std::string& out) {
    if (p == Ellipsis) {
        out += "...";
        return true;
    }
    std::string text;
    auto use_repr = [&] {
        if (!repr_text(p, text)) return false;
        out += text;
        return true;
    };
    if (Ref<> origin = getattr_optional(p, intern("__origin__"))) {
        if (Ref<> args = getattr_optional(p, intern("__args__"))) return use_repr();
        if (error_pending()) return false;
    } else if (error_pending()) {
        return false;
    }
    Ref<> qualname = getattr_optional(p, intern("__qualname__"));
    if (!qualname) return error_pending() ? false : use_repr();
    Ref<> module = getattr_optional(p, intern("__module__"));
    if (!module) return error_pending() ? false : use_repr();
    if (module.get() == None) return use_repr();
    std::string qual;
    if (!str_text(qualname.get(), qual)) return false;
    if (is_str(module.get()) && cast<Str>(module.get())->view() == "builtins") {
        out += qual;
        return true;
    }
    std::string mod;
    if (!str_text(module.get(), mod)) return false;
    out += mod;
    out += '.';
    out += qual;
    return true;
}

// list[int], dict[str, list[int]], tuple[()]
static Ref<> alias_repr(Object* o) {
    GenericAlias* alias = as_alias(o);
    std::string out;
    if (!generic_alias_repr_item(alias->origin, out)) return nullptr;
    out += '[';
    const std::int64_t n = alias->args->length();
    for (std::int64_t i = 0; i < n; ++i) {
        if (i) out += ", ";
        if (!generic_alias_repr_item((*alias->args)[i], out)) return nullptr;
    }
    if (n == 0) out += "()";
    out += ']';
    return str_from(out);
}

// list[int](x) is list(x), which then remembers the alias if it can.
static Ref<> alias_call(Object* o, const Args& args) {
    Ref<> obj = call(as_alias(o)->origin, args);
    if (obj && setattr(obj.get(), "__orig_class__", o) < 0) {
        if (!error_matches(exc::AttributeError) && !error_matches(exc::TypeError)) return nullptr;
        clear_error();
    }
    return obj;
}

// Attributes of the alias itself; everything else is the origin's.
static bool is_own_attribute(std::string_view name) {
    static constexpr std::string_view kOwn[] = {
        "__class__",   "__origin__", "__args__",     "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__",
        "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__"};
    for (std::string_view own : kOwn)
        if (name == own) return true;
    return false;
}

static Ref<> alias_getattr(Object* o, Str* name) {
    if (!is_own_attribute(name->view())) return getattr(as_alias(o)->origin, name);
    return generic_getattr(o, name);
}

static Ref<> alias_compare(Object* a, Object* b, CompareOp op) {
    if (b->type != &GenericAliasType || (op != CompareOp::Eq && op != CompareOp::Ne)) return not_implemented();
    int eq = compare_bool(as_alias(a)->origin, as_alias(b)->origin, CompareOp::Eq);
    if (eq < 0) return nullptr;
    if (eq) {
        eq = compare_bool(as_alias(a)->args, as_alias(b)->args, CompareOp::Eq);
        if (eq < 0) return nullptr;
    }
    return bool_from(op == CompareOp::Eq ? eq != 0 : eq == 0);
}

static std::int64_t alias_hash(Object* o) {
    std::int64_t h0 = hash(as_alias(o)->origin);
    if (h0 == -1) return -1;
    std::int64_t h1 = hash(as_alias(o)->args);
    if (h1 == -1) return -1;
    std::int64_t h = h0 ^ h1;
    return h == -1 ? -2 : h;
}

// list[int][...]: without type variables there is nothing to substitute.
static Ref<> alias_getitem(Object* o, Object*) {
    std::string text;
    if (!repr_text(o, text)) return nullptr;
    return raisef(exc::TypeError, "{} is not a generic class", text);
}

// origin, then args, as CPython's ga_dealloc and ga_traverse.
static void alias_clear(Object* o) {
    GenericAlias* alias = as_alias(o);
    clear_slot(alias->origin);
    clear_slot(alias->args);
}

static void alias_destroy(Object* o) {
    alias_clear(o);
    delete_object(as_alias(o));
}

static void alias_traverse(Object* o, VisitFn visit, void* arg) {
    GenericAlias* alias = as_alias(o);
    visit_field(alias->origin, visit, arg);
    visit_field(alias->args, visit, arg);
}

// types.GenericAlias(origin, args)
static Ref<> alias_new_instance(Type*, const Args& args) {
    if (!check_no_keywords("GenericAlias", args) || !check_arg_range("GenericAlias", args, 2, 2)) return nullptr;
    return generic_alias_new(args[0], args[1]);
}

// class C(list[int]) derives from list.
static Ref<> alias_mro_entries(Object* self, const Args& args) {
    if (!check_one_arg("__mro_entries__", args)) return nullptr;
    return tuple_from({as_alias(self)->origin});
}

static Ref<> alias_instancecheck(Object*, const Args&) {
    return raise(exc::TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}

static Ref<> alias_subclasscheck(Object*, const Args&) {
    return raise(exc::TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

static Ref<> alias_get_origin(Object* o) { return share(as_alias(o)->origin); }
static Ref<> alias_get_args(Object* o) { return share<Object>(as_alias(o)->args); }
static Ref<> alias_get_parameters(Object*) { return empty_tuple(); }
static Ref<> alias_get_unpacked(Object*) { return bool_from(false); }

void generic_alias_type_init() {
    type_init_builtin(GenericAliasType, "GenericAlias", &ObjectType, sizeof(GenericAlias),
                      type_flags::kHasGC | type_flags::kBaseType);
    GenericAliasType.module = intern_str(str_from("types")).release();
    GenericAliasType.destroy = alias_destroy;
    GenericAliasType.traverse = alias_traverse;
    GenericAliasType.clear = alias_clear;
    GenericAliasType.repr = alias_repr;
    GenericAliasType.call = alias_call;
    GenericAliasType.getattr = alias_getattr;
    GenericAliasType.compare = alias_compare;
    GenericAliasType.hash = alias_hash;
    GenericAliasType.getitem = alias_getitem;
    GenericAliasType.new_instance = alias_new_instance;
    GenericAliasType.binary[static_cast<int>(BinaryOp::Or)] = union_type_or;
    add_methods(GenericAliasType, {
                                      {"__mro_entries__", alias_mro_entries},
                                      {"__instancecheck__", alias_instancecheck},
                                      {"__subclasscheck__", alias_subclasscheck},
                                  });
    add_getsets(GenericAliasType, {
                                      {"__origin__", alias_get_origin},
                                      {"__args__", alias_get_args},
                                      {"__parameters__", alias_get_parameters},
                                      {"__unpacked__", alias_get_unpacked},
                                  });
    type_ready(GenericAliasType);
}

}  // namespace minipy
