# The ctypes idioms memory lessons use to read reference counts.
# (What an object's refcount word reads once it is freed: mem_ctypes_freed.)
import ctypes
import gc
import sys


def refcount(address):
    return ctypes.c_long.from_address(address).value


x = [1, 2, 3]
addr = id(x)
print("list refcount:", refcount(addr))
print("matches getrefcount - 1:", refcount(addr) == sys.getrefcount(x) - 1)
y = x
print("after y = x:", refcount(addr))
container = [x, x]
print("after two list slots:", refcount(addr))
del container
del y
print("back to:", refcount(addr))

# The object itself, through its address.
print("cast back is x:", ctypes.cast(addr, ctypes.py_object).value is x)
print("py_object value:", ctypes.cast(addr, ctypes.py_object).value)

# A large int and an instance.
# (CPython's int blocks go back to pymalloc, whose free list overwrites the
# refcount word, so only the live int is read.)
n = int("1" + "0" * 20)
n_addr = id(n)
m = n
print("int refcount:", refcount(n_addr), sys.getrefcount(n) - 1 == refcount(n_addr))


class Node:
    pass


obj = Node()
obj_addr = id(obj)
other = obj
print("instance:", refcount(obj_addr))
del other
print("instance after del other:", refcount(obj_addr))

# c_ssize_t reads the same word, as some lessons write it.
s = "a string made at run time".upper()
print("c_ssize_t:", ctypes.c_ssize_t.from_address(id(s)).value == sys.getrefcount(s) - 1)
# The type word is the type's address.
print("type word:", ctypes.c_void_p.from_address(id(s) + 8).value == id(str))
print("through POINTER:", ctypes.cast(id(s), ctypes.POINTER(ctypes.c_long)).contents.value == sys.getrefcount(s) - 1)
