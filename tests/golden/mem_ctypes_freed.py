# Reading a freed object's refcount through ctypes, as memory lessons do
# to show that `del` freed it (0) or that a cycle kept it (1) until the
# collector ran. The word of a freed block is only stale memory: this is
# not run under the sanitizers, whose allocator overwrites it and reports
# the read (tests/golden/SANITIZERS.md).
import ctypes
import gc


def refcount(address):
    return ctypes.c_long.from_address(address).value


# After del, the block is free and its refcount word reads 0.
x = [1, 2, 3]
addr = id(x)
print("list refcount:", refcount(addr))
del x
print("after del:", refcount(addr))


class Node:
    pass


obj = Node()
obj_addr = id(obj)
other = obj
print("instance:", refcount(obj_addr))
del obj, other
print("instance after del:", refcount(obj_addr))

# A cycle kept alive while the collector is disabled.
gc.disable()
a = Node()
b = Node()
a.partner = b
b.partner = a
a_addr, b_addr = id(a), id(b)
print("cycle:", refcount(a_addr), refcount(b_addr))
del a, b
print("cycle after del:", refcount(a_addr), refcount(b_addr))
print("still an object:", type(ctypes.cast(a_addr, ctypes.py_object).value).__name__)
gc.collect()
print("after collect:", refcount(a_addr), refcount(b_addr))
gc.enable()
