// What the builtin modules' files share with each other; not part of the
// runtime's interface (that is modules.hpp).
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"
#include "runtime/objects/module.hpp"

#include <cstddef>
#include <initializer_list>
#include <string_view>

namespace minipy {

struct Dict;

// ---------------------------------------------------------------- types

// For the types CPython writes in Python (weakref.WeakValueDictionary,
// weakref.finalize, …): messages name them by their bare name, as a class's
// would be, while __module__ and the class repr still say where they live.
// Call between type_init_builtin (with the bare name) and type_ready.
void type_set_module(Type& type, const char* module);

// Readies the types the modules define (file objects, struct sequences,
// weak containers, finalize, …). Idempotent; every make_*_module calls it.
void module_types_init();
void struct_seq_types_init();
void namespace_type_init();
void weak_container_types_init();
void weak_set_type_init();
void finalize_type_init();
void quitter_type_init();
Type* finalize_type();  // weakref.finalize
void weak_method_type_init();
Type* weak_method_type();  // weakref.WeakMethod

// ----------------------------------------------------------- builtins

void add_builtin_functions(Module* m);  // builtins_functions.cpp
void add_builtin_attr_functions(Module* m);  // builtins_attrs.cpp
void add_builtin_iter_functions(Module* m);  // builtins_iter.cpp
void add_builtin_io_functions(Module* m);    // builtins_io.cpp

// -------------------------------------------------- struct sequences
//
// The named tuples of the sys and time modules (CPython's structseq): a tuple subtype
// whose items are also attributes, printed as `sys.version_info(major=3, …)`.

enum class StructSeqKind { VersionInfo, FloatInfo, IntInfo, HashInfo, Flags, StructTime };
// A new instance with the given items (each shared); the count must match
// the kind's field count.
Ref<> struct_seq_new(StructSeqKind kind, std::initializer_list<Object*> items);
// The type itself (time.struct_time is exported and callable).
Type* struct_seq_type(StructSeqKind kind);

// ----------------------------------------------- types.SimpleNamespace

// namespace(name='minipy', …): an object whose attributes are its dict.
// `attrs` may be null.
Ref<> namespace_new(Dict* attrs);

// ------------------------------------------------- argument messages

// Python-function-style arity checks for functions that CPython writes in
// Python (random.randint, weakref.finalize): "Random.randint() missing 1
// required positional argument: 'b'", "… takes 3 positional arguments but 4
// were given". `params` excludes self; `self_counts` adds one to the counts
// in the "takes" message as CPython does for methods. Keywords are bound by
// name into `out` (borrowed; null when omitted); parameters from
// `max_positional` on are keyword-only. False with TypeError set.
[[nodiscard]] bool bind_python_args(std::string_view qualname, const Args& args,
                                    std::initializer_list<const char*> params, std::size_t required, bool self_counts,
                                    Object** out, std::size_t max_positional = static_cast<std::size_t>(-1));

}  // namespace minipy
