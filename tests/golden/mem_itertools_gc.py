# The memory behaviour of itertools objects: what each holds (the
# collector's view), what it lets go of when done, and the cycles through
# them that gc.collect() finds.
import gc
import itertools
import sys
import weakref


class Item:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Item({self.name})"


def names(objs):
    return [type(o).__name__ for o in objs]


# Every itertools object is tracked by the collector.
samples = [itertools.count(), itertools.cycle([]), itertools.repeat(1), itertools.accumulate([]),
           itertools.chain(), itertools.compress([], []), itertools.dropwhile(None, []),
           itertools.takewhile(None, []), itertools.filterfalse(None, []), itertools.starmap(None, []),
           itertools.islice([], 1), itertools.pairwise([]), itertools.zip_longest(), itertools.groupby([]),
           itertools.tee([])[0], itertools.product(), itertools.permutations([]), itertools.combinations([], 0),
           itertools.combinations_with_replacement([], 0)]
print([gc.is_tracked(s) for s in samples])

# What the collector sees inside them, in CPython's order.
data = [1, 2, 3]
print(names(gc.get_referents(itertools.cycle(data))))
print(names(gc.get_referents(itertools.count(2**80, 3))), gc.get_referents(itertools.count(5)))
print(names(gc.get_referents(itertools.accumulate(data, max, initial=0))))
print(names(gc.get_referents(itertools.zip_longest(data, "ab", fillvalue=data))))
print(names(gc.get_referents(itertools.product("ab", repeat=2))))
pr = itertools.permutations("abc")
next(pr)
print(names(gc.get_referents(pr)))

# Reference counts: a finished loop leaves nothing behind.
before = sys.getrefcount(data)
for _ in itertools.islice(data, 2):
    pass
for _ in itertools.chain(data, data):
    pass
for _ in itertools.pairwise(data):
    pass
for _ in itertools.zip_longest(data, data):
    pass
print(sys.getrefcount(data) - before)

# An exhausted chain, islice or pairwise drops its input at once.
src = [Item("a")]
ref = weakref.ref(src[0])
ch = itertools.chain(src)
del src
print(len(list(ch)), ref() is None)
sl = itertools.islice([Item("d")], 1)
first = next(sl)
ref = weakref.ref(first)
del first
print(list(sl), ref() is None)
pw = itertools.pairwise([Item("e"), Item("f")])
ref = weakref.ref(next(pw)[1])
print(ref() is None, list(pw), ref() is None)

# cycle keeps every item it has seen.
items = [Item(i) for i in range(3)]
refs = [weakref.ref(x) for x in items]
cy = itertools.cycle(items)
next(cy), next(cy), next(cy)
del items
print([r() is not None for r in refs])
del cy
print([r() is not None for r in refs])

# tee keeps the values the slowest iterator has not read yet, in links of
# 57, and frees a link once no iterator reads from it any more.
vrefs = []
def tracked(n):
    for i in range(n):
        item = Item(i)
        vrefs.append(weakref.ref(item))
        yield item
def alive():
    return sum(r() is not None for r in vrefs)
fast, slow = itertools.tee(tracked(150))
for _ in range(150):
    next(fast)
del _
print(alive())
for _ in range(60):
    next(slow)
del _
print(alive())
del fast
print(alive())
del slow
print(alive())

# A long tee chain is freed without recursion troubles.
a, b = itertools.tee(range(100000))
for _ in a:
    pass
del a, b
print("long chain freed")

# A groupby's group holds the groupby; the groupby remembers only its
# current group and does not keep it alive.
gb = itertools.groupby([Item("x"), Item("x")], key=lambda item: item.name)
key, grp = next(gb)
print(key, sys.getrefcount(gb) - 1, [type(o).__name__ for o in gc.get_referents(grp)])
del grp
print(sys.getrefcount(gb) - 1)

# Cycles through itertools objects are found by the collector.
gc.collect()


class Node:
    pass


node = Node()
node.it = itertools.cycle([node])
ref = weakref.ref(node)
del node
print(gc.collect() >= 2, ref() is None)

node = Node()
node.stream = itertools.repeat(node)
node.counted = itertools.accumulate([node], lambda a, b: a)
ref = weakref.ref(node)
del node
print(gc.collect() >= 3, ref() is None)

lst = []
t1, t2 = itertools.tee(lst)
lst.append(t1)
ref = weakref.ref(t1)
del lst, t1, t2
print(gc.collect() > 0, ref() is None)

node = Node()
node.grouped = itertools.groupby([node, node])
next(node.grouped)
ref = weakref.ref(node)
del node
print(gc.collect() > 0, ref() is None)
