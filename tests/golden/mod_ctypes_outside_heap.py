# Reads outside minipy's heap raise ValueError where CPython would read
# whatever is there or crash. CPython, which writes the expected output,
# skips those reads and prints the lines minipy must print.
import ctypes
import sys

minipy = sys.implementation.name == "minipy"


def outside(label, read):
    if minipy:
        try:
            read()
        except ValueError as e:
            print(label, "raises ValueError:", "outside minipy's heap" in str(e) or "free" in str(e))
            return
        print(label, "did not raise")
    else:
        print(label, "raises ValueError:", True)


outside("address 0", lambda: ctypes.c_long.from_address(0).value)
outside("address 16", lambda: ctypes.c_long.from_address(16).value)
outside("2**40", lambda: ctypes.c_long.from_address(2 ** 40).value)
outside("-1", lambda: ctypes.c_long.from_address(-1).value)
outside("py_object at 8", lambda: ctypes.cast(8, ctypes.py_object).value)
outside("py_object inside an object", lambda: ctypes.cast(id([]) + 8, ctypes.py_object).value)
outside("pointer to 24", lambda: ctypes.cast(24, ctypes.POINTER(ctypes.c_int)).contents.value)
x = float("2.5")
address = id(x)
del x
outside("py_object of a freed float", lambda: ctypes.cast(address, ctypes.py_object).value)

# Inside the heap, statics included, reads work.
print(ctypes.c_long.from_address(id(None)).value > 0)
print(ctypes.c_long.from_address(id(5)).value > 0)
print(ctypes.c_void_p.from_address(id(True) + 8).value == id(bool))
print(ctypes.cast(id(print), ctypes.py_object).value is print)
print(ctypes.cast(id(int), ctypes.py_object).value is int)
