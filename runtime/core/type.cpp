// The `type` type: readiness of builtin types, attribute lookup along the
// MRO, and the attribute protocol of type objects themselves.
// Class creation (the class statement, `type(name, bases, ns)`) is in
// type_new.cpp; the slot table machinery is in slot_dispatch.cpp.
#include "runtime/core/type.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/core/slot_dispatch.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/generic_alias.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/mappingproxy.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/objects/union_type.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <utility>

namespace minipy {

Type TypeType;
Type ObjectType;

std::size_t Args::kw_count() const { return kwnames ? static_cast<std::size_t>(kwnames->length()) : 0; }
Str* Args::kw_name(std::size_t i) const { return cast<Str>((*kwnames)[static_cast<std::int64_t>(i)]); }

// Messages use a builtin's full name ("weakref.ReferenceType", as CPython's
// tp_name); __name__ is the part after the last dot.
std::string_view Type::name_view() const { return !builtin_name.empty() ? builtin_name : name->view(); }
std::string_view Type::qualname_view() const { return qualname ? qualname->view() : name_view(); }

std::string type_qualified_name(const Type* type) {
    std::string_view qual = type->qualname_view();
    if (!type->module || type->module->view() == "builtins") return std::string(qual);
    return fmt::format("{}.{}", type->module->view(), qual);
}

Ref<> type_repr(Object* type) {
    return str_from(fmt::format("<class '{}'>", type_qualified_name(cast<Type>(type))));
}

// ------------------------------------------------------------------ lookup

bool type_is_subtype(const Type* sub, const Type* base) {
    if (sub == base) return true;
    if (sub->mro) {
        for (Object* t : *sub->mro)
            if (t == base) return true;
        return false;
    }
    for (const Type* t = sub->base; t; t = t->base)  // not ready yet: follow the base chain
        if (t == base) return true;
    return false;
}

// Looks along the MRO without the cache.
static Object* find_in_mro(Type* type, Str* name) {
    if (!type->mro) return type->dict ? dict_get_str(type->dict, name) : nullptr;
    for (Object* t : *type->mro) {
        Dict* d = cast<Type>(t)->dict;
        if (!d) continue;
        if (Object* found = dict_get_str(d, name)) return found;
    }
    return nullptr;
}

// CPython's type attribute cache: the result of an MRO lookup (found or
// not) is remembered under the type's version tag and the name object.
// A change to the namespace of the type or of any base gives the type a new
// version (type_modified), so a remembered answer is never stale. Results
// are borrowed: they live in a namespace that has not changed since. Only
// interned names are cached, and an entry owns its name, so a name's address
// is never reused for another text while the entry holds it (a name built
// at run time, `getattr(o, "repr_" + kind)`, is looked up without the cache).
namespace {
struct LookupCacheEntry {
    std::uint32_t version = 0;
    Str* name = nullptr;
    Object* value = nullptr;
};
constexpr std::size_t kLookupCacheSize = 4096;
LookupCacheEntry lookup_cache[kLookupCacheSize];
}  // namespace

Object* type_lookup(Type* type, Str* name) {
    const std::uint32_t version = type->version;
    if (version == 0) return find_in_mro(type, name);  // not ready yet
    const std::size_t slot =
        ((version * 2654435761u) ^ (reinterpret_cast<std::uintptr_t>(name) >> 4)) & (kLookupCacheSize - 1);
    LookupCacheEntry& e = lookup_cache[slot];
    if (e.version == version && e.name == name) return e.value;
    Object* found = find_in_mro(type, name);
    if (!name->interned()) return found;
    e.version = version;
    Str* old = e.name;
    e.name = share(name).release();
    e.value = found;
    if (old) decref(old);
    return found;
}

Object* type_lookup(Type* type, std::string_view name) { return type_lookup(type, intern(name)); }

static std::uint32_t next_version = 1;

void type_modified(Type* type) {
    type->version = next_version++;
    if (type->subclasses)
        for (Type* sub : *type->subclasses) type_modified(sub);
}

// --------------------------------------------------------------- readiness

void type_init_builtin(Type& type, std::string_view name, Type* base, std::size_t basic_size,
                       std::uint32_t flags) {
    type.refcount = 1;  // the static object itself; never destroyed
    heap_register_static(&type, sizeof(Type));  // ctypes may read it at id(type)
    type.type = &TypeType;
    type.builtin_name = name;
    type.base = base;
    type.basic_size = basic_size;
    // kReady never comes from the caller: passing a (ready) base's flags,
    // as exceptions_init does, must not make type_ready skip this type.
    type.flags = (flags & ~type_flags::kReady) | type_flags::kImmutable |
                 (base ? base->flags & type_flags::kSubclassFlags : 0);
    if (base) {
        type.item_size = base->item_size;
        if (!type.dict_offset) type.dict_offset = base->dict_offset;
        if (!type.weaklist_offset) type.weaklist_offset = base->weaklist_offset;
    }
}

namespace {
bool bootstrapped = false;
std::vector<Type*> waiting_types;  // type_ready calls made before the core types existed
}  // namespace

static void ready_now(Type& type) {
    if (type.has_flag(type_flags::kReady)) return;
    if (type.base) ready_now(*type.base);
    if (!type.name) {
        std::string_view full = type.builtin_name;
        std::size_t dot = full.rfind('.');
        type.name = share(intern(dot == std::string_view::npos ? full : full.substr(dot + 1))).release();
        if (dot != std::string_view::npos) type.module = share(intern(full.substr(0, dot))).release();
    }
    if (!type.qualname) type.qualname = share(type.name).release();
    if (!type.dict) type.dict = dict_new().release();
    if (!type.bases) type.bases = (type.base ? tuple_from({type.base}) : empty_tuple()).release();
    if (!type.mro) {
        // Builtin types have one base, so the MRO is the chain of bases.
        std::vector<Object*> chain;
        for (Type* t = &type; t; t = t->base) chain.push_back(t);
        type.mro = tuple_from_array(chain.data(), static_cast<std::int64_t>(chain.size())).release();
    }
    Type* base = type.base;
    // The slot wrappers go in before inheritance, so only the slots this type
    // defines itself get a `__dunder__` entry of its own.
    add_slot_wrappers(type, base);
    install_method_tables(type);
    // Every type has a __doc__ of its own, as CPython's type_dict_set_doc
    // (so dir() lists it everywhere); minipy carries few docstrings.
    if (!dict_get(type.dict, "__doc__")) {
        Ref<> doc = type.doc ? str_from(type.doc) : none();
        (void)dict_set(type.dict, "__doc__", doc.get());  // type set-up, a str key: fails only on exhausted memory
    }
    // A builtin type that defines no constructor of its own cannot be
    // instantiated from Python (CPython's Py_TPFLAGS_DISALLOW_INSTANTIATION):
    // `type(iter([]))()` is "cannot create 'list_iterator' instances".
    const bool no_constructor = !type.new_instance && base == &ObjectType;
    if (base) {
        inherit_slots(type, *base);
        if (no_constructor) type.new_instance = nullptr;
        // A type that compares but does not hash (list, dict, set...) says
        // so with `__hash__ = None`, as CPython's type_ready_set_hash: the
        // ABC Hashable and `'__hash__' in list.__dict__` look for it.
        if (!type.hash && type.compare && !dict_get(type.dict, "__hash__"))
            (void)dict_set(type.dict, "__hash__", None);  // as __doc__ above
        if (!base->subclasses) base->subclasses = new std::vector<Type*>();
        base->subclasses->push_back(&type);
    }
    type.flags |= type_flags::kReady;
    type.version = next_version++;
}

void type_ready(Type& type) {
    if (!bootstrapped) {
        waiting_types.push_back(&type);
        return;
    }
    ready_now(type);
}

void type_finish_bootstrap() {
    bootstrapped = true;
    for (Type* t : waiting_types) ready_now(*t);
    waiting_types.clear();
}

// ----------------------------------------------- attributes of type objects

// type.__getattribute__: data descriptors of the metatype win, then the
// class's own MRO (binding descriptors to the class), then the metatype's
// other attributes.
static Ref<> type_getattr(Object* o, Str* name) {
    Type* type = cast<Type>(o);
    Type* meta = o->type;
    Object* meta_attr = type_lookup(meta, name);
    DescrGetFn meta_get = nullptr;
    if (meta_attr) {
        meta_get = meta_attr->type->descr_get;
        if (meta_get && meta_attr->type->descr_set) return meta_get(meta_attr, o, meta);
    }
    if (Object* attr = type_lookup(type, name)) {
        if (DescrGetFn get = attr->type->descr_get) return get(attr, nullptr, type);
        return share(attr);
    }
    if (meta_get) return meta_get(meta_attr, o, meta);
    if (meta_attr) return share(meta_attr);
    return raisef(exc::AttributeError, "type object '{}' has no attribute '{}'", type->name_view(),
                  StrUtf8(name).view());
}

static bool is_dunder(std::string_view name) {
    return name.size() > 4 && name.substr(0, 2) == "__" && name.substr(name.size() - 2) == "__";
}

static int type_setattr(Object* o, Str* name, Object* value) {
    Type* type = cast<Type>(o);
    if (type->has_flag(type_flags::kImmutable)) {
        raisef(exc::TypeError, "cannot set '{}' attribute of immutable type '{}'", name->view(),
               type->name_view());
        return -1;
    }
    Object* meta_attr = type_lookup(o->type, name);
    if (meta_attr && meta_attr->type->descr_set) {
        // `__module__`, `__doc__`… are stored in the namespace by their setters.
        int r = meta_attr->type->descr_set(meta_attr, o, value);
        type_modified(type);
        return r;
    }
    Ref<Str> key = intern_str(share(name));
    if (value) {
        if (dict_set(type->dict, key.get(), value) < 0) return -1;
    } else {
        int removed = dict_del(type->dict, key.get());
        if (removed < 0) return -1;
        if (removed == 0) {
            raisef(exc::AttributeError, "type object '{}' has no attribute '{}'", type->name_view(),
                   StrUtf8(name).view());
            return -1;
        }
    }
    type_modified(type);
    if (name->ascii() && is_dunder(name->view())) type_update_slot(type, key.get());  // dunders are ASCII
    return 0;
}

// type(x) -> the type of x; type(name, bases, ns) -> a new class; Foo(...) ->
// Foo.__new__ then, if it returned a Foo, Foo.__init__.
static Ref<> type_call(Object* callable, const Args& args) {
    Type* type = cast<Type>(callable);
    if (type == &TypeType && args.size() == 1 && !args.has_keywords()) return share<Object>(args[0]->type);
    if (!type->new_instance)
        return raisef(exc::TypeError, "cannot create '{}' instances", type_qualified_name(type));
    Ref<> obj = type->new_instance(type, args);
    if (!obj || !is_instance_of(obj.get(), type)) return obj;
    if (InitFn init = obj->type->init)
        if (init(obj.get(), args) < 0) return nullptr;
    return obj;
}

static Ref<> type_new_slot(Type* meta, const Args& args) {
    if (meta == &TypeType && args.size() == 1 && !args.has_keywords()) return share<Object>(args[0]->type);
    if (args.size() != 3) return raise(exc::TypeError, "type() takes 1 or 3 arguments");
    if (!is_str(args[0]))
        return raisef(exc::TypeError, "type.__new__() argument 1 must be str, not {}", type_name(args[0]));
    if (!is_tuple(args[1]))
        return raisef(exc::TypeError, "type.__new__() argument 2 must be tuple, not {}", type_name(args[1]));
    if (!is_dict(args[2]))
        return raisef(exc::TypeError, "type.__new__() argument 3 must be dict, not {}", type_name(args[2]));
    Ref<Dict> kwargs;
    if (args.has_keywords()) {
        kwargs = dict_new();
        for (std::size_t i = 0; i < args.kw_count(); ++i)
            if (dict_set(kwargs.get(), args.kw_name(i), args.kw_value(i)) < 0) return nullptr;
    }
    return type_new_class(meta, cast<Str>(args[0]), cast<Tuple>(args[1]), cast<Dict>(args[2]), kwargs.get());
}

// type.__init__ accepts what type.__new__ accepted.
static int type_init_slot(Object*, const Args& args) {
    if (args.size() != 1 && args.size() != 3) return raise(exc::TypeError, "type.__init__() takes 1 or 3 arguments"), -1;
    return 0;
}

// ----------------------------------------------- heap type lifetime

// Breaks cycles through a class (its namespace usually refers back to it
// through methods' globals), as CPython's type_clear: the namespace is
// emptied and the MRO dropped, since the MRO tuple starts with the class
// itself and tuples have no clear slot to break that cycle. The bases stay
// valid until destruction (type_lookup and type_is_subtype cope with a
// missing MRO), and so do the names, which repr and messages read.
static void type_clear(Object* o) {
    Type* type = cast<Type>(o);
    type_modified(type);
    if (type->dict) dict_clear(type->dict);
    clear_slot(type->mro);
}

// CPython's type_dealloc. A heap type only dies through the collector (its
// MRO holds it), which has run type_clear already, so the clear here finds
// the namespace empty and the MRO gone: it names those fields in one place.
// Then the type leaves its bases' lists of subclasses and releases what
// clear keeps, in type_dealloc's order: base, namespace, bases, names.
// type.__sizeof__: a class counts the keys its instances share, as CPython's.
// A builtin type is a plain Type, smaller than the HeapType its metatype's
// basic size describes (CPython's static PyTypeObjects likewise).
static std::size_t type_size_of(Object* o) {
    const Type* type = cast<Type>(o);
    if (!type->has_flag(type_flags::kHeapType)) return sizeof(Type);
    return object_size(type) + (type->cached_keys ? dict_keys_sizeof(type->cached_keys) : 0);
}

static void type_destroy(Object* o) {
    Type* type = cast<Type>(o);
    type_clear(type);
    if (type->base && type->base->subclasses) {
        auto& subs = *type->base->subclasses;
        subs.erase(std::remove(subs.begin(), subs.end(), type), subs.end());
    }
    if (type->bases) {
        for (Object* b : *type->bases) {
            Type* base = cast<Type>(b);
            if (base != type->base && base->subclasses) {
                auto& subs = *base->subclasses;
                subs.erase(std::remove(subs.begin(), subs.end(), type), subs.end());
            }
        }
    }
    delete type->subclasses;
    type->subclasses = nullptr;
    if (type->cached_keys) dict_keys_release(std::exchange(type->cached_keys, nullptr));
    clear_slot(type->base);
    clear_slot(type->dict);
    clear_slot(type->bases);
    clear_slot(type->name);
    clear_slot(type->qualname);
    clear_slot(type->module);
    delete_object(type);
}

// Heap types only, in the order of CPython's type_traverse. The names and
// `module` (a copy of __module__, which CPython keeps only in the
// namespace) are strs, which cannot be part of a cycle.
static void type_traverse(Object* o, VisitFn visit, void* arg) {
    Type* type = cast<Type>(o);
    if (!type->has_flag(type_flags::kHeapType)) return;
    visit_field(type->dict, visit, arg);
    visit_field(type->mro, visit, arg);
    visit_field(type->bases, visit, arg);
    visit_field(type->base, visit, arg);
}

// ------------------------------------------------------- type's attributes

static Ref<> type_get_name(Object* o) { return share<Object>(cast<Type>(o)->name); }
static int type_set_name(Object* o, Object* value) {
    Type* type = cast<Type>(o);
    if (!type->has_flag(type_flags::kHeapType))
        return raisef(exc::TypeError, "cannot set '__name__' attribute of immutable type '{}'", type->name_view()), -1;
    if (!value || !is_str(value))
        return raisef(exc::TypeError, "can only assign string to {}.__name__, not '{}'", type->name_view(),
                      value ? type_name(value) : "NoneType"), -1;
    set_slot(type->name, cast<Str>(value));
    (void)type->name->view();  // as CPython's type_set_name, which makes tp_name from the str's UTF-8
    return 0;
}
static Ref<> type_get_qualname(Object* o) { return share<Object>(cast<Type>(o)->qualname); }
static int type_set_qualname(Object* o, Object* value) {
    Type* type = cast<Type>(o);
    if (!type->has_flag(type_flags::kHeapType) || !value || !is_str(value))
        return raise(exc::TypeError, "can only assign string to __qualname__"), -1;
    set_slot(type->qualname, cast<Str>(value));
    return 0;
}
static Ref<> type_get_module(Object* o) {
    Type* type = cast<Type>(o);
    if (type->has_flag(type_flags::kHeapType)) {
        if (Object* m = dict_get(type->dict, "__module__")) return share(m);
    }
    return share<Object>(type->module ? type->module : intern("builtins"));
}
static int type_set_module(Object* o, Object* value) {
    Type* type = cast<Type>(o);
    if (!type->has_flag(type_flags::kHeapType) || !value)
        return raisef(exc::TypeError, "cannot set '__module__' attribute of immutable type '{}'", type->name_view()), -1;
    if (is_str(value)) set_slot(type->module, cast<Str>(value));
    return dict_set(type->dict, "__module__", value);
}
static Ref<> type_get_bases(Object* o) { return share<Object>(cast<Type>(o)->bases); }
static Ref<> type_get_base(Object* o) {
    Type* base = cast<Type>(o)->base;
    return share<Object>(base ? static_cast<Object*>(base) : None);
}
static Ref<> type_get_mro(Object* o) { return share<Object>(cast<Type>(o)->mro); }
static Ref<> type_get_dict(Object* o) { return mappingproxy_new(cast<Type>(o)->dict); }
static Ref<> type_get_doc(Object* o) {
    Object* doc = dict_get(cast<Type>(o)->dict, "__doc__");
    if (!doc) return none();
    if (DescrGetFn get = doc->type->descr_get) return get(doc, nullptr, cast<Type>(o));
    return share(doc);
}
static int type_set_doc(Object* o, Object* value) {
    Type* type = cast<Type>(o);
    if (!type->has_flag(type_flags::kHeapType))
        return raisef(exc::TypeError, "cannot set '__doc__' attribute of immutable type '{}'", type->name_view()), -1;
    return dict_set(type->dict, "__doc__", value ? value : None);
}

// __abstractmethods__: what abc.ABCMeta stores on a class with abstract
// methods left; while it is non-empty, object.__new__ refuses the class.
// `type` itself has no such attribute (the name in its namespace is this
// descriptor), nor has a class that was never given one.
static Ref<> type_get_abstractmethods(Object* o) {
    Object* methods = o == &TypeType ? nullptr : dict_get(cast<Type>(o)->dict, "__abstractmethods__");
    if (!methods) return raise(exc::AttributeError, "__abstractmethods__");
    return share(methods);
}
static int type_set_abstractmethods(Object* o, Object* value) {
    Type* type = cast<Type>(o);
    int abstract = 0;
    if (value) {
        abstract = is_true(value);
        if (abstract < 0 || dict_set(type->dict, "__abstractmethods__", value) < 0) return -1;
    } else {
        Ref<Str> key = str_from("__abstractmethods__");
        if (!dict_get(type->dict, key.get())) return raise(exc::AttributeError, "__abstractmethods__"), -1;
        if (dict_del(type->dict, key.get()) < 0) return -1;
    }
    type_modified(type);
    if (abstract) type->flags |= type_flags::kAbstract;
    else type->flags &= ~type_flags::kAbstract;
    return 0;
}

static Ref<> type_mro_method(Object* self, const Args& args) {
    if (!check_no_args("mro", args)) return nullptr;
    Tuple* mro = cast<Type>(self)->mro;
    return list_from_array(mro->items(), mro->length());
}

static Ref<> type_subclasses_method(Object* self, const Args& args) {
    if (!check_no_args("__subclasses__", args)) return nullptr;
    auto result = list_new();
    if (auto* subs = cast<Type>(self)->subclasses)
        for (Type* sub : *subs)
            if (!list_append(result.get(), sub)) return nullptr;
    return result;
}

static Ref<> type_instancecheck(Object* self, const Args& args) {
    if (!check_one_arg("__instancecheck__", args)) return nullptr;
    return bool_from(is_instance_of(args[0], cast<Type>(self)));
}

static Ref<> type_subclasscheck(Object* self, const Args& args) {
    if (!check_one_arg("__subclasscheck__", args)) return nullptr;
    if (!is_type(args[0])) return raise(exc::TypeError, "issubclass() arg 1 must be a class");
    return bool_from(type_is_subtype(cast<Type>(args[0]), cast<Type>(self)));
}

void type_type_init() {
    // A base type: `class Meta(type)` makes a metaclass.
    type_init_builtin(TypeType, "type", &ObjectType, sizeof(HeapType),
                      type_flags::kHasGC | type_flags::kTypeSubclass | type_flags::kBaseType);
    TypeType.weaklist_offset = offsetof(Type, weaklist);
    TypeType.destroy = type_destroy;
    TypeType.size_of = type_size_of;
    TypeType.traverse = type_traverse;
    TypeType.clear = type_clear;
    TypeType.repr = type_repr;
    TypeType.getattr = type_getattr;
    TypeType.setattr = type_setattr;
    TypeType.call = type_call;
    TypeType.new_instance = type_new_slot;
    TypeType.binary[static_cast<int>(BinaryOp::Or)] = union_type_or;  // int | None
    TypeType.init = type_init_slot;
    add_getsets(TypeType, {
                              {"__name__", type_get_name, type_set_name},
                              {"__qualname__", type_get_qualname, type_set_qualname},
                              {"__module__", type_get_module, type_set_module},
                              {"__bases__", type_get_bases},
                              {"__base__", type_get_base},
                              {"__mro__", type_get_mro},
                              {"__dict__", type_get_dict},
                              {"__doc__", type_get_doc, type_set_doc},
                              {"__abstractmethods__", type_get_abstractmethods, type_set_abstractmethods},
                          });
    add_methods(TypeType, {
                              {"mro", type_mro_method},
                              {"__subclasses__", type_subclasses_method},
                              {"__instancecheck__", type_instancecheck},
                              {"__subclasscheck__", type_subclasscheck},
                              {"__class_getitem__", generic_class_getitem, MethodKind::Class},
                          });
    type_ready(TypeType);
}

}  // namespace minipy
