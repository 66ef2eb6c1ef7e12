// float: IEEE double, printed as CPython prints it (shortest round-trip repr).
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

#include <cstdint>
#include <string>

namespace minipy {

struct Float : Object {
    double value = 0.0;
};

extern Type FloatType;

inline bool is_float(const Object* o) { return o->type == &FloatType || is_instance_of(o, &FloatType); }

Ref<Float> float_from(double value);
// Starts the free list of floats (float.cpp) with `n` of them.
void float_free_list_fill(int n);

// repr(float): "0.1", "1e+16", "inf", "nan", "-0.0".
std::string float_repr(double value);
// CPython's _Py_HashDouble: equal to int_hash for integral values.
std::int64_t float_hash(double value);

// float(o) (CPython's PyNumber_Float): __float__, __index__, or parsing a
// str. Null on error.
Ref<> float_from_object(Object* o);

// The double value of an int or float (or __float__); false with an exception set otherwise.
[[nodiscard]] bool to_double(Object* o, double& out);

void float_type_init();

}  // namespace minipy
