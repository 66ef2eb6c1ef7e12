# Memory behaviour of collections' containers: sizes, refcounts, weak
# references, and cycles through them found by the collector.
import gc
import sys
import weakref
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

# deque's blocks of 64 items: its size grows a block at a time
sizes = []
d = deque()
for i in range(200):
    s = sys.getsizeof(d)
    if not sizes or sizes[-1][1] != s:
        sizes.append((i, s))
    d.append(i)
print(sizes)
print(sys.getsizeof(deque()), sys.getsizeof(deque(range(100))), sys.getsizeof(deque(maxlen=5)))
print(sys.getsizeof(deque(range(100))) - sys.getsizeof(deque()))
e = deque(range(64))
e.appendleft(0)
print(e.__sizeof__(), d.__sizeof__())

# references held by a deque are the items' only extra references
class Obj:
    pass

o = Obj()
print(sys.getrefcount(o))
q = deque([o, o, o])
print(sys.getrefcount(o))
q.pop()
q.popleft()
print(sys.getrefcount(o))
q.clear()
print(sys.getrefcount(o))

# immediate release when the last reference goes
w = weakref.ref(o)
dd = defaultdict(list, key=o)
del o
print(w() is not None)
del dd
print(w())

# weak references to deques, OrderedDicts and Counters
for make in (deque, OrderedDict, Counter):
    obj = make()
    r = weakref.ref(obj)
    print(type(obj).__name__, r() is obj, end=" ")
    del obj
    print(r())

# cycles through a deque, a defaultdict, an OrderedDict and a namedtuple are collected
gc.collect()
class Node:
    pass

n = Node()
n.q = deque([n])
wn = weakref.ref(n)
del n
print(wn() is not None, gc.collect() > 0, wn())

dd = defaultdict(list)
dd["self"].append(dd)
dd["node"] = Node()
wd = weakref.ref(dd["node"])
del dd
print(wd() is not None, gc.collect(), wd())

od = OrderedDict()
od["me"] = od
wo = weakref.ref(od)
del od
print(wo() is not None, gc.collect() > 0, wo())

P = namedtuple("P", "a b")
holder = Node()
p = P([holder], 2)
holder.p = p
wh = weakref.ref(holder)
del holder, p
print(wh() is not None, gc.collect() > 0, wh())

# gc sees inside them
x = []
q = deque([x])
print(gc.is_tracked(q), any(r is x for r in gc.get_referents(q)), gc.is_tracked(P(1, 2)))
print(gc.is_tracked(defaultdict(list)), q in gc.get_referrers(x))
