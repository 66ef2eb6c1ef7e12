// None, NotImplemented and Ellipsis.
#include "runtime/objects/singletons.hpp"

#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/text/str.hpp"

namespace minipy {

Type NoneType;
Type NotImplementedType;
Type EllipsisType;

Object NoneObject;
Object NotImplementedObject;
Object EllipsisObject;

static Ref<> none_repr(Object*) { return share<Object>(intern("None")); }
static Ref<> not_implemented_repr(Object*) { return share<Object>(intern("NotImplemented")); }
static Ref<> ellipsis_repr(Object*) { return share<Object>(intern("Ellipsis")); }
static int none_bool(Object*) { return 0; }

// NotImplemented in a boolean context is deprecated in 3.11 but still true.
static int not_implemented_bool(Object*) { return 1; }

// type(None)() returns the singleton, as CPython.
template <Object* Singleton>
static Ref<> singleton_new(Type* type, const Args& args) {
    if (args.size() != 0 || args.has_keywords())
        return raisef(exc::TypeError, "{} takes no arguments", type->name_view());
    return share(Singleton);
}

// The singletons are never destroyed: their counts start at one and the
// runtime keeps that reference forever.
static void never_destroyed(Object*) {}

static void init_singleton(Type& type, const char* name, Object& object, UnaryFn repr) {
    type_init_builtin(type, name, &ObjectType, sizeof(Object), 0);
    type.destroy = never_destroyed;
    type.repr = repr;
    object.refcount = 1;
    object.type = &type;
    heap_register_static(&object, sizeof(Object));  // ctypes reads it at id(None)
}

void singletons_init() {
    init_singleton(NoneType, "NoneType", NoneObject, none_repr);
    NoneType.to_bool = none_bool;
    NoneType.new_instance = singleton_new<&NoneObject>;
    init_singleton(NotImplementedType, "NotImplementedType", NotImplementedObject, not_implemented_repr);
    NotImplementedType.to_bool = not_implemented_bool;
    NotImplementedType.new_instance = singleton_new<&NotImplementedObject>;
    init_singleton(EllipsisType, "ellipsis", EllipsisObject, ellipsis_repr);
    EllipsisType.new_instance = singleton_new<&EllipsisObject>;
    type_ready(NoneType);
    type_ready(NotImplementedType);
    type_ready(EllipsisType);
}

}  // namespace minipy
