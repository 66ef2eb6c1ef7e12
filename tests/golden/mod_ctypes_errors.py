# ctypes' argument errors, with CPython's messages.
import ctypes
from ctypes import POINTER, c_char, c_double, c_int, c_long, c_void_p, cast, pointer, py_object


def attempt(label, f):
    try:
        result = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", result)


attempt("c_long('x')", lambda: c_long("x"))
attempt("c_long(1.5)", lambda: c_long(1.5))
attempt("c_long(1, 2)", lambda: c_long(1, 2))
attempt("c_int(None)", lambda: c_int(None))
attempt("c_double('x')", lambda: c_double("x"))
attempt("c_double(None)", lambda: c_double(None))
attempt("c_char('a')", lambda: c_char("a"))
attempt("c_char(b'ab')", lambda: c_char(b"ab"))
attempt("c_char(300)", lambda: c_char(300))
attempt("c_void_p('x')", lambda: c_void_p("x"))
attempt("c_void_p(1.0)", lambda: c_void_p(1.0))
attempt("cast(1, c_long)", lambda: cast(1, c_long))
attempt("cast(c_long(5), POINTER(c_long))", lambda: cast(c_long(5), POINTER(c_long)))
attempt("cast('x', 3)", lambda: cast([], c_void_p))
attempt("sizeof(3)", lambda: ctypes.sizeof(3))
attempt("sizeof(int)", lambda: ctypes.sizeof(int))
attempt("addressof(3)", lambda: ctypes.addressof(3))
attempt("POINTER(3)", lambda: POINTER(3))
attempt("POINTER(int)", lambda: POINTER(int))
attempt("pointer(3)", lambda: pointer(3))
attempt("from_address('x')", lambda: c_long.from_address("x"))
attempt("from_address(1.0)", lambda: c_long.from_address(1.0))
attempt("py_object().value", lambda: py_object().value)
attempt("POINTER(c_long)().contents", lambda: POINTER(c_long)().contents)
attempt("POINTER(c_long)(5)", lambda: POINTER(c_long)(5))
attempt("del value", lambda: delattr(c_long(1), "value"))
attempt("bad value type", lambda: setattr(c_long(1), "value", "x"))
attempt("new attribute", lambda: setattr(c_long(1), "other", 1))
print(issubclass(ctypes.ArgumentError, Exception))
