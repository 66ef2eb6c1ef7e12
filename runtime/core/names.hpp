// Interned strings that the runtime and the evaluator look up by name, each
// written once. `names::init` is the interned "__init__".
#pragma once

namespace minipy {

struct Str;

#define MINIPY_INTERNED_NAMES(X)                          \
    X(abs, "__abs__")                                     \
    X(annotations, "__annotations__")                     \
    X(bool_, "__bool__")                                  \
    X(build_class, "__build_class__")                     \
    X(builtins, "__builtins__")                           \
    X(call, "__call__")                                   \
    X(class_, "__class__")                                \
    X(contains, "__contains__")                           \
    X(del, "__del__")                                     \
    X(delattr, "__delattr__")                             \
    X(delete_, "__delete__")                              \
    X(delitem, "__delitem__")                             \
    X(dict, "__dict__")                                   \
    X(doc, "__doc__")                                     \
    X(enter, "__enter__")                                 \
    X(eq, "__eq__")                                       \
    X(exit, "__exit__")                                   \
    X(file, "__file__")                                   \
    X(float_, "__float__")                                \
    X(format, "__format__")                               \
    X(get, "__get__")                                     \
    X(getattr, "__getattr__")                             \
    X(getattribute, "__getattribute__")                   \
    X(getitem, "__getitem__")                             \
    X(hash, "__hash__")                                   \
    X(index, "__index__")                                 \
    X(init, "__init__")                                   \
    X(init_subclass, "__init_subclass__")                 \
    X(int_, "__int__")                                    \
    X(iter, "__iter__")                                   \
    X(len, "__len__")                                     \
    X(main, "__main__")                                   \
    X(module, "__module__")                               \
    X(name, "__name__")                                   \
    X(new_, "__new__")                                    \
    X(next, "__next__")                                   \
    X(qualname, "__qualname__")                           \
    X(repr, "__repr__")                                   \
    X(reversed, "__reversed__")                           \
    X(round, "__round__")                                 \
    X(set, "__set__")                                     \
    X(set_name, "__set_name__")                           \
    X(setattr, "__setattr__")                             \
    X(setitem, "__setitem__")                             \
    X(str, "__str__")                                     \
    X(trunc, "__trunc__")                                 \
    X(floor, "__floor__")                                 \
    X(ceil, "__ceil__")

namespace names {
#define X(id, text) extern Str* id;
MINIPY_INTERNED_NAMES(X)
#undef X
}  // namespace names

void names_init();

}  // namespace minipy
