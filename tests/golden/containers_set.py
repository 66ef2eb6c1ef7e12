# Sets and frozensets: iteration order of CPython's hash table, algebra, hashing.
s = {5, 3, 100, 1}
print(s, len(s))
print(set([-1, -2, 7, 15, 23, 31]))
print(set(range(20)) - set(range(0, 20, 3)))
s = set()
for i in [8, 16, 24, 32, 40, 1, 9]:
    s.add(i)
print(s)
s.discard(16); s.remove(8); print(s)
try:
    s.remove(999)
except KeyError as e:
    print("KeyError:", e)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, b - a)
print(a <= b, a >= {1, 2}, {1, 2} < a, a == {4, 3, 2, 1}, a != b)
f = frozenset([1, 2, 3])
print(f, hash(f) == hash(frozenset([3, 2, 1])), f | {9}, {9} | f)
print(hash(frozenset()), hash(frozenset({1, 2})), hash(frozenset(range(100))))
print({frozenset({1}), frozenset({2})})
print(set('hello') == set('olleh'), len(set('mississippi')))
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
print(set([1, 2]) in [{1, 2}], {1, 2}.issubset(range(5)), {1}.isdisjoint([2]))
s = set(range(10))
print(s.pop(), s.pop(), s)
s.clear(); print(s)
print(set(), frozenset(), repr(frozenset({1})))
class S(set): pass
print(S([1, 2]), S() | {1}, type(S() | {1}).__name__)
u = {1, 2}
u |= {3}; u &= {1, 3}; u -= {1}; u ^= {7}
print(u)
print({x % 7 for x in range(30)})
print(sorted({'b', 'a', 'c'}))
print({1, 2, 3}.union([4], (5,)), {1, 2, 3}.intersection([2, 3], [3]), {1, 2, 3}.difference([1], [2]))
print({1: 'a', 2: 'b'}.keys() & {1}, set({1: 2}))
print(1 in {1.0}, {1, 1.0, True})
# hash(None) is address-based in CPython 3.11, so only membership is portable.
print({(1, 2), (3, 4)}, len({None, 0}), None in {None, 0}, 0 in {None, 0})
