// range: a lazy arithmetic sequence of ints.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

#include <cstdint>

namespace minipy {

struct Range : Object {
    Object* start = nullptr;  // owned ints
    Object* stop = nullptr;
    Object* step = nullptr;
    Object* length = nullptr;
};

extern Type RangeType;

Ref<> range_new(std::int64_t start, std::int64_t stop, std::int64_t step);

// iter(range) and reversed(range): range_iterator counts in machine
// integers, longrange_iterator in ints of any size, chosen as CPython chooses.
extern Type RangeIterType;
extern Type LongRangeIterType;

void range_type_init();
void range_iter_types_init();

}  // namespace minipy
