# Sorting with visible comparisons, __index__, __eq__ calls, subclasses, nesting.
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
    def __repr__(self): return f"K({self.v})"
l = [K(3), K(1), K(2), K(5), K(4)]
l.sort()
print(l)
print(sorted([K(2), K(1)], reverse=True))
l = [3, 1, 2]
try:
    l.sort(key=lambda x: l.append(x) or x)
except ValueError as e:
    print("ValueError:", e)
print(l)
class I:
    def __index__(self): return 2
print([10, 20, 30, 40][I()], [1, 2, 3, 4][I():], [0] * I(), range(10)[I()], range(I()))
class Eq:
    def __eq__(self, other):
        print("eq called")
        return True
    __hash__ = object.__hash__
e = Eq()
print([1, 2].count(e), e in [1], [1].index(e))
print({1, 2} == {2, 1}, [e] == [1])
class RL(list):
    def __radd__(self, other):
        return "radd"
print([1] + RL([2]))
class Rev:
    def __reversed__(self): return iter([3, 2, 1])
print(list(reversed(Rev())))
class NoRev:
    __reversed__ = None
    def __getitem__(self, i): return i
    def __len__(self): return 1
try:
    reversed(NoRev())
except TypeError as e:
    print("TypeError:", e)
print(list(enumerate([], 5)), list(enumerate('ab', 2**64)))
z = zip([1, 2], 'ab')
print(next(z), list(z), list(z))
m = map(str, [1, 2])
print(type(m).__name__, list(m))
print(sorted(set([3, 1, 2])), sorted({'b': 1, 'a': 2}), sorted((3, 1)), sorted('cba'))
l = [5, 3, 8, 1]
print(max(l), min(l), sum(l), len(l), any(l), all(l), l.__len__(), l.__getitem__(0))
l2 = l[:]
l2.sort()
print(l, l2)
s = [[3], [1], [2]]
s.sort()
print(s)
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
x = list(range(100))
import random
random.seed(5)
random.shuffle(x)
print(sorted(x) == list(range(100)), sorted(x, reverse=True)[:5])
print([1, 2, 3][-1:-4:-1], [1, 2, 3][::-1][::2], 'abcdef'[::2])
a = [1, 2, 3]
a[len(a):] = [4, 5]
a[:0] = [0]
print(a)
del a[:]
print(a)
print(list.__name__)
print(set.union({1}, {2}), frozenset.union(frozenset({1}), [2]))
print(repr(set()), str({1}), f"{[1, 2]!r}", '%s' % [1])
nested = [1, [2, [3, [4]]]]
print(nested, nested[1][1][1][0])
d = {}
d[frozenset({1, 2})] = 'x'
print(d[frozenset({2, 1})])
print(range(0, 10, 3)[::-1], list(range(0, 10, 3)[::-1]))
print(slice(1, 2) == slice(1, 2), slice(None) == slice(None, None, None))
try:
    hash(slice(1))
except TypeError as e:
    print("TypeError:", e)
try:
    {}[slice(1)] = 1
except TypeError as e:
    print("TypeError:", e)
