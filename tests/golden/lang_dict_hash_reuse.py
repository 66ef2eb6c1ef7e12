# Dict comparisons, the set operations of dict views and Counter hash each
# key as often as CPython's do: stored hashes are reused.
from collections import Counter


class K:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        print("hash", self.n)
        return self.n

    def __eq__(self, other):
        return isinstance(other, K) and self.n == other.n

    def __repr__(self):
        return f"K{self.n}"


k1, k2, k3 = K(1), K(2), K(3)
d1 = {k1: 1, k2: 2}
d2 = {k1: 1, k2: 2}
d3 = {k2: 2, k3: 3}
print("-- ==")
print(d1 == d2, d1 != d3)
print("-- keys ==")
print(d1.keys() == d2.keys())
print("-- items ==")
print(d1.items() == d2.items())
print("-- keys <, <=, >, >=")
print(d1.keys() < d3.keys(), d1.keys() <= d2.keys(), d1.keys() > {k1}, d1.keys() >= {k1, k2})
print("-- keys == set")
print(d1.keys() == {k1, k2}, {k1, k2} == d1.keys())
print("-- keys -")
print(sorted(d1.keys() - d3.keys(), key=lambda k: k.n))
print("-- keys |")
print(sorted(d1.keys() | d3.keys(), key=lambda k: k.n))
print("-- keys ^")
print(sorted(d1.keys() ^ d3.keys(), key=lambda k: k.n))
print("-- keys &")
print(sorted(d1.keys() & d3.keys(), key=lambda k: k.n))
print("-- keys & set")
print(sorted(d1.keys() & {k2, k3, K(4)}, key=lambda k: k.n))
print("-- list - keys")
print(sorted([k1, k3] - d1.keys(), key=lambda k: k.n))
print("-- items &, -")
print(sorted(d1.items() & d3.items(), key=lambda kv: kv[0].n), sorted(d1.items() - d3.items(), key=lambda kv: kv[0].n))
print("-- Counter")
c = Counter([k1, k1, k2])
print(c[k1], c[k2])
print("-- plain")
print({1: 2}.keys() == {1}, {1: 2}.keys() & [1, 3], {1: 2}.items() | {(3, 4)} == {(1, 2), (3, 4)})
print({'a': 1}.keys() - {'a'}, {'a': 1}.keys() ^ {'b'} == {'a', 'b'}, {1: 1}.keys() != {1: 1}.keys())
print({1: 1}.keys() == [1], {1: 1}.keys().__eq__([1]))
try:
    {1: 1}.keys() < [1]
except TypeError as e:
    print(e)
