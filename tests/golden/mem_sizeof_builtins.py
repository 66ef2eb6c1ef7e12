# sys.getsizeof of the builtin types whose layouts are CPython 3.11's (sets with their weak reference list, property with getter_doc, enumerate with its cached one, zip with its size), and the weak-reference fields behind them: which objects take weak references, and __weakref__ of instances. The types whose sizes still differ are listed in DEVIATIONS.md.
import sys
import types
import weakref


def show(label, x):
    print(label, sys.getsizeof(x))


# Sets and frozensets: 200 bytes (8 small-table entries, the weak reference
# list) + the collector's 16, then a table of 16-byte entries.
s = set()
for i in range(20):
    show("set %d" % i, s)
    s.add(i)
show("set 100", set(range(100)))
show("set 1000", set(range(1000)))
show("set display 3", {1, 2, 3})
show("set comp 10", {i for i in range(10)})
show("frozenset()", frozenset())
show("frozenset 4", frozenset("abcd"))
show("frozenset 5", frozenset("abcde"))
show("frozenset 50", frozenset(range(50)))
big = set(range(100))
big.clear()
show("set cleared", big)

# property: getter, setter, deleter, doc, name and getter_doc.
show("property()", property())
show("property(len)", property(len))
show("property doc", property(doc="d"))

# enumerate: index, iterator, result, long index, one.
show("enumerate([])", enumerate([]))
show("enumerate start", enumerate("abc", 10))
show("enumerate big start", enumerate("abc", 2**70))

# zip: size, iterators, result, strict.
show("zip()", zip())
show("zip 2", zip([1], [2]))
show("zip strict", zip([1], [2], [3], strict=True))

# Unchanged companions.
show("staticmethod", staticmethod(len))
show("classmethod", classmethod(len))
show("map", map(len, []))
show("iter list", iter([]))

# Which objects take weak references: those whose type has the field.
def f():
    pass


class A:
    def m(self):
        pass


class Slotted:
    __slots__ = ("x",)


class SlottedWeak:
    __slots__ = ("x", "__weakref__")


class FromSlotted(Slotted):
    pass


class IntSub(int):
    pass


class ListSub(list):
    pass


class ExcSub(Exception):
    pass


def g():
    yield 1


gen = g()
for label, obj in [("function", f), ("code", f.__code__), ("lambda", lambda: 0), ("bound method", A().m), ("builtin", len),
                   ("builtin method", [].append), ("module", sys), ("class", A), ("type", int),
                   ("set", set()), ("frozenset", frozenset()), ("generator", gen),
                   ("instance", A()), ("slotted", Slotted()), ("slotted weak", SlottedWeak()),
                   ("from slotted", FromSlotted()), ("SimpleNamespace", types.SimpleNamespace()),
                   ("list", []), ("dict", {}), ("tuple", ()), ("int", 5), ("str", "s"),
                   ("property", property()), ("exception", ValueError()),
                   ("int subclass", IntSub(5)), ("list subclass", ListSub()), ("exception subclass", ExcSub())]:
    try:
        r = weakref.ref(obj)
        print(label, "weakref ok", r() is obj, weakref.getweakrefcount(obj))
    except TypeError as e:
        print(label, e)

# __weakref__ of an instance: its first weak reference, or None.
a = A()
print(a.__weakref__)
r1 = weakref.ref(a)
print(a.__weakref__ is r1)
r2 = weakref.ref(a, lambda r: None)
print(a.__weakref__ is r1, weakref.getweakrefs(a) == [r1, r2])
del r1
print(a.__weakref__ is r2)
print("__weakref__" in A.__dict__, "__weakref__" in FromSlotted.__dict__, "__weakref__" in SlottedWeak.__dict__)

try:
    class Twice(A):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print(e)

# A weak reference to a set or a function dies with it.
s = {1, 2}
rs = weakref.ref(s)
del s
print(rs())
h = lambda: 0
rh = weakref.ref(h, lambda r: print("callback", r() is None))
del h
print(rh())

# A property's doc taken from the getter follows a new getter.
class P:
    @property
    def x(self):
        "the x"
        return 1

    y = property(lambda self: 2, doc="fixed")


def other(self):
    "other doc"
    return 3


print(P.x.__doc__, P.x.getter(other).__doc__, P.x.getter(lambda self: 4).__doc__, P.x.setter(other).__doc__)
print(P.y.getter(other).__doc__)

# A function keeps the builtins its frames use.
print(f.__builtins__ is __builtins__.__dict__, (lambda: 0).__builtins__ is f.__builtins__)

# A range iterator counts an index up to its length (CPython 3.11's
# rangeiterobject); a partial keeps its own entry point for calls.
import functools
it = iter(range(3, 30, 4))
print(sys.getsizeof(it), it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(sys.getsizeof(iter(range(2 ** 70))), sys.getsizeof(reversed(range(5))))
print(sys.getsizeof(functools.partial(max, 1)), functools.partial(max, 1)(0, 7))
class MyPartial(functools.partial):
    pass
print(sys.getsizeof(MyPartial(min, 3)), MyPartial(min, 3)(1))
