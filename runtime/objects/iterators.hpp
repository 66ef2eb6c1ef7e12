// The generic iterators (the __getitem__ iterator, enumerate, zip, map,
// filter, reversed, iter(callable, sentinel)) and what iterator types share.
#pragma once

#include "runtime/core/method_def.hpp"
#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace minipy {

// The iterator for anything with __getitem__ (list, tuple, str and range
// install faster ones of their own; list's and tuple's share this shape).
struct SeqIter : Object {
    Object* seq = nullptr;  // owned; null once exhausted
    std::int64_t index = 0;
};

extern Type SeqIterType;
extern Type EnumerateType;
extern Type ZipType;
extern Type MapType;
extern Type FilterType;
extern Type ReversedType;
extern Type CallableIterType;

Ref<> seq_iter_new(Object* seq);

// iter(callable, sentinel); TypeError "iter(v, w): v must be callable".
Ref<> callable_iter_new(Object* callable, Object* sentinel);

// The new_instance slot of iterator types that Python code cannot
// instantiate: "cannot create 'list_iterator' instances".
Ref<> iterator_no_new(Type* type, const Args& args);

// operator.length_hint(o, fallback) (CPython's PyObject_LengthHint): len(o),
// else o.__length_hint__(), else `fallback`; -1 with an exception on error.
[[nodiscard]] std::int64_t length_hint(Object* o, std::int64_t fallback);

// For the iterator types of other files. init_iterator_type sets up a type
// whose iter() returns itself and that Python code cannot call (the caller
// adds its slots and methods, then readies it); init_seq_iter_type readies
// a type of SeqIter's shape with its `next` and __length_hint__ (none when
// null);
// seq_iter_alloc makes a tracked SeqIter over `seq` starting at `index`.
void init_iterator_type(Type& type, std::string_view name, std::size_t size, std::uint32_t flags, NextFn next);
void init_seq_iter_type(Type& type, std::string_view name, NextFn next, NativeFn length_hint_fn);
Ref<SeqIter> seq_iter_alloc(Type* type, Object* seq, std::int64_t index);

void seq_iter_type_init();   // iterator
void iterator_types_init();  // enumerate, zip, map, filter, reversed, callable_iterator

}  // namespace minipy
