// The namespace a module or class body stores its names in.
//
// Module bodies run in their globals, class bodies in the mapping their
// metaclass's __prepare__ returned: an exact dict is read and written
// directly, any other mapping through its __getitem__, __setitem__ and
// __delitem__ (CPython's LOAD_NAME, STORE_NAME and DELETE_NAME).
#pragma once

#include "interpreter/frame.hpp"
#include "runtime/core/object.hpp"
#include "runtime/objects/dict.hpp"

namespace minipy {
struct Str;
}

namespace minipy::interp {

inline Object* namespace_of(Frame& frame) {
    return frame.namespace_ ? frame.namespace_ : static_cast<Object*>(frame.globals);
}

// The value of `name` in a namespace (new reference); null without an
// error when it is absent, with one when the mapping failed otherwise.
Ref<> namespace_lookup(Object* ns, Str* name);
// ns[name] = value; -1 on error.
[[nodiscard]] int namespace_store(Object* ns, Str* name, Object* value);

}  // namespace minipy::interp
