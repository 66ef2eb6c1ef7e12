# Attribute sites remember what they found; every way of changing a class,
# an instance or a descriptor must still be seen at the same site.


class Point:
    kind = "point"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return abs(self.x) + abs(self.y)


def read_kind(o):
    return o.kind


def read_x(o):
    return o.x


def call_norm(o):
    return o.norm()


def bump_x(o):
    o.x += 1
    return o.x


p = Point(1, -2)
for _ in range(3):
    print(read_kind(p), read_x(p), call_norm(p), bump_x(p))

# A class attribute replaced after the sites have seen it.
Point.kind = "changed"
print(read_kind(p))

# An instance attribute shadows the class attribute, then goes away.
p.kind = "mine"
print(read_kind(p))
del p.kind
print(read_kind(p))

# An instance attribute shadows the method.
p.norm = lambda: "shadowed"
print(call_norm(p))
del p.norm
print(call_norm(p))

# The method replaced on the class.
Point.norm = lambda self: "new norm"
print(call_norm(p))


# Instances storing their attributes in another order than the first one seen.
class Loose:
    pass


a = Loose()
a.x, a.y = 1, 2
b = Loose()
b.y, b.x = 3, 4
c = Loose()
c.x = 5
del c.x
c.z, c.x = 6, 7
for o in (a, b, c, a, c):
    print(read_x(o), end=" ")
print()


# A property added to the class after plain instance reads and writes.
def set_x(o, v):
    o.x = v


q = Point(10, 20)
set_x(q, 11)
print(read_x(q))
Point.x = property(lambda self: "from property", lambda self, v: print("property set", v))
print(read_x(q))
set_x(q, 12)
del Point.x
print(read_x(q))


# A non-data descriptor whose class gains __set__ later: the descriptor
# becomes a data descriptor without its owner changing.
class Desc:
    def __get__(self, obj, owner):
        return "descriptor"


class Holder:
    attr = Desc()


def read_attr(o):
    return o.attr


h = Holder()
h.__dict__["attr"] = "instance value"
print(read_attr(h))
Desc.__set__ = lambda self, obj, value: print("desc set", value)
print(read_attr(h))


# A base class changed after a subclass instance was read.
class Base:
    greeting = "hello"


class Derived(Base):
    pass


def greet(o):
    return o.greeting


d = Derived()
print(greet(d))
Base.greeting = "hi"
print(greet(d))
Derived.greeting = "derived"
print(greet(d))
del Derived.greeting
print(greet(d))

# __class__ assignment moves an instance to another class.
class Other:
    kind = "other"

    def norm(self):
        return "other norm"

    def __init__(self):
        pass


p.__class__ = Other
print(read_kind(p), call_norm(p))


# __getattr__ added to a class after a site has seen it miss.
class Late:
    pass


def read_missing(o):
    try:
        return o.missing
    except AttributeError as e:
        return f"AttributeError: {e}"


late = Late()
print(read_missing(late))
Late.__getattr__ = lambda self, name: f"computed {name}"
print(read_missing(late))


# __slots__ members and a site that sees both slotted and dict instances.
class Slotted:
    __slots__ = ("x",)

    def __init__(self):
        self.x = "slot"


s = Slotted()
print(read_x(s), read_x(a), read_x(s))
try:
    set_x(s, 1)
    s.y = 2
except AttributeError as e:
    print("AttributeError:", e)
print(read_x(s))

# Builtin objects at the same sites.
print(read_x(type("T", (), {"x": "type attr"})))
import math
print(read_x.__name__, getattr(math, "pi"))
try:
    read_x(5)
except AttributeError as e:
    print("AttributeError:", e)
