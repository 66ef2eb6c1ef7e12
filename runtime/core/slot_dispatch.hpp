// The bridge between type slots and `__dunder__` methods, both ways:
//  * a builtin type's slots appear in its namespace as wrappers, so
//    `int.__add__(1, 2)` and `super().__init__()` reach the C++ slot;
//  * a class's dunder methods are reached from its slots through generic
//    dispatchers, so `a + b` on instances calls `A.__add__`.
// Used by the type machinery only.
#pragma once

#include "runtime/core/type.hpp"

namespace minipy {

// wrapper_descriptor: `int.__add__`, `object.__init__`.
extern Type SlotWrapperType;

// Adds a wrapper to `type`'s namespace for every slot it defines itself
// (one that differs from `base`'s), unless the namespace already has one.
void add_slot_wrappers(Type& type, const Type* base);

// Copies from `base` each slot `type` leaves empty (CPython's inherit_slots).
void inherit_slots(Type& type, const Type& base);

// Sets every slot of a new class from its MRO: a dunder defined in Python
// gets the generic dispatcher; one that resolves to a builtin's wrapper gets
// that builtin's C++ function directly.
void fix_heap_type_slots(Type& type);

void slot_wrapper_type_init();

}  // namespace minipy
