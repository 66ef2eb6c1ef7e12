// The weakref module: CPython's _weakref functions (ref, proxy,
// getweakrefcount, getweakrefs) and the classes of Lib/weakref.py, here
// written in C++ (WeakValueDictionary, WeakKeyDictionary, WeakSet, KeyedRef,
// WeakMethod, finalize).
#include "runtime/modules/internal.hpp"
#include "runtime/modules/modules.hpp"
#include "runtime/modules/weak_container.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/args.hpp"
#include "runtime/core/errors.hpp"
#include "runtime/core/method_def.hpp"
#include "runtime/core/weakref.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"

namespace minipy {

namespace {

// proxy(object, callback=None, /): a CallableProxyType when the object is callable.
Ref<> weakref_proxy(Object*, const Args& args) {
    if (!check_no_keywords("_weakref.proxy", args) || !check_arg_range("proxy", args, 1, 2)) return nullptr;
    Type* type = is_callable(args[0]) ? &WeakCallableProxyType : &WeakProxyType;
    return weakref_new(type, args[0], args.size() > 1 ? args[1] : nullptr);
}

Ref<> weakref_getweakrefcount(Object*, const Args& args) {
    if (!check_one_arg("_weakref.getweakrefcount", args)) return nullptr;
    return int_from(weakref_count(args[0]));
}

Ref<> weakref_getweakrefs(Object*, const Args& args) {
    if (!check_one_arg("_weakref.getweakrefs", args)) return nullptr;
    return weakref_list(args[0]);
}

}  // namespace

Ref<Module> make_weakref_module() {
    module_types_init();
    Ref<Module> m = module_new("weakref", ModuleOrigin::BuiltIn);
    Module* w = m.get();
    add_module_functions(w, {
                                {"proxy", weakref_proxy},
                                {"getweakrefcount", weakref_getweakrefcount},
                                {"getweakrefs", weakref_getweakrefs},
                            });
    module_add(w, "ref", &WeakRefType);
    module_add(w, "ReferenceType", &WeakRefType);
    module_add(w, "ProxyType", &WeakProxyType);
    module_add(w, "CallableProxyType", &WeakCallableProxyType);
    module_add(w, "ProxyTypes", tuple_from({&WeakProxyType, &WeakCallableProxyType}).get());
    module_add(w, "WeakValueDictionary", &WeakValueDictionaryType);
    module_add(w, "WeakKeyDictionary", &WeakKeyDictionaryType);
    module_add(w, "WeakSet", &WeakSetType);
    module_add(w, "KeyedRef", &KeyedRefType);
    module_add(w, "finalize", finalize_type());
    module_add(w, "WeakMethod", weak_method_type());
    return m;
}

}  // namespace minipy
