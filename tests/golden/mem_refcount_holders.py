# sys.getrefcount as objects enter and leave dict keys and values, sets, nested containers,
# defaults, class attributes, bound methods, closures, generators, iterators and exceptions.
import sys
class T: pass
t = T()
print("base", sys.getrefcount(t))
d = {t: 1}
print("dict key", sys.getrefcount(t))
d2 = {"v": t}
print("dict value", sys.getrefcount(t))
s = {t}
print("set", sys.getrefcount(t))
nested = [[t], (t,)]
print("nested", sys.getrefcount(t))
del d, d2, s, nested
print("after del", sys.getrefcount(t))
def f(x=t):
    return x
print("default", sys.getrefcount(t))
class Holder:
    attr = t
print("class attr", sys.getrefcount(t))
m = t.__class__
print("class", sys.getrefcount(T) > 3)
class W:
    def method(self): pass
w = W()
before = sys.getrefcount(w)
bm = w.method
print("bound method holds self", sys.getrefcount(w) - before)
del bm
def make():
    captured = t
    return lambda: captured
fn = make()
print("closure cell", sys.getrefcount(t))
def gen(x):
    yield x
g = gen(t)
print("unstarted generator", sys.getrefcount(t))
next(g)
print("suspended generator", sys.getrefcount(t))
g = None
print("generator gone", sys.getrefcount(t))
it = iter([t, t])
print("list iterator", sys.getrefcount(t))
for item in [t]:
    print("loop variable", sys.getrefcount(t))
print("after loop (item still bound)", sys.getrefcount(t))
del item
lst = [t] * 3
print("repeated list", sys.getrefcount(t))
lst2 = lst[:]
print("slice copy", sys.getrefcount(t))
del lst, lst2
e = None
try:
    raise ValueError(t)
except ValueError as exc:
    print("exception args", sys.getrefcount(t))
print("after handler", sys.getrefcount(t))
x = y = z = t
print("chained assign", sys.getrefcount(t))
a, b = t, t
print("tuple unpack", sys.getrefcount(t))
