# collections.OrderedDict: order-sensitive equality, move_to_end, popitem(last=).
from collections import OrderedDict
import copy

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od), od.keys(), od.values(), od.items())
od.move_to_end("b")
print(od)
od.move_to_end("b", last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
od.update([("x", 1), ("y", 2)], z=3)
print(od, list(reversed(od)), list(reversed(od.items())), list(reversed(od.values())))

print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1))
print(OrderedDict(a=1, b=2) == {"b": 2, "a": 1}, {"b": 2, "a": 1} == OrderedDict(a=1, b=2))
print(OrderedDict(), OrderedDict.fromkeys("abc"), OrderedDict.fromkeys("ab", 0))
print(OrderedDict(a=1) | {"b": 2}, {"b": 2} | OrderedDict(a=1), type({"b": 2} | OrderedDict(a=1)).__name__)
o2 = OrderedDict(a=1)
o2 |= {"c": 3}
print(o2, o2.setdefault("a", 9), o2.setdefault("d", 4), o2, o2.pop("a"), o2.get("zz", "dflt"))
print(isinstance(od, dict), type(od.copy()).__name__, od.copy() == od, copy.copy(od), copy.deepcopy(od))
print(od.keys() & {"x", "q"}, "x" in od.keys(), ("x", 1) in od.items(), 1 in od.values(), len(od.keys()))

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: OrderedDict().popitem())
show(lambda: OrderedDict().move_to_end("k"))
show(lambda: OrderedDict()["k"])
show(lambda: OrderedDict(1))

r = OrderedDict(a=1)
r["self"] = r
print(r)

# LRU cache, the classic use
class LRU(OrderedDict):
    def __init__(self, size):
        super().__init__()
        self.size = size

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.size:
            oldest = next(iter(self))
            del self[oldest]

cache = LRU(2)
cache["a"] = 1
cache["b"] = 2
cache["a"]
cache["c"] = 3
print(cache, cache.size, list(cache.items()))
