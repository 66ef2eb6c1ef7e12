# collections.namedtuple: the generated class, as scripts and lessons use it.
import copy
import sys
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], p[-1], len(p), tuple(p), list(p))
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__, Point.__bases__)
print(Point._fields, Point._field_defaults, Point.__match_args__)
print(Point.x, Point.y.__doc__, Point.__new__.__doc__)
print(Point._make([1, 2]), Point._make(iter("ab")))
print(p._asdict(), p._replace(y=0), p.__getnewargs__())
x, y = p
print(x, y, p == (11, 22), p == Point(11, 22), hash(p) == hash((11, 22)))
print(isinstance(p, tuple), isinstance(p, Point), type(p) is Point, p.count(11), p.index(22))
print(p + (1,), p * 2, p[:1], type(p[:1]).__name__, sorted([Point(2, 1), Point(1, 2)]))
print(repr(p), str(p), f"{p}", "%s" % (p,))

# field names as one string, defaults, rename, module
P3 = namedtuple("P3", "a, b c", defaults=[5, 6])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults, P3.__new__.__defaults__)
R = namedtuple("R", ["ok", "class", "ok", "_hidden", "2x"], rename=True)
print(R._fields)
M = namedtuple("M", "v", module="somewhere")
print(M.__module__, M(1), M._fields)
E = namedtuple("E", "")
print(E(), E._fields, len(E()))

# the generated methods
print(Point.__new__.__qualname__, Point._make.__func__.__qualname__, Point.__repr__.__qualname__)

# errors with CPython's messages
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: Point(1))
show(lambda: Point(1, 2, 3))
show(lambda: Point(1, 2, z=3))
show(lambda: Point._make([1]))
show(lambda: p._replace(z=1))
show(lambda: namedtuple("Bad", "a a"))
show(lambda: namedtuple("Bad", "a _b"))
show(lambda: namedtuple("Bad", "a def"))
show(lambda: namedtuple("Bad", "a 1b"))
show(lambda: namedtuple("class", "a"))
show(lambda: namedtuple("Bad", "a", defaults=[1, 2]))
show(lambda: namedtuple("Bad", [1, 2]))
def set_x():
    p.x = 5
show(set_x)
def del_x():
    del p.x
show(del_x)
def new_attr():
    p.z = 5
show(new_attr)

# subclassing a namedtuple, as scripts do
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

v = Vec(3, 4)
print(v, v.norm2, v + Vec(1, 1), Vec.__mro__[1].__name__, Vec._fields)

# copies and memory
print(copy.copy(p), copy.deepcopy(Point([1], [2])), copy.copy(p) == p)
q = Point([1], 2)
print(sys.getrefcount(q) - 1, sys.getsizeof(p) == sys.getsizeof((1, 2)), hasattr(p, "__dict__"))
print(Point.__slots__, sorted(k for k in Point.__dict__ if not k.startswith("__")))
