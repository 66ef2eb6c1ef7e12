// super (CPython's super_getattro / super_init in Objects/typeobject.c).
#include "runtime/objects/super.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/core/names.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

#include <fmt/format.h>

namespace minipy {

Type SuperType;
SuperContextFn super_context = nullptr;

static Super* as_super(Object* o) { return cast<Super>(o); }

// The type whose MRO super searches: type(obj), or obj itself when obj is a
// class (super() inside a classmethod).
static Type* supercheck(Type* type, Object* obj) {
    if (is_type(obj) && type_is_subtype(cast<Type>(obj), type)) return cast<Type>(obj);
    if (is_instance_of(obj, type)) return obj->type;
    // An object whose __class__ claims to be a subclass (proxies) also qualifies.
    Ref<> cls = getattr_optional(obj, names::class_);
    if (cls && is_type(cls.get()) && cls.get() != obj->type && type_is_subtype(cast<Type>(cls.get()), type))
        return cast<Type>(cls.get());
    if (!error_pending())
        raise(exc::TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return nullptr;
}

static Ref<> super_new(Type* type, const Args&) {
    auto s = new_object<Super>(type);
    gc_track(s.get());
    return s;
}

static int super_init(Object* self, const Args& args) {
    if (args.has_keywords()) return raise(exc::TypeError, "super() takes no keyword arguments"), -1;
    if (args.size() > 2) return raisef(exc::TypeError, "super() takes at most 2 arguments ({} given)", args.size()), -1;
    Type* type = nullptr;
    Object* obj = nullptr;
    if (args.size() == 0) {
        if (!super_context || !super_context(&type, &obj)) {
            if (!error_pending()) raise(exc::RuntimeError, "super(): no arguments");
            return -1;
        }
    } else {
        if (!is_type(args[0]))
            return raisef(exc::TypeError, "super() argument 1 must be a type, not {}", type_name(args[0])), -1;
        type = cast<Type>(args[0]);
        if (args.size() == 2 && args[1] != None) obj = args[1];
    }
    Type* obj_type = nullptr;
    if (obj) {
        obj_type = supercheck(type, obj);
        if (!obj_type) return -1;
    }
    Super* s = as_super(self);
    set_slot(s->thisclass, type);
    set_slot(s->obj, obj);
    set_slot(s->obj_type, obj_type);
    return 0;
}

Object* super_lookup(Type* obj_type, Type* thisclass, Str* name) {
    Tuple* mro = obj_type->mro;
    std::int64_t i = 0;
    while (i < mro->length() && (*mro)[i] != thisclass) ++i;
    for (++i; i < mro->length(); ++i)
        if (Object* found = dict_get_str(cast<Type>((*mro)[i])->dict, name)) return found;
    return nullptr;
}

static Ref<> super_getattr(Object* self, Str* name) {
    Super* s = as_super(self);
    // __class__ is the super object's own (as CPython).
    if (s->obj_type && name->view() != "__class__") {
        if (Object* found = super_lookup(s->obj_type, s->thisclass, name)) {
            Ref<> keep = share(found);
            if (DescrGetFn get = found->type->descr_get) {
                Object* instance = s->obj == s->obj_type ? nullptr : s->obj;
                return get(found, instance, s->obj_type);
            }
            return keep;
        }
    }
    return generic_getattr(self, name);
}

// super.__get__: an unbound super bound to an instance.
static Ref<> super_get(Object* self, Object* instance, Type*) {
    Super* s = as_super(self);
    if (!instance || s->obj) return share(self);
    Ref<> bound = call(self->type, {s->thisclass, instance});
    return bound;
}

static Ref<> super_repr(Object* self) {
    Super* s = as_super(self);
    // CPython prints tp_name here: a class's bare name, without its module.
    std::string type_text = s->thisclass ? fmt::format("<class '{}'>", s->thisclass->name_view()) : "NULL";
    if (s->obj_type)
        return str_from(fmt::format("<super: {}, <{} object>>", type_text, s->obj_type->name_view()));
    return str_from(fmt::format("<super: {}, NULL>", type_text));
}

// No clear, as CPython's super: a cycle through one is broken at its other
// members. obj, then the class, then obj's type, as in super_dealloc and
// super_traverse.
static void super_destroy(Object* self) {
    Super* s = as_super(self);
    clear_slot(s->obj);
    clear_slot(s->thisclass);
    clear_slot(s->obj_type);
    delete_object(s);
}

static void super_traverse(Object* self, VisitFn visit, void* arg) {
    Super* s = as_super(self);
    visit_field(s->obj, visit, arg);
    visit_field(s->thisclass, visit, arg);
    visit_field(s->obj_type, visit, arg);
}

static Ref<> super_thisclass(Object* o) { return share<Object>(as_super(o)->thisclass); }
static Ref<> super_self(Object* o) {
    Object* obj = as_super(o)->obj;
    return share(obj ? obj : None);
}

void super_type_init() {
    type_init_builtin(SuperType, "super", &ObjectType, sizeof(Super), type_flags::kHasGC | type_flags::kBaseType);
    SuperType.destroy = super_destroy;
    SuperType.traverse = super_traverse;
    SuperType.new_instance = super_new;
    SuperType.init = super_init;
    SuperType.getattr = super_getattr;
    SuperType.descr_get = super_get;
    SuperType.repr = super_repr;
    add_getsets(SuperType, {{"__thisclass__", super_thisclass}, {"__self__", super_self}});
    type_ready(SuperType);
}

}  // namespace minipy
