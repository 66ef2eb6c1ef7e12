# collections.abc: the builtin iterators, views and callables it recognises,
# Set._hash agreeing with frozenset's hash, a MutableMapping from five methods.
import collections.abc as c
from collections import *
print(isinstance(int, c.Callable), isinstance(print, c.Callable), issubclass(type, c.Callable))
print(isinstance(range(3), c.Reversible), isinstance({}, c.Reversible), isinstance(set(), c.Reversible))
print(isinstance(zip(), c.Iterator), isinstance(map(str, []), c.Iterator), isinstance(enumerate([]), c.Iterator), isinstance(reversed([]), c.Iterator), isinstance(iter(range(1 << 70)), c.Iterator))
print(isinstance(type.__dict__, c.Mapping), isinstance(b"", c.ByteString), isinstance(b"", c.Sequence))
print(c.Set._hash(frozenset([1, 2, 3])) == hash(frozenset([1, 2, 3])), c.Set._hash(frozenset()) == hash(frozenset()), c.Set._hash(frozenset("abc")) == hash(frozenset("abc")))
print(sorted(c.__all__) == sorted(x for x in dir(c) if not x.startswith("_")))
print(sorted(c.Sequence.__abstractmethods__), sorted(c.MutableMapping.__abstractmethods__), c.Iterable.__abstractmethods__)
print(c.KeysView({1: 2}), c.ItemsView({1: 2}), c.ValuesView({1: 2}), list(c.ItemsView({1: 2})))
print(OrderedDict(a=1).keys() == {"a"}, sorted(OrderedDict(a=1).items() | {("b", 0)}), OrderedDict(b=1).keys() - {"b"})
print(type(OrderedDict().keys()), type(OrderedDict().values()).__name__)
print(c.Hashable.__subclasshook__(int), c.Sized.__subclasshook__(list), c.Sized.__subclasshook__(int))
class MyMap(c.MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap(); m.update({"a": 1}, b=2); m.update([("c", 3)]); print(dict(m), m.pop("a"), m.setdefault("z", 0), m.popitem(), len(m))
m.clear(); print(len(m), m == {}, m != {"a": 1})
try: m.pop("q")
except KeyError as e: print("KeyError", e)
try: m.popitem()
except KeyError as e: print("KeyError", repr(e))
