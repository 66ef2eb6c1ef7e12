# __slots__: fixed attribute fields instead of an instance __dict__, member descriptors,
# inheritance with and without slots, __dict__/__weakref__ slots, mangling, errors, gc of slot cycles.
import sys, weakref, gc
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, P.x, type(P.x).__name__, P.__slots__, hasattr(p, "__dict__"))
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 2
del p.y
try:
    weakref.ref(p)
except TypeError as e:
    print(type(e).__name__, e)
class Q(P):
    pass
q = Q(5)
q.z = 9
print(q.x, q.z, q.__dict__, hasattr(q, "__dict__"))
class R(P):
    __slots__ = ("z", "__weakref__")
r = R(7)
r.z = 1
print(r.x, r.z, weakref.ref(r)() is r, hasattr(r, "__dict__"))
class S:
    __slots__ = "single"
s = S()
s.single = "one"
print(s.single, S.__slots__)
class T:
    __slots__ = ["a", "__dict__"]
t = T()
t.a = 1
t.b = 2
print(t.a, t.__dict__)
class Priv:
    __slots__ = ("__secret",)
    def __init__(self):
        self.__secret = 1
print(Priv().__dict__ if False else sorted(k for k in Priv.__dict__ if "secret" in k))
for bad in [5, (1,), ("a b",), ("x", "x")]:
    try:
        type("Bad", (), {"__slots__": bad})
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(type(e).__name__, e)
try:
    class D2(T):
        __slots__ = ("__dict__",)
except TypeError as e:
    print(type(e).__name__, e)
# Collected first, so that the count below is the slot cycle's alone, whenever
# the automatic collections run (they follow how much each interpreter
# allocated before the script started).
gc.collect()
class Node:
    __slots__ = ("other", "__weakref__")
a, b = Node(), Node()
a.other, b.other = b, a
w = weakref.ref(a)
del a, b
print(gc.collect(), w())
print(sys.getrefcount(p), P.x.__get__(p, P), P.x.__name__, P.x.__objclass__.__name__)
class Desc:
    __slots__ = ()
print(Desc.__slots__, hasattr(Desc(), "__dict__"))
try:
    P.x.__set__(q, 3) if False else P.x.__set__(Desc(), 3)
except TypeError as e:
    print(type(e).__name__, e)
class Holder:
    __slots__ = ("item",)
value = [1, 2]
h = Holder()
h.item = value
print("refcount with a slot holding it:", sys.getrefcount(value))
h.item = None
print("after clearing the slot:", sys.getrefcount(value))
class Tracked:
    def __del__(self):
        print("Tracked freed")
h.item = Tracked()
del h
print("after deleting the holder")
