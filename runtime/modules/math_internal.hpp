// Shared by the two halves of the math module: math.cpp (floating point)
// and math_integer.cpp (exact integer functions).
#pragma once

#include "runtime/core/object.hpp"
#include "runtime/core/type.hpp"

namespace minipy::math_module {

// CPython's gamma and lgamma (math_gamma.cpp); errors through errno.
double m_tgamma(double x);
double m_lgamma(double x);

Ref<> factorial(Object* module, const Args& args);
Ref<> gcd(Object* module, const Args& args);
Ref<> lcm(Object* module, const Args& args);
Ref<> comb(Object* module, const Args& args);
Ref<> perm(Object* module, const Args& args);
Ref<> isqrt(Object* module, const Args& args);
Ref<> prod(Object* module, const Args& args);

}  // namespace minipy::math_module
