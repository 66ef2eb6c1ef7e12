# A list's header read through ctypes as CPython lays it out: ob_size at
# +16 and allocated at +32, following appends and clear().
import ctypes
import sys
l = [1, 2, 3, 4]
size = ctypes.c_ssize_t.from_address(id(l) + 16)
allocated = ctypes.c_ssize_t.from_address(id(l) + 32)
print(size.value, allocated.value)
for i in range(5):
    l.append(i)
    print(size.value, allocated.value, sys.getsizeof(l))
l.clear()
print(size.value, allocated.value)
t = (1, 2, 3)
print(ctypes.c_ssize_t.from_address(id(t) + 16).value)
print(ctypes.c_ssize_t.from_address(id(l)).value == sys.getrefcount(l) - 1)
