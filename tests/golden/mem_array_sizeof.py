# The memory of an array: __sizeof__ is the 64-byte object plus its item
# block, which grows and shrinks in CPython's pattern; arrays are tracked
# by the collector, freed at once, and can be weakly referenced.
import gc
import weakref
from array import array

S = lambda a: a.__sizeof__()
print([S(array(code)) for code in "bBuhHiIlLqQfd"])
a = array("i")
grown = []
for i in range(40):
    a.append(i)
    grown.append(S(a))
print(grown)
shrunk = []
while a:
    a.pop()
    shrunk.append(S(a))
print(shrunk[:3], shrunk[-3:])
print(S(array("i", [1, 2, 3])), S(array("i", range(3))), S(array("i", b"\0" * 12)), S(array("i", [1]) * 5),
      S(array("i", [1]) + array("i", [2])), S(array("d", array("i", [1, 2]))))
a = array("i", [1] * 10)
print(S(a))
a *= 3
print(S(a))
a.extend([1, 2])
print(S(a))
a.extend(array("i", [1, 2]))
print(S(a))
a.fromlist([1] * 5)
print(S(a))
del a[0:20]
print(S(a), len(a))
a[0:0] = array("i", [5] * 3)
print(S(a), len(a))
a *= 0
print(S(a))
a += array("i", [1, 2])
print(S(a))
a.insert(0, 7)
print(S(a))
a.frombytes(b"\0" * 8)
print(S(a))
a.remove(7)
print(S(a), S(a[:]), S(a[::2]))
big = array("d", range(1000))
print(S(big))
del big[100:]
print(S(big))
u = array("u", "hello")
print(S(u))
u.fromunicode("x" * 20)
print(S(u))

print(gc.is_tracked(array("i")), gc.is_tracked(iter(array("i"))))
it = iter(array("d", [1.5, 2.5]))
print("iterator", S(it), next(it), S(it), list(it), S(it))
b = array("b", [1, 2])
r = weakref.ref(b)
print(r() is b)
del b
print(r())

# sys.getsizeof adds the collector's 16-byte header; a Struct's size counts
# its format codes (one per letter, with its repeat count).
import struct
import sys
print(sys.getsizeof(array("i")), sys.getsizeof(array("d", range(10))), sys.getsizeof(array("u", "abc")))
print([sys.getsizeof(struct.Struct(f)) for f in ("", "i", "4i", "iiii", "<2sIHHI", "10x", "5s")])
