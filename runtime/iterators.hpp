// Iterator objects of the builtin sequences and the builtin iterator
// functions (enumerate, zip, map, filter, reversed, iter(callable, sentinel)).
#pragma once

#include "runtime/object.hpp"
#include "runtime/type.hpp"

#include <cstdint>

namespace minipy {

// The iterator for anything with __getitem__ (and for list/tuple/str/range,
// whose types install faster ones of their own).
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

void iterator_types_init();

}  // namespace minipy
