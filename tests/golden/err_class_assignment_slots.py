# obj.__class__ = C between classes with __slots__: allowed only when they
# added the same slot names to the same base (CPython's same_slots_added).
class P:
    __slots__ = ("a",)
class Q:
    __slots__ = ("b",)
class R:
    __slots__ = ("a",)
class S:
    __slots__ = ("a", "b")
class T:
    __slots__ = ("b", "a")
class U:
    pass
class V:
    pass
class W(P):
    pass
p = P()
p.a = "value of a"
for target in (Q, R, S, U, W):
    try:
        p.__class__ = target
        print("assigned", target.__name__, getattr(p, "a", None))
        p.__class__ = P
    except TypeError as e:
        print(e)
s = S()
s.a, s.b = 1, 2
s.__class__ = T
print(type(s).__name__, s.a, s.b)
u = U()
u.x = 1
u.__class__ = V
print(type(u).__name__, u.x)
