# sys.getrefcount of arguments inside callees: CPython 3.11 moves arguments into a Python
# function's frame, but calls classes and callable instances through an argument tuple.
import sys
class T: pass
t = T()
def f(o): return sys.getrefcount(o)
def fk(*, o): return sys.getrefcount(o)
def fs(*a): return sys.getrefcount(a[0])
def fkw(**k): return sys.getrefcount(k["o"])
class C:
    def m(self, o): return sys.getrefcount(o)
    def __init__(self, o=None):
        if o is not None: print("init", sys.getrefcount(o))
    @staticmethod
    def s(o): return sys.getrefcount(o)
    @classmethod
    def c(cls, o): return sys.getrefcount(o)
c = C()
print("direct", f(t))
print("kw", f(o=t))
print("kwonly", fk(o=t))
print("star", f(*[t]))
print("star tuple", f(*(t,)))
print("varargs", fs(t))
print("varkw", fkw(o=t))
print("method", c.m(t))
bm = c.m
print("bound var", bm(t))
print("unbound", C.m(c, t))
print("static", c.s(t), C.s(t))
print("class", C.c(t))
C(t)
print("lambda", (lambda o: sys.getrefcount(o))(t))
print("map", list(map(f, [t])))
def g(o):
    x = o
    return sys.getrefcount(o)
print("g", g(t))
def outer(o):
    def inner():
        return o
    return sys.getrefcount(o)
print("cell param", outer(t))
def gen(o):
    yield sys.getrefcount(o)
print("gen", next(gen(t)))
class C:
    def __init__(self, o=None, *rest, **kw):
        print("init self", sys.getrefcount(self), "o", sys.getrefcount(o) if o is not None else "", "kw", sys.getrefcount(kw["k"]) if kw else "")
C(t)
C(o=t)
C(None, k=t)
c = C(t)
class D(list):
    def __init__(self, o):
        print("list subclass init", sys.getrefcount(o))
D(t)
class N:
    def __new__(cls, o):
        print("new", sys.getrefcount(o))
        return super().__new__(cls)
    def __init__(self, o):
        print("init after new", sys.getrefcount(o))
N(t)
class K:
    def __call__(self, o):
        return sys.getrefcount(o)
print("__call__", K()(t))
class P:
    @property
    def p(self):
        return sys.getrefcount(self)
p = P()
print("property self", p.p)
class A:
    def __add__(self, other):
        return sys.getrefcount(other)
    def __getitem__(self, k):
        return sys.getrefcount(k)
a = A()
print("__add__", a + t, "__getitem__", a[t])
def deco(fn):
    print("decorator arg", sys.getrefcount(fn))
    return fn
@deco
def decorated(): pass
