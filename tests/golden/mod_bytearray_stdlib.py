# bytearray and memoryview in the standard library and the memory model:
# copy and deepcopy (through __reduce_ex__), pprint, collections.abc,
# json.loads, reference counts held by views, what the collector sees.
import collections.abc as abc
import copy
import gc
import json
import pprint
import sys

b = bytearray(b'abc')
c = copy.copy(b)
pair = copy.deepcopy([b, b])
print(c, c is b, pair, pair[0] is pair[1], pair[0] is b)
print(b.__reduce_ex__(4), b.__reduce_ex__(2), b.__reduce__(), bytearray().__reduce_ex__(4))
print(bytearray(b'\xff').__reduce__())


class Tagged(bytearray):
    pass


t = Tagged(b'x')
print(t.__reduce_ex__(4))
t.tag = 'kept'
t2 = copy.copy(t)
print(type(t2).__name__, t2, t2.tag, t.__reduce_ex__(4))

pprint.pprint(bytearray(b'x' * 100), width=40)
pprint.pprint([bytearray(b'ab'), bytearray(b'0123456789' * 5)], width=30)
print(pprint.pformat({'k': bytearray(b'v')}))

print(isinstance(b, abc.MutableSequence), isinstance(b, abc.ByteString), issubclass(bytearray, abc.Sequence))
print(isinstance(memoryview(b''), abc.Sequence), isinstance(memoryview(b''), abc.MutableSequence))
print(json.loads(bytearray(b'[1, "two"]')), json.loads(bytearray('{"é": 1}', 'utf-8')))

x = bytearray(b'data')
base = sys.getrefcount(x)
v = memoryview(x)
print(sys.getrefcount(x) - base)
w = v[1:]
u = memoryview(v)
print(sys.getrefcount(x) - base, w.obj is x, u.obj is x)
v2 = memoryview(x)
print(sys.getrefcount(x) - base)
del v, w, u
print(sys.getrefcount(x) - base)
v2.release()
print(sys.getrefcount(x) - base)

m = memoryview(bytearray(b'q'))
print([type(r).__name__ for r in gc.get_referents(m)])
holder = gc.get_referents(m)[0]
print([type(r).__name__ for r in gc.get_referents(holder)], gc.is_tracked(holder))
m.release()
print(gc.get_referents(holder))
print(gc.get_referents(bytearray(b'x')), gc.is_tracked(iter(bytearray())))


class Node:
    pass


n = Node()
n.view = memoryview(bytearray(4))
n.self = n
del n
print(gc.collect() >= 2)
