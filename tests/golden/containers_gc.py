# Container references: refcounts, release order of items, cycles through containers and iterators.
import sys, gc
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
e = A('e')
print(sys.getrefcount(e))
l = [e, e, e]
print(sys.getrefcount(e))
s = {e}
print(sys.getrefcount(e))
l.pop()
print(sys.getrefcount(e))
del l[0]
print(sys.getrefcount(e))
l.clear(); s.clear()
print(sys.getrefcount(e))
l = [A(1), A(2), A(3)]
del l
print('--')
l = [A(1), A(2), A(3), A(4)]
del l[1:3]
print('--')
l = [A(5), A(6)]
l[:] = []
print('--')
x = [A(7)]
x.append(x)
del x
print("collected", gc.collect())
s = set(); t = [s]
del s, t
print(gc.collect())
r = range(3)
print(gc.is_tracked(r), gc.is_tracked([]), gc.is_tracked(set()), gc.is_tracked(slice(1)), gc.is_tracked(iter([])))
big = [0] * 10
print(sys.getrefcount(big))
it = iter(big)
print(sys.getrefcount(big))
list(it)
print(sys.getrefcount(big))
a = [1, 2, 3]
print(id(a) == id(a), a is a[:], a == a[:])
gc.collect()
class N:
    pass
def cycle(make):
    n = N()
    n.ref = make(n)
    del n
    return gc.collect()
print(cycle(lambda n: [n]))
print(cycle(lambda n: {1: n}))
print(cycle(lambda n: iter([n])))
print(cycle(lambda n: enumerate([n])))
print(cycle(lambda n: zip([n])))
print(cycle(lambda n: map(id, [n])))
print(cycle(lambda n: filter(None, [n])))
print(cycle(lambda n: reversed([n])))
print(cycle(lambda n: reversed((n,))))
print(cycle(lambda n: iter(lambda: n, 1)))
print(cycle(lambda n: slice(n)))
print(cycle(lambda n: iter({n})))
print(cycle(lambda n: frozenset([n])))
print(cycle(lambda n: [[n], [n]]))
l = []
l.append(l)
del l
print(gc.collect())
s = set()
class H:
    def __hash__(self): return 1
h = H(); h.s = s; s.add(h)
del h, s
print(gc.collect())
print(gc.get_referents([1, 'a']), sorted(map(repr, gc.get_referents({1, 2}))))
x = [1]
print(len(gc.get_referrers(x)) >= 0)
ids = set()
