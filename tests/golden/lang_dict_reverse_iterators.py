# reversed() on a dict and its views gives CPython's reverse iterators:
# their own types, a length hint, the size check on every step, and the
# entries read backwards from the table as it is now.
import sys

d = {1: 2, 3: 4}
r = reversed(d)
print(type(r).__name__, r.__length_hint__())
next(r)
print(r.__length_hint__(), sys.getsizeof(r) == sys.getsizeof(iter(d)))
d[5] = 6
print(r.__length_hint__())
try:
    next(r)
except RuntimeError as e:
    print("RuntimeError:", e)
print(type(reversed(d.items())).__name__, list(reversed(d.items())))
print(type(reversed(d.values())).__name__, list(reversed(d.values())))
print(type(reversed(d.keys())).__name__, list(reversed(d.keys())))

# Same size after a delete and an insert: the walk goes on backwards from
# where it was, over the table as it is now.
d = {1: 2, 3: 4, 5: 6}
r = reversed(d)
next(r)
del d[1]
d[7] = 8
print(list(r))


# An instance's attributes (a split dict) in reverse insertion order.
class A:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3


x = A()
print(list(reversed(x.__dict__)), list(reversed(x.__dict__.items())))
del x.b
print(list(reversed(x.__dict__)), list(reversed(x.__dict__.values())))
x.b = 5
print(list(reversed(x.__dict__)))

# Holes left by deletions are skipped; the hint counts what is left.
d = {i: str(i) for i in range(10)}
for k in range(0, 10, 3):
    del d[k]
r = reversed(d.items())
print(r.__length_hint__(), next(r), r.__length_hint__())
print(list(r), r.__length_hint__())
d2 = {(1, 2): "a", 3.5: "b", "x": "c"}
print(list(reversed(d2.items())))
for k, v in reversed({"p": 1, "q": 2}.items()):
    print(k, v)
e = {}
print(list(reversed(e)), reversed(e).__length_hint__())

# The forward iterators' hints: what is left, 0 once the size changed.
it = iter(d2.items())
print(it.__length_hint__())
next(it)
print(it.__length_hint__())
d2["y"] = 1
print(it.__length_hint__())
import operator
print(operator.length_hint(iter({1: 1, 2: 2}.values())))

# A delete and an insert between two steps: the table may be rebuilt smaller.
d = {i: i for i in range(8)}
for k in range(5):
    del d[k]
r = reversed(d)
print(next(r))
del d[5]
for j in range(100, 101):
    d[j] = j
print(list(r), d)
class A:
    def __init__(self):
        self.a = 1; self.b = 2; self.c = 3
x = A()
r = reversed(x.__dict__)
print(next(r))
del x.a
x.z = 9
print(list(r))
