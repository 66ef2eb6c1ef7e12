// slice: the object `a[i:j:k]` passes to __getitem__, and its index arithmetic.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

#include <cstdint>

namespace minipy {

struct Slice : Object {
    Object* start = nullptr;  // owned; None when omitted
    Object* stop = nullptr;
    Object* step = nullptr;
};

extern Type SliceType;

Ref<Slice> slice_new(Object* start, Object* stop, Object* step);  // shares; null args mean None

// CPython's PySlice_Unpack + AdjustIndices: the concrete start/stop/step and
// item count for a sequence of `length` items. False with an exception set
// (step zero, bad index types).
[[nodiscard]] bool slice_indices(Slice* s, std::int64_t length, std::int64_t& start, std::int64_t& stop,
                                 std::int64_t& step, std::int64_t& count);

// CPython's _PySlice_GetLongIndices: slice.indices(length) on exact
// integers of any size. False with an exception set (bad index, zero step).
class BigIndex;
[[nodiscard]] bool slice_long_indices(Slice* s, const BigIndex& length, BigIndex& start, BigIndex& stop,
                                      BigIndex& step);

void slice_type_init();

}  // namespace minipy
