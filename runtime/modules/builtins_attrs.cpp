// The builtin functions about attributes and classes: getattr, setattr,
// hasattr, delattr, vars, dir, isinstance, issubclass (CPython's
// Python/bltinmodule.c and Objects/abstract.c).
#include "runtime/modules/internal.hpp"
#include "runtime/modules/modules.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/core/names.hpp"
#include "runtime/core/recursion.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/instance.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/objects/union_type.hpp"
#include "runtime/text/str.hpp"

namespace minipy {

namespace {

// ------------------------------------------------------------ attributes

Str* attribute_name(Object* name) {
    if (is_str(name)) return cast<Str>(name);
    raisef(exc::TypeError, "attribute name must be string, not '{}'", type_name(name));
    return nullptr;
}

// getattr(object, name[, default]): the default replaces AttributeError only.
Ref<> builtin_getattr(Object*, const Args& args) {
    if (!check_arg_range("getattr", args, 2, 3)) return nullptr;
    Str* name = attribute_name(args[1]);
    if (!name) return nullptr;
    if (args.size() == 2) return getattr(args[0], name);
    Ref<> value = getattr_optional(args[0], name);
    if (value) return value;
    if (error_pending()) {
        if (!error_matches(exc::AttributeError)) return nullptr;
        clear_error();
    }
    return share(args[2]);
}

// hasattr(object, name): False on AttributeError; other errors propagate.
Ref<> builtin_hasattr(Object*, const Args& args) {
    if (!check_arg_range("hasattr", args, 2, 2)) return nullptr;
    Str* name = attribute_name(args[1]);
    if (!name) return nullptr;
    Ref<> value = getattr_optional(args[0], name);
    if (value) return share(True);
    if (error_pending()) {
        if (!error_matches(exc::AttributeError)) return nullptr;
        clear_error();
    }
    return share(False);
}

Ref<> builtin_setattr(Object*, const Args& args) {
    if (!check_arg_range("setattr", args, 3, 3)) return nullptr;
    Str* name = attribute_name(args[1]);
    if (!name || setattr(args[0], name, args[2]) < 0) return nullptr;
    return none();
}

Ref<> builtin_delattr(Object*, const Args& args) {
    if (!check_arg_range("delattr", args, 2, 2)) return nullptr;
    Str* name = attribute_name(args[1]);
    if (!name || setattr(args[0], name, nullptr) < 0) return nullptr;
    return none();
}

// vars(object): object.__dict__. Without an argument it is locals(), which
// only the interpreter can answer.
Ref<> builtin_vars(Object*, const Args& args) {
    if (!check_no_keywords("vars", args) || !check_arg_range("vars", args, 0, 1)) return nullptr;
    if (args.size() == 0) {
        if (!builtins_locals_provider) return raise(exc::TypeError, "vars() without an argument needs a frame");
        return builtins_locals_provider();
    }
    Ref<> d = getattr(args[0], names::dict);
    if (!d && error_matches(exc::AttributeError)) {
        clear_error();
        return raise(exc::TypeError, "vars() argument must have __dict__ attribute");
    }
    return d;
}

// ------------------------------------------------------------------- dir

// type.__dir__: the keys of the class's namespace and of all its bases'
// (CPython's merge_class_dict, which follows __bases__ recursively).
bool merge_class_dict(Type* type, Dict* into) {
    Object* key;
    Object* value;
    for (std::int64_t pos = 0; dict_next(type->dict, pos, &key, &value);)
        if (dict_set(into, key, None) < 0) return false;
    if (type->bases)
        for (Object* base : *type->bases)
            if (!merge_class_dict(cast<Type>(base), into)) return false;
    return true;
}

Ref<> dict_keys_list(Dict* d) {
    Ref<List> keys = list_new(d->used);
    if (!keys) return nullptr;
    Object* key;
    Object* value;
    for (std::int64_t pos = 0; dict_next(d, pos, &key, &value);)
        if (!list_append(keys.get(), key)) return nullptr;
    return keys;
}

// The unsorted names dir(obj) reports: obj.__dir__(), with module and
// class objects answered as CPython's module.__dir__ and type.__dir__ do
// (our module and type objects inherit object.__dir__).
Ref<> dir_names(Object* obj) {
    static Object* object_dir = type_lookup(&ObjectType, "__dir__");
    Object* method = type_lookup(obj->type, "__dir__");
    if (method == object_dir) {
        if (is_module(obj)) {
            Dict* d = cast<Module>(obj)->dict;
            if (Object* custom = dict_get(d, "__dir__")) return call(custom, {});
            return dict_keys_list(d);
        }
        if (is_type(obj)) {
            Ref<Dict> names = dict_new();
            if (!merge_class_dict(cast<Type>(obj), names.get())) return nullptr;
            return dict_keys_list(names.get());
        }
    }
    if (!method) return raise(exc::TypeError, "object does not provide __dir__");
    Ref<> bound = method->type->descr_get ? method->type->descr_get(method, obj, obj->type) : share(method);
    if (!bound) return nullptr;
    return call(bound.get(), {});
}

Ref<> builtin_dir(Object*, const Args& args) {
    if (!check_no_keywords("dir", args) || !check_arg_range("dir", args, 0, 1)) return nullptr;
    Ref<> names;
    if (args.size() == 0) {
        if (!builtins_locals_provider) return raise(exc::TypeError, "dir() without an argument needs a frame");
        Ref<> scope = builtins_locals_provider();
        if (!scope) return nullptr;
        names = call_method(scope.get(), "keys", {});
    } else {
        names = dir_names(args[0]);
    }
    if (!names) return nullptr;
    Ref<List> result = list_from_iterable(names.get());
    if (!result || list_sort(result.get(), nullptr, false) < 0) return nullptr;
    return result;
}

// ------------------------------------------------- isinstance / issubclass

// isinstance(inst, cls) for a class `cls`: the type test, then the
// __class__ an object claims (a weakref proxy claims its referent's class),
// as CPython's object_isinstance.
int instance_of_class(Object* inst, Type* cls) {
    if (is_instance_of(inst, cls)) return 1;
    static Object* object_class = type_lookup(&ObjectType, names::class_);
    if (inst->type->getattr == generic_getattr && type_lookup(inst->type, names::class_) == object_class) return 0;
    Ref<> claimed = getattr_optional(inst, names::class_);
    if (!claimed) {
        if (!error_pending()) return 0;
        if (!error_matches(exc::AttributeError)) return -1;
        clear_error();
        return 0;
    }
    if (claimed.get() == inst->type || !is_type(claimed.get())) return 0;
    return type_is_subtype(cast<Type>(claimed.get()), cls) ? 1 : 0;
}

// A metaclass's __instancecheck__ / __subclasscheck__, when it overrides type's.
Object* metaclass_hook(Object* cls, const char* name) {
    if (cls->type == &TypeType) return nullptr;
    Object* hook = type_lookup(cls->type, name);
    return hook && hook != type_lookup(&TypeType, name) ? hook : nullptr;
}

int call_hook(Object* hook, Object* cls, Object* arg) {
    Ref<> bound = hook->type->descr_get ? hook->type->descr_get(hook, cls, cls->type) : share(hook);
    if (!bound) return -1;
    Ref<> result = call(bound.get(), {arg});
    if (!result) return -1;
    return is_true(result.get());
}

// CPython's object_recursive_isinstance: classes, nested tuples of classes,
// and __instancecheck__ on metaclasses.
int recursive_isinstance(Object* inst, Object* cls) {
    if (inst->type == cls) return 1;
    if (is_type(cls)) {
        if (Object* hook = metaclass_hook(cls, "__instancecheck__")) {
            RecursionScope scope(" in __instancecheck__");
            if (!scope) return -1;
            return call_hook(hook, cls, inst);
        }
        return instance_of_class(inst, cast<Type>(cls));
    }
    if (is_union(cls)) cls = union_args(cls);  // int | str is (int, str) here
    if (is_tuple(cls)) {
        RecursionScope scope(" in __instancecheck__");
        if (!scope) return -1;
        for (Object* item : *cast<Tuple>(cls)) {
            int r = recursive_isinstance(inst, item);
            if (r != 0) return r;
        }
        return 0;
    }
    if (Object* hook = type_lookup(cls->type, "__instancecheck__")) return call_hook(hook, cls, inst);
    raise(exc::TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
}

int recursive_issubclass(Object* derived, Object* cls) {
    if (is_type(cls)) {
        if (Object* hook = metaclass_hook(cls, "__subclasscheck__")) {
            RecursionScope scope(" in __subclasscheck__");
            if (!scope) return -1;
            return call_hook(hook, cls, derived);
        }
        if (!is_type(derived)) {
            raise(exc::TypeError, "issubclass() arg 1 must be a class");
            return -1;
        }
        return type_is_subtype(cast<Type>(derived), cast<Type>(cls)) ? 1 : 0;
    }
    if (is_union(cls)) cls = union_args(cls);
    if (is_tuple(cls)) {
        RecursionScope scope(" in __subclasscheck__");
        if (!scope) return -1;
        for (Object* item : *cast<Tuple>(cls)) {
            int r = recursive_issubclass(derived, item);
            if (r != 0) return r;
        }
        return 0;
    }
    if (Object* hook = type_lookup(cls->type, "__subclasscheck__")) return call_hook(hook, cls, derived);
    if (!is_type(derived)) {
        raise(exc::TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    raise(exc::TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
}

Ref<> builtin_isinstance(Object*, const Args& args) {
    if (!check_arg_range("isinstance", args, 2, 2)) return nullptr;
    int r = recursive_isinstance(args[0], args[1]);
    if (r < 0) return nullptr;
    return bool_from(r);
}

Ref<> builtin_issubclass(Object*, const Args& args) {
    if (!check_arg_range("issubclass", args, 2, 2)) return nullptr;
    int r = recursive_issubclass(args[0], args[1]);
    if (r < 0) return nullptr;
    return bool_from(r);
}

}  // namespace

void add_builtin_attr_functions(Module* m) {
    add_module_functions(m, {
                                {"getattr", builtin_getattr},
                                {"hasattr", builtin_hasattr},
                                {"setattr", builtin_setattr},
                                {"delattr", builtin_delattr},
                                {"vars", builtin_vars},
                                {"dir", builtin_dir},
                                {"isinstance", builtin_isinstance},
                                {"issubclass", builtin_issubclass},
                            });
}

}  // namespace minipy
