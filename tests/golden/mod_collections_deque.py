# collections.deque: the methods, operators, reprs and messages scripts use.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft([7, 8])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
print(d.count(1), d.index(2), d.index("a", 2), 2 in d, 99 in d)
d.insert(1, "x")
d.remove("x")
d.reverse()
print(d)
d[0] = "first"
del d[1]
print(d, d.copy(), d.copy() is d)
d.clear()
print(d, bool(d), len(d))

# maxlen: the far end falls off
m = deque(range(5), maxlen=3)
print(m, m.maxlen, deque().maxlen)
m.append(10)
m.appendleft(-1)
print(m)
m.extend(range(100, 105))
print(m)
m.extendleft("xy")
print(m)
print(deque("abc", 0), deque(maxlen=2))

# operators
a = deque([1, 2])
b = deque([1, 3])
print(a == b, a != b, a < b, a <= b, a > b, deque([1, 2]) == deque([1, 2]), a == [1, 2])
print(a + b, a * 3, 2 * a, a * 0)
a += [5, 6]
print(a)
a *= 2
print(a)
print(list(reversed(a)), list(a), sorted(deque([3, 1, 2])))
print(deque(range(3), maxlen=2) + deque([9]))

# errors with CPython's messages
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: deque().pop())
show(lambda: deque().popleft())
show(lambda: deque([1])[5])
show(lambda: deque([1]).index(7))
show(lambda: deque([1]).remove(7))
show(lambda: deque([1, 2], maxlen=2).insert(0, 3))
show(lambda: deque(maxlen=-1))
show(lambda: deque([1]) + [2])
show(lambda: hash(deque()))
show(lambda: deque([1])["a"])
show(lambda: deque(1))

# mutation during iteration
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print("RuntimeError:", e)
d = deque([1, 2, 3])
try:
    for x in reversed(d):
        d.pop()
except RuntimeError as e:
    print("RuntimeError:", e)

# recursive repr, long deques across blocks
r = deque([1])
r.append(r)
print(r)
big = deque(range(200))
big.rotate(70)
print(big[0], big[-1], big[100], len(big), sum(big))
for _ in range(150):
    big.popleft()
print(list(big)[:5], len(big))
print(deque([[1], (2,)]) == deque([[1], (2,)]))
print(type(iter(deque())).__name__, type(reversed(deque())).__name__)
class D(deque):
    pass
dd = D([1, 2], 5)
print(dd, type(dd.copy()).__name__, dd + dd)

# argument errors: Argument Clinic's wording for some methods, the older
# PyArg_ParseTuple's for index and insert
show(lambda: deque().index())
show(lambda: deque().index(1, 2, 3, 4))
show(lambda: deque().insert(1))
show(lambda: deque().rotate(n=1))
show(lambda: deque().rotate(1, 2))
show(lambda: deque().index(x=1))
show(lambda: deque().append())
show(lambda: deque().count())
show(lambda: deque(maxlen=2.5))
show(lambda: deque([], 1, 2))
show(lambda: deque(foo=1))
show(lambda: deque([1, 2, 3]).index(3, 0, 2))
show(lambda: deque([1]) * "a")
show(lambda: deque([1]) < [1])
show(lambda: deque([1])[1:2])
def set_maxlen():
    deque([1]).maxlen = 3
show(set_maxlen)
d = deque([1, 2], 5)
d.__init__([3])
print(d, deque([1, 2], 3).__reduce_ex__(2)[:2], d.__copy__(), deque[int])
