# operator: the operators as functions, their dunder aliases, and CPython's argument errors
import operator
from operator import *

print(add(2, 3), sub(2, 3), mul("ab", 2), truediv(7, 2), floordiv(7, 2), mod(7, 3), pow(2, 10))
print(lshift(1, 4), rshift(256, 2), and_(12, 10), or_(12, 10), xor(12, 10), matmul)
print(neg(5), pos(-5), abs(-2.5), inv(5), invert(0), index(True), truth([]), not_(""))
print(lt(1, 2), le(2, 2), eq([1], [1]), ne(1, 1.0), ge(3, 2), gt("a", "b"))
print(is_(None, None), is_not([], []), contains("spam", "pa"), countOf([1, 2, 1, 1.0], 1), indexOf("abc", "c"))
print(concat([1], [2]), concat("a", "b"), concat((1,), (2,)))

class Vec:
    def __init__(self, x): self.x = x
    def __add__(self, other): return Vec(self.x + other.x)
    def __lt__(self, other): return "lt!"
    def __matmul__(self, other): return self.x * other.x
    def __repr__(self): return f"Vec({self.x})"
print(add(Vec(1), Vec(2)), lt(Vec(1), Vec(2)), matmul(Vec(3), Vec(4)))

# In-place operators return the new value; mutable objects change in place.
items = [1]
print(iadd(items, [2]) is items, items, iconcat(items, (3,)), items)
n = 5
print(iadd(n, 1), n, isub(5, 1), imul(5, 2), itruediv(5, 2), ifloordiv(5, 2), imod(5, 2), ipow(2, 5))
print(ilshift(1, 2), irshift(8, 1), iand(6, 3), ior(6, 3), ixor(6, 3))

d = {}
setitem(d, "k", [1, 2])
print(d, getitem(d, "k"), getitem([10, 20, 30], slice(1, None)))
delitem(d, "k")
print(d)
print(call(max, 3, 9, 4), call(sorted, [3, 1, 2], reverse=True))
print(length_hint([1, 2, 3]), length_hint(iter("abcd")), length_hint(7), length_hint(7, 11))

class Hint:
    def __length_hint__(self): return 12
print(length_hint(Hint()))

# The dunder aliases are the same objects.
print(operator.__add__ is add, operator.__not__ is not_, operator.__inv__ is inv, operator.__call__ is call)
print(operator.add, operator.__lt__, add.__name__, add.__module__)
print(sorted(operator.__all__) == operator.__all__, len(operator.__all__), "attrgetter" in operator.__all__)
print(sorted(n for n in dir(operator) if n.startswith("__") and n.endswith("__") and callable(getattr(operator, n))))

errors = [
    lambda: add(1),
    lambda: add(a=1, b=2),
    lambda: neg(),
    lambda: not_(1, 2),
    lambda: truth(),
    lambda: pow(2, 3, 4),
    lambda: index(1.5),
    lambda: concat(1, 2),
    lambda: concat({}, {}),
    lambda: concat([1], "a"),
    lambda: iconcat(1, []),
    lambda: indexOf([1], 2),
    lambda: countOf(1, 2),
    lambda: contains(1, 2),
    lambda: setitem(1, 2, 3),
    lambda: delitem([], 0),
    lambda: abs("a"),
    lambda: lt(1, "a"),
    lambda: call(),
    lambda: length_hint(),
    lambda: length_hint([], "x"),
    lambda: add("a", 1),
    lambda: getitem({}, "missing"),
]
for f in errors:
    try:
        print("no error:", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class BadHint:
    def __length_hint__(self): return "x"
class NegativeHint:
    def __length_hint__(self): return -1
class LenFails:
    def __len__(self): raise TypeError("no len")
    def __length_hint__(self): return 4
class HintFails:
    def __length_hint__(self): raise TypeError("no hint")
for obj in (BadHint(), NegativeHint(), LenFails(), HintFails()):
    try:
        print(length_hint(obj, 99))
    except Exception as e:
        print(type(e).__name__ + ":", e)
