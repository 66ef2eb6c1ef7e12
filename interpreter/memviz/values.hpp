// How memviz writes one object in a few characters, and which objects it
// draws inline or leaves out (model.hpp's Options). Reads the objects only:
// no repr() is called, so no Python code runs and no reference is taken.
#pragma once

#include "interpreter/memviz/model.hpp"

#include <string>

namespace minipy {
struct Dict;
struct Str;
}

namespace minipy::interp::memviz {

// A str's text as UTF-8, through a temporary copy: Str::view() would cache
// the UTF-8 form in a non-ASCII str and change its sys.getsizeof.
std::string text_of(const Str* s);

// d[key] for a str key, found by comparing texts: dict_get(d, "text") would
// intern the key, allocating if it is new. Null when absent (no error).
Object* lookup_text(const Dict* d, std::string_view key);

// The value written inside an object's box: an int's digits, a float's
// repr, a str's repr (shortened), a function's, class's or module's name;
// "" for containers and everything else.
std::string short_value(Object* o);

// Text drawn in place of an arrow: "None", "True", "False", "Ellipsis",
// "NotImplemented", and the hidden objects ("<function f>", "<class 'C'>",
// "<module 'm'>", "<built-in function len>"); "" for an object drawn as a box.
std::string inline_value(Object* o, const Options& options);

// Objects the options leave out of the frames (modules, functions, classes,
// builtins, code).
bool is_hidden(Object* o, const Options& options);

// A cached small int ([-5, 256]) or an interned str: shared by every name
// that has its value.
bool is_shared(Object* o);

// The type's name as a box shows it: __name__ ("weakref" for weak
// references, whose class CPython calls ReferenceType).
std::string type_label(Object* o);

// A dict key as a slot label: the repr of a str, int, float, bool or None;
// "<TYPE>" for anything else.
std::string key_label(Object* key);

}  // namespace minipy::interp::memviz
