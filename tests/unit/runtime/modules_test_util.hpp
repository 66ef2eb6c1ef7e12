// Helpers for the tests of the builtin modules, the collector and weak
// references: the modules themselves, classes made as a class statement
// would make them, and native methods to put in those classes.
#pragma once

#include "container_test_util.hpp"

#include "runtime/core/gc.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/type.hpp"
#include "runtime/modules/modules.hpp"
#include "runtime/objects/builtin_function.hpp"
#include "runtime/objects/descriptors.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/module.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/tuple.hpp"

#include <string>
#include <utility>
#include <vector>

namespace minipy::test {

// One instance of each module for the whole test run (as the interpreter
// makes them once), created on first use.
inline Module* builtins_module() {
    static Module* m = [] {
        runtime_init();
        return make_builtins_module().release();
    }();
    return m;
}
inline Module* test_sys_module() {
    static Module* m = [] {
        runtime_init();
        return make_sys_module({"script.py", "arg1"}).release();
    }();
    return m;
}
inline Module* gc_module() {
    static Module* m = [] {
        runtime_init();
        return make_gc_module().release();
    }();
    return m;
}
inline Module* weakref_module() {
    static Module* m = [] {
        runtime_init();
        return make_weakref_module().release();
    }();
    return m;
}

// module.name (a new reference), failing the test when it is missing.
inline Ref<> attr(Object* o, const char* name) {
    Ref<> value = getattr(o, name);
    if (!value) FAIL("missing attribute " << name << ": " << error_text());
    return value;
}

// module.name(*positional, **keywords)
inline Ref<> call_attr(Object* o, const char* name, std::vector<Object*> positional = {},
                       std::vector<Kw> keywords = {}) {
    Ref<> f = attr(o, name);
    return call_kw(f.get(), std::move(positional), std::move(keywords));
}

// `class Name(bases): ns` — entries are (name, value) pairs.
inline Ref<> make_class(const char* name, std::vector<std::pair<const char*, Object*>> ns = {},
                        std::vector<Object*> bases = {}) {
    Ref<Dict> dict = dict_new();
    REQUIRE(dict_set(dict.get(), "__module__", str_from("__main__").get()) == 0);
    for (auto& [key, value] : ns) REQUIRE(dict_set(dict.get(), key, value) == 0);
    Ref<Tuple> base_tuple = tuple_from_array(bases.data(), static_cast<std::int64_t>(bases.size()));
    Ref<> cls = type_new_class(&TypeType, intern(name), base_tuple.get(), dict.get());
    if (!cls) FAIL("class creation failed: " << error_text());
    return cls;
}

// A native method for a class namespace: a method descriptor that applies to
// any object, so it can be placed in a class before the class exists.
inline Ref<> native_method(const MethodDef* def) {
    auto d = new_object<MethodDescriptor>(&MethodDescriptorType);
    d->def = def;
    d->owner = &ObjectType;
    return d;
}

// A builtin function with `self` bound (for callbacks that record calls).
inline Ref<> native_function(const MethodDef* def, Object* self) { return builtin_function_new(def, self); }

inline Ref<> new_instance(Object* cls) { return call(cls, {}); }

inline Ref<> list_of(std::vector<Object*> items) {
    return list_from_array(items.data(), static_cast<std::int64_t>(items.size()));
}

// Collects everything, so that a test starts from a clean heap.
inline void collect_all() { gc_collect(2); }

}  // namespace minipy::test
