# Freed tuples (and lists and dicts) are kept for reuse, as CPython 3.11's
# free lists: addresses come back, and reuse is neither an allocation nor a
# deallocation for the collector's generation-0 count. How many are on a
# free list at a given moment depends on what ran before (start-up,
# imports), so the counts are checked within a few.
import gc

a, b, c = "a", "b", "c"
t = (a, b)
first = id(t)
del t
u = (b, c)
print("same length reuses the address:", id(u) == first)
v = (a, b, c)
print("another length does not:", id(v) == first)

gc.disable()
gc.collect()
start = gc.get_count()[0]
for i in range(1000):
    pair = (a, i)
print("1000 temporary pairs count as a few:", abs(gc.get_count()[0] - start) <= 5)
start = gc.get_count()[0]
keep = [(i, a) for i in range(100)]
print("100 kept pairs count as about 100:", 90 <= gc.get_count()[0] - start <= 101)
start = gc.get_count()[0]
del keep
print("freeing them onto the free lists counts as:", gc.get_count()[0] - start)
start = gc.get_count()[0]
again = [(a, i) for i in range(150)]
print("150 more, most from the free list:", 40 <= gc.get_count()[0] - start <= 60)
d = {}
first = id(d)
del d
print("a dict's address comes back:", id({}) == first, id(dict()) == first)
lst = [1]
first = id(lst)
del lst
print("a list's address comes back:", id([2, 3]) == first, id(list()) == first)
gc.enable()

# Items are released last to first, then the tuple is kept.
class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


t = (Loud(1), Loud(2), Loud(3))
del t
t = (Loud(4), Loud(5), Loud(6))
print(len(t), t[0].name, t[2].name)
del t
print(gc.is_tracked((a, b)), gc.is_tracked(tuple([a, b])))
x = tuple([1, 2])
print(x, len(x), x[0] + x[1], hash(x) == hash((1, 2)))
