// The method-table registry: add_methods, add_getsets and
// add_module_functions turn MethodDef/GetSetDef tables into the descriptors
// and builtin functions of a type's or module's namespace.
#include "runtime/core/method_def.hpp"

#include "runtime/core/abstract.hpp"
#include "runtime/core/heap.hpp"
#include "runtime/core/interrupts.hpp"
#include "runtime/objects/builtin_function.hpp"
#include "runtime/objects/classmethod.hpp"
#include "runtime/objects/descriptors.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/module.hpp"
#include "runtime/text/str.hpp"

#include <cstdio>
#include <cstdlib>
#include <deque>
#include <unordered_map>
#include <vector>

namespace minipy {

std::nullptr_t native_out_of_memory(int depth) {
    if (depth != recursion_depth) {
        std::fflush(stdout);
        std::fputs("minipy: out of memory\n", stderr);
        std::abort();
    }
    memory_error_pending = 0;  // raised here, not once more at the next safe point
    raise_memory_error();
    heap_keep_reserve();
    return nullptr;
}

// add_methods copies the definitions into storage that lives for the whole
// program (descriptors point at them). Tables registered before the type is
// ready wait in `pending_tables` for type_ready.

namespace {

std::deque<MethodDef>& method_storage() {
    static auto* storage = new std::deque<MethodDef>();  // never destroyed: descriptors outlive static destructors
    return *storage;
}
std::deque<GetSetDef>& getset_storage() {
    static auto* storage = new std::deque<GetSetDef>();
    return *storage;
}

struct PendingTables {
    std::vector<const MethodDef*> methods;
    std::vector<const GetSetDef*> getsets;
};
std::unordered_map<Type*, PendingTables>& pending_tables() {
    static auto* pending = new std::unordered_map<Type*, PendingTables>();
    return *pending;
}

bool is_ready(const Type& type) { return type.has_flag(type_flags::kReady) || type.dict; }

void install_method(Type& type, const MethodDef* def) {
    Ref<> descr;
    switch (def->kind) {
        case MethodKind::Instance:
        case MethodKind::Class:
            descr = method_descriptor_new(def, &type);
            break;
        case MethodKind::Static:
            descr = call(&StaticMethodType, {builtin_function_new(def, nullptr).get()});
            break;
    }
    // Type set-up under a str key: fails only once memory is exhausted.
    (void)dict_set(type.dict, intern(def->name), descr.get());
    if (type.has_flag(type_flags::kReady)) type_modified(&type);
}

void install_getset(Type& type, const GetSetDef* def) {
    (void)dict_set(type.dict, intern(def->name), getset_descriptor_new(def, &type).get());  // as in install_method
    if (type.has_flag(type_flags::kReady)) type_modified(&type);
}

}  // namespace

void add_methods(Type& type, const MethodDef* defs, std::size_t count) {
    for (std::size_t i = 0; i < count; ++i) {
        const MethodDef* stored = &method_storage().emplace_back(defs[i]);
        if (is_ready(type)) install_method(type, stored);
        else pending_tables()[&type].methods.push_back(stored);
    }
}

void add_methods(Type& type, std::initializer_list<MethodDef> defs) { add_methods(type, defs.begin(), defs.size()); }

void add_getsets(Type& type, std::initializer_list<GetSetDef> defs) {
    for (const GetSetDef& def : defs) {
        const GetSetDef* stored = &getset_storage().emplace_back(def);
        if (is_ready(type)) install_getset(type, stored);
        else pending_tables()[&type].getsets.push_back(stored);
    }
}

void install_method_tables(Type& type) {
    auto it = pending_tables().find(&type);
    if (it == pending_tables().end()) return;
    for (const GetSetDef* def : it->second.getsets) install_getset(type, def);
    for (const MethodDef* def : it->second.methods) install_method(type, def);
    pending_tables().erase(it);
}

void add_module_functions(Object* module, std::initializer_list<MethodDef> defs) {
    for (const MethodDef& def : defs) {
        const MethodDef* stored = &method_storage().emplace_back(def);
        Ref<> f = builtin_function_new(stored, module);
        module_add(cast<Module>(module), def.name, f.get());
    }
}

}  // namespace minipy
