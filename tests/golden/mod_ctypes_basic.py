# ctypes' simple types: values, wrapping, sizes, reprs, aliases, pointers.
import ctypes
from ctypes import (POINTER, addressof, c_bool, c_byte, c_char, c_double, c_float, c_int, c_int8, c_int16,
                    c_int32, c_int64, c_long, c_short, c_size_t, c_ssize_t, c_ubyte, c_uint, c_uint8, c_uint16,
                    c_uint32, c_uint64, c_ulong, c_ushort, c_void_p, cast, pointer, py_object, sizeof)

for t in (c_byte, c_ubyte, c_short, c_ushort, c_int, c_uint, c_long, c_ulong, c_float, c_double, c_char, c_bool,
          c_void_p, py_object):
    print(t.__name__, t._type_, sizeof(t), repr(t()), t().value if t is not py_object else None)

print(c_int64 is c_long, c_ssize_t is c_long, c_size_t is c_ulong, c_uint64 is c_ulong, c_int32 is c_int,
      c_uint32 is c_uint, c_int16 is c_short, c_uint16 is c_ushort, c_int8 is c_byte, c_uint8 is c_ubyte)
print(c_long.__mro__)
print(c_long.__module__, type(c_long(1)).__name__)

print(c_long(5), repr(c_long(-7)), c_long(2 ** 64 + 3), c_long(2 ** 63), c_int(2 ** 40 + 1), c_int(-1))
print(c_uint(-1), c_ulong(-1), c_ubyte(300), c_byte(200), c_short(70000), c_ushort(-2))
print(c_char(b"a"), c_char(65), c_char(b"\n"), c_double(1.5), c_double(7), c_float(0.1), c_bool(3), c_bool([]))
print(c_void_p(None), c_void_p(16), c_void_p(0), c_long(True), c_double(True))
print(py_object(), py_object([1, 2]), py_object("s"), py_object(None))

v = c_long(10)
v.value = 42
print(v, v.value)
v.value = -(2 ** 65) - 1
print(v.value)
d = c_double(0.5)
d.value = 3
print(d.value, type(d.value).__name__)
ch = c_char(b"x")
ch.value = 66
print(ch.value)
p = py_object(1)
p.value = [3]
print(p.value, p)
b = c_bool()
b.value = "yes"
print(b.value)
vp = c_void_p()
vp.value = 1234
print(vp.value)
vp.value = None
print(vp.value)

print(sizeof(c_long(1)), sizeof(c_char(b"z")), sizeof(POINTER(c_long)), sizeof(pointer(c_int(3))))
print(addressof(v) == addressof(v), isinstance(addressof(v), int))
print(c_long.from_address(addressof(v)).value)
minus_one = c_long(-1)  # kept alive: its memory is read below
print(c_int.from_address(addressof(minus_one)).value)

# pointers
target = c_long(99)
ptr = pointer(target)
print(type(ptr).__name__, ptr.contents, ptr.contents.value)
print(POINTER(c_long) is POINTER(c_long), POINTER(c_long) is type(ptr), POINTER(c_long).__name__)
print(POINTER(c_long)._type_ is c_long, issubclass(POINTER(c_int), ctypes._Pointer))
ptr.contents.value = 100
print(target.value)
target.value = 5
print(ptr.contents.value)
pp = pointer(ptr)
print(pp.contents.contents.value)
print(cast(ptr, c_void_p).value == addressof(target))
print(cast(addressof(target), POINTER(c_long)).contents.value)
print(cast(None, c_void_p), cast(0, c_void_p).value)
print(cast(id(target), py_object).value is target)

# A subclass keeps the value but not the short repr.
class Counter(c_long):
    pass


c = Counter(3)
print(c.value, repr(c).startswith("<Counter object at 0x"), isinstance(c, c_long))
print(ctypes.sizeof(Counter))

# CPython's sizes: a CDataObject with the __dict__ and weak reference list
# its Python classes add.
import sys
import weakref

print(sys.getsizeof(c_long(5)), sys.getsizeof(pointer(c_long(1))), sys.getsizeof(Counter(1)))
print(weakref.ref(target)() is target)
