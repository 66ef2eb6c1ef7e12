// property: binding, setting and copying properties (CPython's
// Objects/descrobject.c).
#include "runtime/objects/property.hpp"

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
#include "runtime/objects/singletons.hpp"
#include "runtime/text/str.hpp"

#include <string>

namespace minipy {

Type PropertyType;

static Property* as_property(Object* o) { return cast<Property>(o); }

// Keeps `name`, which __set_name__ sets to the attribute's name (a str in
// practice, so not part of a cycle) and error messages use.
static void property_clear(Object* o) {
    Property* p = as_property(o);
    clear_slot(p->getter);
    clear_slot(p->setter);
    clear_slot(p->deleter);
    clear_slot(p->doc);
}

static void property_destroy(Object* o) {
    Property* p = as_property(o);
    property_clear(p);
    clear_slot(p->name);
    delete_object(p);
}

static void property_traverse(Object* o, VisitFn visit, void* arg) {
    Property* p = as_property(o);
    visit_field(p->getter, visit, arg);
    visit_field(p->setter, visit, arg);
    visit_field(p->deleter, visit, arg);
    visit_field(p->doc, visit, arg);
    visit_field(p->name, visit, arg);
}

static Ref<> property_new(Type* type, const Args&) {
    auto p = new_object<Property>(type);
    gc_track(p.get());
    return p;
}

// property(fget=None, fset=None, fdel=None, doc=None); the doc defaults to the getter's.
static int property_init(Object* self, const Args& args) {
    static const ArgSpec spec{"property", {"fget", "fset", "fdel", "doc"}, 0};
    Object* a[4];
    if (!parse_args(args, spec, a)) return -1;
    Property* p = as_property(self);
    auto none_to_null = [](Object* o) { return o == None ? nullptr : o; };
    set_slot(p->getter, none_to_null(a[0]));
    set_slot(p->setter, none_to_null(a[1]));
    set_slot(p->deleter, none_to_null(a[2]));
    Object* doc = none_to_null(a[3]);
    Ref<> getter_doc;
    if (!doc && p->getter) {
        getter_doc = getattr_optional(p->getter, names::doc);
        if (!getter_doc && error_pending()) return -1;
        doc = getter_doc.get() == None ? nullptr : getter_doc.get();
        if (doc) p->getter_doc = true;
    }
    set_slot(p->doc, doc);
    return 0;
}

static std::string property_name(Property* p) {
    if (p->name && is_str(p->name)) return std::string(cast<Str>(p->name)->view());
    return "?";
}

static Ref<> property_get(Object* descr, Object* instance, Type*) {
    if (!instance) return share(descr);
    Property* p = as_property(descr);
    if (!p->getter)
        return raisef(exc::AttributeError, "property '{}' of '{}' object has no getter", property_name(p),
                      instance->type->qualname_view());
    return call(p->getter, {instance});
}

static int property_set(Object* descr, Object* instance, Object* value) {
    Property* p = as_property(descr);
    Object* fn = value ? p->setter : p->deleter;
    if (!fn) {
        raisef(exc::AttributeError, "property '{}' of '{}' object has no {}", property_name(p),
               instance->type->qualname_view(), value ? "setter" : "deleter");
        return -1;
    }
    Ref<> r = value ? call(fn, {instance, value}) : call(fn, {instance});
    return r ? 0 : -1;
}

// prop.setter(f) etc.: a copy of the property with one accessor replaced.
// A doc that came from the getter is looked up again on the copy's getter.
static Ref<> property_copy(Object* self, Object* getter, Object* setter, Object* deleter) {
    Property* p = as_property(self);
    Object* doc = p->getter_doc && getter ? None : p->doc ? p->doc : None;
    Ref<> copy = call(self->type, {getter ? getter : None, setter ? setter : None, deleter ? deleter : None, doc});
    if (copy && p->name) set_slot(as_property(copy.get())->name, p->name);
    return copy;
}

static Ref<> property_getter_method(Object* self, const Args& args) {
    if (!check_one_arg("getter", args)) return nullptr;
    Property* p = as_property(self);
    return property_copy(self, args[0], p->setter, p->deleter);
}
static Ref<> property_setter_method(Object* self, const Args& args) {
    if (!check_one_arg("setter", args)) return nullptr;
    Property* p = as_property(self);
    return property_copy(self, p->getter, args[0], p->deleter);
}
static Ref<> property_deleter_method(Object* self, const Args& args) {
    if (!check_one_arg("deleter", args)) return nullptr;
    Property* p = as_property(self);
    return property_copy(self, p->getter, p->setter, args[0]);
}
static Ref<> property_set_name(Object* self, const Args& args) {
    if (!check_arg_range("__set_name__", args, 2, 2)) return nullptr;
    set_slot(as_property(self)->name, args[1]);
    return none();
}

static Ref<> property_fget(Object* o) { return share(as_property(o)->getter ? as_property(o)->getter : None); }
static Ref<> property_fset(Object* o) { return share(as_property(o)->setter ? as_property(o)->setter : None); }
static Ref<> property_fdel(Object* o) { return share(as_property(o)->deleter ? as_property(o)->deleter : None); }
static Ref<> property_doc(Object* o) { return share(as_property(o)->doc ? as_property(o)->doc : None); }

int object_is_abstract(Object* o) {
    if (!o) return 0;
    Ref<> flag = getattr_optional(o, intern("__isabstractmethod__"));
    if (!flag) return error_pending() ? -1 : 0;
    return is_true(flag.get());
}

// An abstract accessor makes the property abstract.
static Ref<> property_isabstract(Object* o) {
    Property* p = as_property(o);
    for (Object* accessor : {p->getter, p->setter, p->deleter}) {
        int abstract = object_is_abstract(accessor);
        if (abstract != 0) return abstract < 0 ? nullptr : bool_from(true);
    }
    return bool_from(false);
}

// ------------------------------------------------------------------- init

void property_type_init() {
    type_init_builtin(PropertyType, "property", &ObjectType, sizeof(Property),
                      type_flags::kHasGC | type_flags::kBaseType);
    PropertyType.destroy = property_destroy;
    PropertyType.traverse = property_traverse;
    PropertyType.clear = property_clear;
    PropertyType.new_instance = property_new;
    PropertyType.init = property_init;
    PropertyType.descr_get = property_get;
    PropertyType.descr_set = property_set;
    PropertyType.getattr = generic_getattr;
    add_getsets(PropertyType, {
                                  {"fget", property_fget},
                                  {"fset", property_fset},
                                  {"fdel", property_fdel},
                                  {"__doc__", property_doc},
                                  {"__isabstractmethod__", property_isabstract},
                              });
    add_methods(PropertyType, {
                                  {"getter", property_getter_method},
                                  {"setter", property_setter_method},
                                  {"deleter", property_deleter_method},
                                  {"__set_name__", property_set_name},
                              });
    type_ready(PropertyType);
}

}  // namespace minipy
