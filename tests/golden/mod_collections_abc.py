# collections.abc: isinstance checks scripts make, and the mixin methods.
import collections
import collections.abc as cabc
from collections import OrderedDict, Counter, ChainMap, UserDict, UserList, UserString, deque, defaultdict
from collections.abc import (Callable, Container, Generator, Hashable, ItemsView, Iterable, Iterator,
                             KeysView, Mapping, MutableMapping, MutableSequence, MutableSet, Sequence,
                             Set, Sized, ValuesView, Reversible, Collection)

print(cabc.Iterable, Mapping.__module__, collections.abc is cabc, len(cabc.__all__))

def gen():
    yield 1

values = [[], (), "s", b"b", {}, set(), frozenset(), range(3), iter([]), gen(), 1, 1.5, None, len,
          lambda: 0, {}.keys(), {}.values(), {}.items(), deque(), OrderedDict(), Counter(),
          ChainMap(), UserDict(), UserList(), UserString(""), defaultdict()]
abcs = [Iterable, Iterator, Generator, Sized, Container, Callable, Hashable, Sequence, MutableSequence,
        Mapping, MutableMapping, Set, MutableSet, KeysView, ItemsView, ValuesView, Reversible, Collection]
for v in values:
    print(f"{type(v).__name__:>16}", "".join("x" if isinstance(v, a) else "." for a in abcs))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(int, Iterable))

# a class is an Iterable, Sized... by its methods alone
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
    def __contains__(self, x):
        return x in self.items

print(isinstance(Bag(), Iterable), isinstance(Bag(), Sized), isinstance(Bag(), Collection), isinstance(Bag(), Sequence))

class NoHash:
    __hash__ = None
print(isinstance(NoHash(), Hashable), isinstance(object(), Hashable))

# mixins: a full Mapping from three methods
class Squares(Mapping):
    def __init__(self, n):
        self.n = n
    def __getitem__(self, k):
        if not (isinstance(k, int) and 0 <= k < self.n):
            raise KeyError(k)
        return k * k
    def __iter__(self):
        return iter(range(self.n))
    def __len__(self):
        return self.n

sq = Squares(4)
print(sq[3], 2 in sq, 9 in sq, sq.get(9, "none"), list(sq.keys()), list(sq.values()), list(sq.items()))
print(sq == {0: 0, 1: 1, 2: 4, 3: 9}, dict(sq), sq.keys() & {1, 2, 7}, (1, 1) in sq.items(), 4 in sq.values())

class ListSet(MutableSet):
    def __init__(self, items=()):
        self.items = []
        for x in items:
            self.add(x)
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
    def add(self, x):
        if x not in self.items:
            self.items.append(x)
    def discard(self, x):
        if x in self.items:
            self.items.remove(x)
    def __repr__(self):
        return f"ListSet({self.items})"

a = ListSet([1, 2, 3])
b = ListSet([3, 4])
print(a | b, a & b, a - b, a ^ b, a <= ListSet([1, 2, 3, 4]), a == ListSet([3, 2, 1]), a.isdisjoint(b))
a |= [9]
a -= [1]
print(a, a.pop(), a)
a.remove(3)
try:
    a.remove(100)
except KeyError as e:
    print("KeyError:", e)

class Seq(MutableSequence):
    def __init__(self):
        self.data = []
    def __getitem__(self, i):
        return self.data[i]
    def __setitem__(self, i, v):
        self.data[i] = v
    def __delitem__(self, i):
        del self.data[i]
    def __len__(self):
        return len(self.data)
    def insert(self, i, v):
        self.data.insert(i, v)

s = Seq()
s.append(1)
s.extend([2, 3, 2])
s += [5]
print(list(s), s.index(2), s.count(2), 3 in s, list(reversed(s)), s.pop(), s.pop(0), list(s))
s.remove(2)
s.reverse()
print(list(s))
try:
    s.index(42)
except ValueError as e:
    print("ValueError", e)

class Half(Mapping):
    def __getitem__(self, k):
        raise KeyError(k)
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
try:
    Iterable()
except TypeError as e:
    print("TypeError:", e)
