# sys.getsizeof and __alloc__ of bytearray at every step: CPython 3.11
# over-allocates as a bytearray grows (+1/8 and 3 or 6 bytes), fits exactly
# when it jumps or shrinks below half, and deleting a prefix only moves the
# start of the data. A bytearray is not tracked by the collector and takes
# no weak references; a memoryview is tracked and takes them.
import gc
import sys
import weakref

print(sys.getsizeof(bytearray()), bytearray().__sizeof__(), bytearray().__alloc__())
print([sys.getsizeof(bytearray(n)) for n in range(12)])
print([sys.getsizeof(bytearray(b'x' * n)) for n in range(12)])
print([bytearray(range(n)).__alloc__() for n in range(20)])
print([bytearray(list(range(n))).__alloc__() for n in range(10)])

b = bytearray()
trace = []
for i in range(200):
    b.append(i)
    trace.append(b.__alloc__())
print(trace)
while b:
    b.pop()
    trace.append(b.__alloc__())
print(trace[200:])

b = bytearray()
steps = []
for chunk in [1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144]:
    b += b'y' * chunk
    steps.append((len(b), b.__alloc__(), sys.getsizeof(b)))
print(steps)

b = bytearray(b'0123456789' * 3)
steps = []
for _ in range(8):
    del b[:3]
    steps.append((len(b), b.__alloc__()))
b.append(1)
steps.append((len(b), b.__alloc__()))
print(steps)

b = bytearray(b'abcdefghijklmnop')
del b[2:5]
print(len(b), b.__alloc__())
del b[::2]
print(len(b), b.__alloc__())
b.extend(range(40))
print(len(b), b.__alloc__())
b.insert(0, 1)
print(len(b), b.__alloc__())
b.remove(1)
print(len(b), b.__alloc__())
b[1:3] = b'z' * 30
print(len(b), b.__alloc__())
b[:] = b''
print(len(b), b.__alloc__(), sys.getsizeof(b))
b.clear()
print(b.__alloc__())
c = bytearray(b'ab')
c *= 5
print(c.__alloc__())
c *= 2
print(c.__alloc__())
print((bytearray(b'ab') + b'c').__alloc__(), (bytearray(b'ab') * 3).__alloc__(), bytearray(b'abcd')[1:].__alloc__())
print(bytearray(b'abc').copy().__alloc__(), bytearray(b'abc').upper().__alloc__(), bytearray(b'a b').split()[0].__alloc__())
print(bytearray('héllo', 'utf-8').__alloc__(), bytearray.fromhex('00ff').__alloc__(), bytearray(b'x').join([b'a', b'b']).__alloc__())

print(gc.is_tracked(bytearray(b'x')), gc.is_tracked(memoryview(b'x')), gc.is_tracked(memoryview(bytearray(b'x'))))
try:
    weakref.ref(bytearray())
except TypeError as e:
    print('TypeError:', e)
m = memoryview(b'abc')
r = weakref.ref(m)
print(r() is m)
del m
print(r())
print(sys.getsizeof(memoryview(b'abc')), memoryview(bytearray(10)).__sizeof__())
