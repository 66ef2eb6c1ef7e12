# Memory of instances of classes derived from tuple and bytes: reference
# counts, what the collector sees (the items, the dict after them, the
# class), cycles through that dict, __del__, and no weak references.
import gc
import sys
import weakref


class Row(tuple):
    pass


class Blob(bytes):
    pass


item = object()
print(sys.getrefcount(item))
r = Row([item, item])
print(sys.getrefcount(item), sys.getrefcount(r))
r.me = item
print(sys.getrefcount(item), gc.is_tracked(r), gc.is_tracked(Row([1, 2])), gc.is_tracked((1, 2)))
print([type(x).__name__ for x in gc.get_referents(r)], gc.get_referents(Row([3, 4])))
b = Blob(b'data')
print(gc.is_tracked(b), gc.get_referents(b), sys.getrefcount(b))
b.tag = 'x'
print([type(x).__name__ for x in gc.get_referents(b)], gc.get_referents(b)[0])
del r
print(sys.getrefcount(item))

# The dict after the items is its own object, so a cycle through it is
# two objects for the collector (an ordinary instance's is one).
gc.collect()
loop = Row([1, 2])
loop.self = loop
del loop
print('tuple cycle:', gc.collect())
loop = Blob(b'xy')
loop.self = loop
del loop
print('bytes cycle:', gc.collect())


class Plain:
    pass


loop = Plain()
loop.self = loop
del loop
print('instance cycle:', gc.collect())
inner = Row([[]])
inner[0].append(inner)
del inner
print('through an item:', gc.collect())


class Noisy(tuple):
    def __del__(self):
        print('del', tuple(self), getattr(self, 'name', None))


n = Noisy('ab')
n.name = 'n'
del n
print('after del')
n = Noisy('cd')
n.cycle = n
del n
print('collected', gc.collect())

for obj in (Row(), Blob()):
    try:
        weakref.ref(obj)
    except TypeError as e:
        print('TypeError:', e)
print('__weakref__' in Row.__dict__, hasattr(Row(), '__weakref__'))

# The dict takes one pointer after the items.
print(sys.getsizeof(Row([1, 2])) - sys.getsizeof((1, 2)), sys.getsizeof(Row()) - sys.getsizeof(()))
print(sys.getsizeof(Blob(b'abc')) - sys.getsizeof(Blob(b'')), sys.getsizeof(b'abc') - sys.getsizeof(b''))


class Slim(tuple):
    __slots__ = ()


print(sys.getsizeof(Slim([1, 2])) - sys.getsizeof((1, 2)), hasattr(Slim(), '__dict__'))
