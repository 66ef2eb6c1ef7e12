# Classes derived from str: instances are strs with attributes of their own,
# str methods give exact strs back, and enum.StrEnum is built on them.
import copy
import gc
from enum import StrEnum, auto


class Tagged(str):
    def shout(self):
        return self.upper() + "!"


t = Tagged("héllo wörld")
t.source = "user"
print(t, repr(t), t.shout(), t.source, vars(t))
print(type(t).__name__, isinstance(t, str), len(t), t[1], t[-5:], type(t[1:]).__name__)
print(t == "héllo wörld", t != "x", t < "z", hash(t) == hash("héllo wörld"), "wö" in t)
print(type(t + "!").__name__, type(t * 2).__name__, type(t.strip()).__name__, type(str(t)).__name__)
print(f"[{t:>14}]", "%s|%r" % (t, t), "{}".format(t), t.split(), t.encode())
table = {t: 1}
print(table["héllo wörld"], "héllo wörld" in table, list(table)[0] is t)
print(sorted([Tagged("b"), "a", Tagged("c")]))


class Named(str):
    def __new__(cls, value, name):
        self = super().__new__(cls, value)
        self.name = name
        return self

    def __repr__(self):
        return f"Named({str(self)!r}, name={self.name!r})"


n = Named(42, "answer")
print(n, repr(n), n.name, n.isdigit(), int(n) + 1)
dup = copy.copy(t)
print(repr(dup), dup is t, dup == t, dup.source)
deep = copy.deepcopy(t)
print(deep, deep.source, type(deep).__name__)

# An instance in a reference cycle through its own attributes is collected.
gc.collect()
c = Tagged("cycle")
c.me = c
del c
print("collected", gc.collect())


class Empty(str):
    __slots__ = ()


e = Empty("slots")
print(e, type(e).__name__, hasattr(e, "__dict__"))
try:
    e.x = 1
except AttributeError as exc:
    print("AttributeError:", exc)


class Color(StrEnum):
    RED = auto()
    GREEN = "green"
    DARK_BLUE = auto()


print(list(Color), Color.RED, repr(Color.DARK_BLUE), f"{Color.GREEN}", Color("green") is Color.GREEN)
print(Color.RED == "red", Color.RED.upper(), isinstance(Color.RED, str), Color.RED.value, len(Color.DARK_BLUE))
try:
    class Bad(StrEnum):
        ONE = 1
except TypeError as exc:
    print("TypeError:", exc)
