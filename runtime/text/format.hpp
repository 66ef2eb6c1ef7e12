// Formatting entry points for the evaluator and the builtins: f-strings,
// format(), ascii() and the `!a` conversion.
#pragma once

#include "runtime/core/object.hpp"

namespace minipy {

// format(value, spec): calls type(value).__format__(value, spec) as CPython's
// PyObject_Format. `spec` is a str or null (meaning ''). A result that is not
// a str is "TypeError: __format__ must return a str, not int". For an exact
// str or int with an empty spec the value itself is returned (CPython's fast
// path, which `is` can observe).
Ref<> format_value(Object* value, Object* spec);

// ascii(o): repr(o) with non-ASCII code points escaped (\xe9, \u20ac, \U0001f600).
Ref<> ascii_of(Object* o);

}  // namespace minipy
