// module objects: a name and a dict of globals.
#include "runtime/objects/module.hpp"

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
#include "runtime/text/str.hpp"

#include <fmt/format.h>

#include <cstddef>

namespace minipy {

Type ModuleType;

Ref<Module> module_new(std::string_view name, ModuleOrigin origin) {
    auto module = new_object<Module>(&ModuleType);
    module->origin = origin;
    module->dict = dict_new().release();
    module->name = cast<Str>(str_from(name).release());
    // Str keys: a table the heap cannot give comes from its reserve (heap.hpp),
    // so these stores fail only once memory is exhausted (and so for module_add).
    (void)dict_set(module->dict, "__name__", module->name);
    (void)dict_set(module->dict, "__doc__", None);
    gc_track(module.get());
    return module;
}

void module_add(Module* m, std::string_view name, Object* value) { (void)dict_set(m->dict, name, value); }

static void module_clear(Object* o) { clear_slot(cast<Module>(o)->dict); }

// The dict, then the name, as CPython's module_dealloc.
static void module_destroy(Object* o) {
    auto* m = cast<Module>(o);
    module_clear(m);
    clear_slot(m->name);
    delete_object(m);
}

static void module_traverse(Object* o, VisitFn visit, void* arg) { visit_field(cast<Module>(o)->dict, visit, arg); }

// <module 'helper' from '/path/helper.py'>, <module 'sys' (built-in)>,
// <module 'copy' (frozen)>, <module 'm'> (CPython's _module_repr_from_spec).
static Ref<> module_repr(Object* o) {
    auto* m = cast<Module>(o);
    if (!m->dict) return str_from(fmt::format("<module '{}'>", m->name ? m->name->view() : "?"));
    Object* name = dict_get(m->dict, "__name__");
    std::string_view name_text = name && is_str(name) ? cast<Str>(name)->view() : "?";
    Object* file = dict_get(m->dict, "__file__");
    if (file && is_str(file))
        return str_from(fmt::format("<module '{}' from '{}'>", name_text, cast<Str>(file)->view()));
    switch (m->origin) {
        case ModuleOrigin::BuiltIn: return str_from(fmt::format("<module '{}' (built-in)>", name_text));
        case ModuleOrigin::Frozen: return str_from(fmt::format("<module '{}' (frozen)>", name_text));
        case ModuleOrigin::Source: break;
    }
    return str_from(fmt::format("<module '{}'>", name_text));
}

// Module attributes are the module's globals: `sys.argv` reads sys's dict.
// A name it lacks goes to the module's own __getattr__, if it has one
// (PEP 562).
static Ref<> module_getattr(Object* o, Str* name) {
    if (Ref<> found = generic_getattr_optional(o, name)) return found;
    if (error_pending()) return nullptr;
    Dict* d = cast<Module>(o)->dict;
    if (Object* hook = d ? dict_get(d, "__getattr__") : nullptr) {
        Ref<> hold = share(hook);
        return call(hook, {name});
    }
    if (error_pending()) return nullptr;
    Object* mod_name = d ? dict_get(d, "__name__") : nullptr;
    if (mod_name && is_str(mod_name))
        return raisef(exc::AttributeError, "module '{}' has no attribute '{}'", cast<Str>(mod_name)->view(),
                      StrUtf8(name).view());
    return raisef(exc::AttributeError, "module has no attribute '{}'", StrUtf8(name).view());
}

static Ref<> module_get_dict(Object* o) { return share<Object>(cast<Module>(o)->dict); }

// module.__dir__(): the module's own __dir__() when it has one (PEP 562),
// else its names.
static Ref<> module_dir(Object* self, const Args& args) {
    if (!check_no_args("__dir__", args)) return nullptr;
    Dict* d = cast<Module>(self)->dict;
    if (!d) return raise(exc::TypeError, "<module>.__dict__ is not a dictionary");
    if (Object* hook = dict_get(d, "__dir__")) {
        Ref<> hold = share(hook);
        return call(hook, {});
    }
    if (error_pending()) return nullptr;
    return list_from_iterable(d);
}

// module.__new__: an empty namespace, filled by __init__.
static Ref<> module_new_instance(Type* type, const Args&) {
    auto module = new_object<Module>(type);
    module->dict = dict_new().release();
    gc_track(module.get());
    return module;
}

// module(name, doc=None) (CPython's module___init___impl).
static int module_init(Object* self, const Args& args) {
    static const ArgSpec spec{"module", {"name", "doc"}, 1};
    Object* a[2];
    if (!parse_args(args, spec, a)) return -1;
    if (!is_str(a[0])) {
        raisef(exc::TypeError, "module() argument 'name' must be str, not {}", type_name(a[0]));
        return -1;
    }
    set_slot(cast<Module>(self)->name, cast<Str>(a[0]));
    Dict* d = cast<Module>(self)->dict;
    if (dict_set(d, "__name__", a[0]) < 0 || dict_set(d, "__doc__", a[1] ? a[1] : None) < 0) return -1;
    for (const char* name : {"__package__", "__loader__", "__spec__"})
        if (dict_set(d, name, None) < 0) return -1;
    return 0;
}

void module_type_init() {
    type_init_builtin(ModuleType, "module", &ObjectType, sizeof(Module),
                      type_flags::kHasGC | type_flags::kBaseType);
    ModuleType.weaklist_offset = offsetof(Module, weakreflist);
    ModuleType.dict_offset = offsetof(Module, dict);
    ModuleType.destroy = module_destroy;
    ModuleType.traverse = module_traverse;
    ModuleType.clear = module_clear;
    ModuleType.repr = module_repr;
    ModuleType.getattr = module_getattr;
    ModuleType.setattr = generic_setattr;
    ModuleType.new_instance = module_new_instance;
    ModuleType.init = module_init;
    add_getsets(ModuleType, {{"__dict__", module_get_dict}});
    add_methods(ModuleType, {{"__dir__", module_dir}});
    type_ready(ModuleType);
    static_assert(sizeof(Module) == 56, "PyModuleObject's size");
}

}  // namespace minipy
