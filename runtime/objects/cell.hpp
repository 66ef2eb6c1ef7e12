// cell: the box a closure shares with the function that defined a variable.
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

namespace minipy {

struct Cell : Object {
    Object* value = nullptr;  // owned; null while the variable is unbound
};

extern Type CellType;

Ref<Cell> cell_new(Object* value);  // shares `value` (may be null)

void cell_type_init();

}  // namespace minipy
