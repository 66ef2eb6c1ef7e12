// The builtins module (CPython's Python/bltinmodule.c): the builtin types,
// constants and exception classes under their Python names, and the builtin
// functions, which live in builtins_*.cpp by theme.
#include "runtime/modules/internal.hpp"
#include "runtime/modules/modules.hpp"

#include "runtime/objects/bytearray.hpp"
#include "runtime/objects/bytes.hpp"
#include "runtime/objects/memoryview.hpp"
#include "runtime/objects/classmethod.hpp"
#include "runtime/objects/dict.hpp"
#include "runtime/objects/exceptions.hpp"
#include "runtime/objects/file.hpp"
#include "runtime/objects/float.hpp"
#include "runtime/objects/int.hpp"
#include "runtime/objects/iterators.hpp"
#include "runtime/objects/list.hpp"
#include "runtime/objects/property.hpp"
#include "runtime/objects/range.hpp"
#include "runtime/objects/set.hpp"
#include "runtime/objects/singletons.hpp"
#include "runtime/objects/slice.hpp"
#include "runtime/objects/super.hpp"
#include "runtime/objects/tuple.hpp"
#include "runtime/text/str.hpp"

namespace minipy {

LocalsProvider builtins_locals_provider = nullptr;

void type_set_module(Type& type, const char* module) { type.module = share(intern(module)).release(); }

void module_types_init() {
    static bool done = false;
    if (done) return;
    done = true;
    file_types_init();
    struct_seq_types_init();
    namespace_type_init();
    weak_container_types_init();
    weak_set_type_init();
    finalize_type_init();
    weak_method_type_init();
    quitter_type_init();
}

Ref<Module> make_builtins_module() {
    module_types_init();
    Ref<Module> m = module_new("builtins", ModuleOrigin::BuiltIn);
    Module* b = m.get();
    (void)dict_set(b->dict, "__doc__",  // start-up, a str key: as module_add
                   str_from("Built-in functions, types, exceptions, and other objects.").get());

    module_add(b, "None", None);
    module_add(b, "Ellipsis", Ellipsis);
    module_add(b, "NotImplemented", NotImplemented);
    module_add(b, "True", True);
    module_add(b, "False", False);
    module_add(b, "__debug__", True);

    struct Named {
        const char* name;
        Type* type;
    };
    const Named types[] = {
        {"object", &ObjectType},
        {"type", &TypeType},
        {"int", &IntType},
        {"float", &FloatType},
        {"bool", &BoolType},
        {"str", &StrType},
        {"bytes", &BytesType},
        {"bytearray", &ByteArrayType},
        {"memoryview", &MemoryViewType},
        {"list", &ListType},
        {"tuple", &TupleType},
        {"dict", &DictType},
        {"set", &SetType},
        {"frozenset", &FrozenSetType},
        {"range", &RangeType},
        {"slice", &SliceType},
        {"enumerate", &EnumerateType},
        {"zip", &ZipType},
        {"map", &MapType},
        {"filter", &FilterType},
        {"reversed", &ReversedType},
        {"property", &PropertyType},
        {"staticmethod", &StaticMethodType},
        {"classmethod", &ClassMethodType},
        {"super", &SuperType},
    };
    for (const Named& t : types) module_add(b, t.name, t.type);

#define X(name, base) module_add(b, #name, exc::name);
    MINIPY_EXCEPTIONS(X)
#undef X
    // PEP 3151's aliases.
    module_add(b, "EnvironmentError", exc::OSError);
    module_add(b, "IOError", exc::OSError);

    add_builtin_functions(b);
    add_builtin_attr_functions(b);
    add_builtin_iter_functions(b);
    add_builtin_io_functions(b);
    return m;
}

}  // namespace minipy
