// module objects: a name and a dict of globals.
#include "runtime/objects/module.hpp"

#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

#include <cstddef>

namespace minipy {

Type ModuleType;

Ref<Module> module_new(std::string_view name) {
    auto module = new_object<Module>(&ModuleType);
    module->dict = dict_new().release();
    dict_set(module->dict, "__name__", str_from(name).get());
    dict_set(module->dict, "__doc__", None);
    gc_track(module.get());
    return module;
}

void module_add(Module* m, std::string_view name, Object* value) { dict_set(m->dict, name, value); }

static void module_clear(Object* o) { clear_slot(cast<Module>(o)->dict); }

static void module_destroy(Object* o) {
    module_clear(o);
    delete_object(cast<Module>(o));
}

static void module_traverse(Object* o, VisitFn visit, void* arg) { visit_field(cast<Module>(o)->dict, visit, arg); }

// <module 'sys' (built-in)>, <module 'helper' from '/path/helper.py'>
static Ref<> module_repr(Object* o) {
    auto* m = cast<Module>(o);
    Object* name = dict_get(m->dict, "__name__");
    std::string_view name_text = name && is_str(name) ? cast<Str>(name)->view() : "?";
    Object* file = dict_get(m->dict, "__file__");
    if (file && is_str(file))
        return str_from(fmt::format("<module '{}' from '{}'>", name_text, cast<Str>(file)->view()));
    return str_from(fmt::format("<module '{}' (built-in)>", name_text));
}

// Module attributes are the module's globals: `sys.argv` reads sys's dict.
static Ref<> module_getattr(Object* o, Str* name) {
    if (Ref<> found = generic_getattr_optional(o, name)) return found;
    if (error_pending()) return nullptr;
    Object* mod_name = dict_get(cast<Module>(o)->dict, "__name__");
    if (mod_name && is_str(mod_name))
        return raisef(exc::AttributeError, "module '{}' has no attribute '{}'", cast<Str>(mod_name)->view(),
                      name->view());
    return raisef(exc::AttributeError, "module has no attribute '{}'", name->view());
}

void module_type_init() {
    type_init_builtin(ModuleType, "module", &ObjectType, sizeof(Module),
                      type_flags::kHasGC | type_flags::kBaseType | type_flags::kWeakrefable);
    ModuleType.dict_offset = offsetof(Module, dict);
    ModuleType.destroy = module_destroy;
    ModuleType.traverse = module_traverse;
    ModuleType.clear = module_clear;
    ModuleType.repr = module_repr;
    ModuleType.getattr = module_getattr;
    ModuleType.setattr = generic_setattr;
    type_ready(ModuleType);
}

}  // namespace minipy
