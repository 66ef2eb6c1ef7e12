# collections.Counter: counting, most_common, elements, arithmetic, reprs.
from collections import Counter

words = "the cat and the hat and the bat".split()
c = Counter(words)
print(c)
print(c["the"], c["dog"], "dog" in c, len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
print(Counter("abracadabra"), Counter({"x": 3, "y": 1}), Counter(x=1, y=2), Counter())

c.update(["cat", "cat"])
c.update({"hat": 5})
c.update(dog=1)
print(c)
c.subtract(["the", "the", "the", "the"])
c.subtract({"dog": 2})
print(c)
del c["nothing"]
del c["cat"]
print(c)

a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=-1)
print(a + b, a - b, a | b, a & b, +b, -b)
x = Counter(a=3, b=1)
x += Counter(b=-1, c=2)
print(x)
x -= Counter(a=5)
print(x)
x |= Counter(c=9, e=1)
print(x)
x &= Counter(c=1, e=5)
print(x)

print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {"a": 1}, Counter(a=1) <= Counter(a=2),
      Counter(a=1) < Counter(a=1), Counter(a=3) >= Counter(a=2, b=0), Counter() != Counter(a=0))
print(isinstance(c, dict), type(c.copy()).__name__, c.copy() == c, c.copy() is c)
print(Counter(dict(a=1, b=2)).most_common(1), Counter([1, 1, 2]).most_common(5))
print(Counter({"a": "x", "b": 2}) if False else Counter({1: [1]}))

try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    Counter(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Counter() + 1
except TypeError as e:
    print("TypeError:", e)

class Tally(Counter):
    pass

t = Tally("aab")
print(t, t + t, type(t + t).__name__, t.copy())
s = Counter("ab")
s["self"] = 1
print(sorted(s), sorted(s.items()))
