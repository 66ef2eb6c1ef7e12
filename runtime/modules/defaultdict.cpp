// collections.defaultdict (CPython 3.11's defdict in
// Modules/_collectionsmodule.c): a dict whose __missing__ calls
// `default_factory` and stores what it returns.
//
// The layout extends dict's with one field, the factory (null reads as
// None). Everything else is dict's: dict's subscript calls __missing__ for
// a key it lacks, only for d[key] (get() and `in` never do).
#include "runtime/modules/collections.hpp"
#include "runtime/modules/internal.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/core/repr_guard.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/generic_alias.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

#include <string>

namespace minipy {

Type DefaultDictType;

namespace {

struct DefaultDict : Dict {
    Object* default_factory = nullptr;  // owned; null: None
};

DefaultDict* as_dd(Object* o) { return cast<DefaultDict>(o); }

Object* factory_of(Object* o) {
    Object* f = as_dd(o)->default_factory;
    return f ? f : None;
}

// defaultdict(default_factory=None, /, *args, **kwargs): the rest is dict's.
int dd_init(Object* self, const Args& args) {
    Object* factory = nullptr;
    Args rest = args;
    if (args.size() > 0) {
        factory = args[0];
        if (factory != None && !is_callable(factory))
            return raise(exc::TypeError, "first argument must be callable or None"), -1;
        rest = args.drop_first();
    }
    set_slot(as_dd(self)->default_factory, factory == None ? nullptr : factory);
    return DictType.init(self, rest);
}

void dd_traverse(Object* o, VisitFn visit, void* arg) {
    visit_field(as_dd(o)->default_factory, visit, arg);
    DictType.traverse(o, visit, arg);
}

void dd_clear(Object* o) {
    clear_slot(as_dd(o)->default_factory);
    DictType.clear(o);
}

void dd_destroy(Object* o) {
    clear_slot(as_dd(o)->default_factory);
    DictType.destroy(o);
}

// __missing__(key): KeyError without a factory; else self[key] = factory(),
// through __setitem__ so that a class's own is used.
Ref<> dd_missing(Object* self, const Args& args) {
    if (!check_one_arg("defaultdict.__missing__", args)) return nullptr;
    Object* factory = as_dd(self)->default_factory;
    if (!factory) {
        Ref<> error = call(exc::KeyError, {args[0]});
        if (error) raise_chained(std::move(error));
        return nullptr;
    }
    Ref<> keep = share(factory);
    Ref<> value = call(factory, {});
    if (!value || setitem(self, args[0], value.get()) < 0) return nullptr;
    return value;
}

// type(d)(d.default_factory, d): a class's constructor is used, as CPython's.
Ref<> new_like(Object* self, Object* contents) { return call(self->type, {factory_of(self), contents}); }

Ref<> dd_copy(Object* self, const Args& args) {
    if (!check_no_args("defaultdict.copy", args)) return nullptr;
    return new_like(self, self);
}

Ref<> dd_copy_dunder(Object* self, const Args& args) {
    if (!check_no_args("defaultdict.__copy__", args)) return nullptr;
    return new_like(self, self);
}

// (type(d), (factory,) or (), None, None, iter(d.items()))
Ref<> dd_reduce(Object* self, const Args& args) {
    if (!check_no_args("defaultdict.__reduce__", args)) return nullptr;
    Object* factory = as_dd(self)->default_factory;
    Ref<Tuple> ctor_args = factory ? tuple_from({factory}) : empty_tuple();
    Ref<> items = call_method(self, "items", {});
    if (!items) return nullptr;
    Ref<> it = get_iter(items.get());
    if (!it) return nullptr;
    return tuple_from({self->type, ctor_args.get(), None, None, it.get()});
}

// defaultdict(<class 'list'>, {'a': [1]}); a factory whose repr is in
// progress shows as `...`, and the dict part as `{...}` while its own repr
// is (CPython enters the dict before looking at its size).
Ref<> dd_repr(Object* self) {
    std::string base;
    if (cast<Dict>(self)->used == 0) {
        ReprGuard guard(self);
        base = guard.recursive() ? "{...}" : "{}";
    } else {
        Ref<> text = DictType.repr(self);
        if (!text) return nullptr;
        base = std::string(cast<Str>(text.get())->view());
    }
    std::string factory = "None";
    if (Object* f = as_dd(self)->default_factory) {
        ReprGuard guard(f);
        if (guard.recursive()) {
            factory = "...";
        } else {
            Ref<> keep = share(f);
            if (!repr_text(f, factory)) return nullptr;
        }
    }
    return str_from(fmt::format("{}({}, {})", self->type->name->view(), factory, base));
}

// d | other and other | d (PEP 584): a defaultdict like the one operand that
// is one, holding the left operand's items updated with the right's.
Ref<> dd_or(Object* left, Object* right) {
    Object* self = is_instance_of(left, &DefaultDictType) ? left : right;
    Object* other = self == left ? right : left;
    if (!is_dict(other)) return not_implemented();
    Ref<> result = new_like(self, left);
    if (!result || !call_method(result.get(), "update", {right})) return nullptr;
    return result;
}

Ref<> get_factory(Object* self) { return share(factory_of(self)); }

int set_factory(Object* self, Object* value) {
    set_slot(as_dd(self)->default_factory, value == None ? nullptr : value);
    return 0;
}

}  // namespace

void defaultdict_type_init() {
    static bool done = false;
    if (done) return;
    done = true;
    type_init_builtin(DefaultDictType, "collections.defaultdict", &DictType, sizeof(DefaultDict),
                      type_flags::kBaseType | type_flags::kHasGC);
    DefaultDictType.doc =
        "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\n"
        "A dict that calls default_factory() for a key d[key] does not find,\n"
        "and stores the result under that key. The other arguments are dict's.";
    DefaultDictType.init = dd_init;
    DefaultDictType.destroy = dd_destroy;
    DefaultDictType.traverse = dd_traverse;
    DefaultDictType.clear = dd_clear;
    DefaultDictType.repr = dd_repr;
    DefaultDictType.binary[static_cast<int>(BinaryOp::Or)] = dd_or;
    add_methods(DefaultDictType, {
                                     {"__missing__", dd_missing},
                                     {"copy", dd_copy},
                                     {"__copy__", dd_copy_dunder},
                                     {"__reduce__", dd_reduce},
                                     {"__class_getitem__", generic_class_getitem, MethodKind::Class},
                                 });
    add_getsets(DefaultDictType, {{"default_factory", get_factory, set_factory}});
    type_ready(DefaultDictType);
}

}  // namespace minipy
