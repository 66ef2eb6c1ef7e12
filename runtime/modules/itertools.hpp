// What the three files of the itertools module share (itertools.cpp,
// itertools_group.cpp, itertools_combinatoric.cpp); not part of the
// runtime's interface, which is make_itertools_module in modules.hpp.
//
// Every itertools type is a static type named "itertools.NAME" (CPython
// 3.11's are static too, so the collector never sees them as referents),
// tracked by the collector from birth, whose traverse visits the fields
// CPython's visits, in its order. An iterator drops its input where
// CPython's does, so reference counts read the same after a loop.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"
#include "runtime/objects/module.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace minipy {

struct Tuple;

// Sets up an itertools iterator type whose instances Python code creates
// by calling it: iter() returns the object itself, and the type can be
// subclassed unless `subclassable` is false. The caller readies it.
void itertools_init_type(Type& type, std::string_view name, std::size_t size, NextFn next, DestroyFn destroy,
                         TraverseFn traverse, NewFn new_instance, bool subclassable = true);

// CPython's `type == &X_type && !_PyArg_NoKeywords(...)` of the iterators
// that take positional arguments only: a subclass with an __init__ of its
// own may be given keywords. False with TypeError set.
[[nodiscard]] bool itertools_no_keywords(Type* type, Type& exact, std::string_view name, const Args& args);
// "NAME expected N arguments, got M" for the positional arguments alone.
[[nodiscard]] bool itertools_positional(std::string_view name, const Args& args, std::size_t min, std::size_t max);

// PySequence_Tuple: an exact tuple as is, anything else iterated into a
// new tuple. Null with an exception set.
Ref<Tuple> itertools_sequence_tuple(Object* iterable);

// The result tuple the combinatoric iterators and zip_longest hand out
// again when nobody else holds it (CPython reuses it the same way): a
// reused tuple is retracked, as a collection may have untracked it while
// it held only atomic values (the shared empty tuple is never tracked).
Ref<> itertools_share_result(Tuple* result);

// Each file's types, readied once and added to the module.
void itertools_add_group_types(Module* m);        // groupby, _grouper, tee, _tee, _tee_dataobject
void itertools_add_combinatoric_types(Module* m);  // product, permutations, combinations, cwr

}  // namespace minipy
