# 100,000-deep nested data: repr, str, print, ==, <, in, hash, and freeing it.
N = 100_000
a = []
for i in range(N):
    a = [a]
b = []
for i in range(N):
    b = [b]
def attempt(name, f):
    try:
        f()
        print(name, "-> ok")
    except RecursionError as e:
        print(name, "-> RecursionError:", e)
    except TypeError as e:
        print(name, "-> TypeError:", e)
attempt("repr", lambda: repr(a))
attempt("str", lambda: str(a))
attempt("print", lambda: print(a))
attempt("format", lambda: f"{a}")
attempt("%r", lambda: "%r" % (a,))
attempt("==", lambda: a == b)
attempt("!=", lambda: a != b)
attempt("<", lambda: a < b)
attempt("in", lambda: a in [b])
attempt("list.index", lambda: [b].index(a))
attempt("list.count", lambda: [b].count(a))
attempt("hash of the list", lambda: hash(a))
attempt("a is a", lambda: a is a and a == a)
t = ()
for i in range(N):
    t = (t,)
u = ()
for i in range(N):
    u = (u,)
attempt("hash of a nested tuple", lambda: hash(t))
attempt("repr of a nested tuple", lambda: repr(t))
attempt("tuple ==", lambda: t == u)
attempt("tuple in set", lambda: t in {u})
d = {}
for i in range(N):
    d = {"k": d}
attempt("repr of a nested dict", lambda: repr(d))
e = {}
for i in range(N):
    e = {"k": e}
attempt("dict ==", lambda: d == e)
s = frozenset()
for i in range(N):
    s = frozenset([s])
attempt("repr of a nested frozenset", lambda: repr(s))
attempt("hash of a nested frozenset", lambda: hash(s))
class Box:
    def __init__(self, inner):
        self.inner = inner
    def __repr__(self):
        return "Box(%r)" % (self.inner,)
x = None
for i in range(N):
    x = Box(x)
# "%r" rather than repr(): CPython charges the builtin call a level of its
# own (see tests/golden/DEVIATIONS.md), which moves where the limit is met.
attempt("repr of nested instances", lambda: "%r" % (x,))
attempt("len of the list", lambda: len(a))
import gc
print("collect with deep data alive:", gc.collect() >= 0)
# A 100,000-deep chain closed into a cycle: only the collector can free it.
top = []
inner = top
for i in range(N):
    inner.append([])
    inner = inner[0]
inner.append(top)
inner = None
a = b = t = u = d = e = s = x = top = None
print("cycle collected:", gc.collect() >= N)
print("all freed")
