# operator.attrgetter, itemgetter and methodcaller: as sort keys and map functions, their reprs and errors
from operator import attrgetter, itemgetter, methodcaller
import gc

class Point:
    def __init__(self, x, y, tag=None):
        self.x, self.y, self.tag = x, y, tag
    def __repr__(self): return f"Point({self.x}, {self.y})"
    def dist(self, scale=1): return (abs(self.x) + abs(self.y)) * scale

class Box:
    def __init__(self, p): self.corner = p

points = [Point(3, 1), Point(-1, 5), Point(2, 2)]
print(sorted(points, key=attrgetter("x")))
print(sorted(points, key=attrgetter("y", "x")))
print(max(points, key=methodcaller("dist")), [methodcaller("dist", scale=10)(p) for p in points])
print(attrgetter("corner.x", "corner.y")(Box(Point(7, 8))), attrgetter("corner")(Box(1)))

rows = [("bob", 31, "x"), ("alice", 25, "y"), ("carol", 31, "z")]
print(sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), rows)), itemgetter(slice(0, 2))("hello"), itemgetter("a", "b")({"a": 1, "b": 2}))
print(list(map(methodcaller("upper"), ["a", "bc"])), methodcaller("split", ",", 1)("a,b,c"))
print(methodcaller("replace", "a", "o")("banana"), methodcaller("get", "k", "default")({}))

a = attrgetter("a.b", "c")
i = itemgetter(1, "two")
m = methodcaller("f", 1, [2], key="v")
print(a, i, m, attrgetter("x"), itemgetter(-1), methodcaller("name"))
print(attrgetter("a..b"), attrgetter(".a"))
print(a.__reduce__(), i.__reduce__(), methodcaller("f", 1).__reduce__())
print(type(a), type(i), type(m), type(a).__name__, type(a).__module__)
print(gc.is_tracked(a), gc.is_tracked(i), a == attrgetter("a.b", "c"))

# A methodcaller whose argument prints the methodcaller itself.
class Loop:
    def __repr__(self): return repr(looped)
looped = methodcaller("f", Loop())
print(looped)

for cls in (attrgetter, itemgetter, methodcaller):
    try:
        class Sub(cls): pass
    except TypeError as e:
        print("TypeError:", e)

errors = [
    lambda: attrgetter(),
    lambda: attrgetter(1),
    lambda: attrgetter("a", k=1),
    lambda: attrgetter("a")(),
    lambda: attrgetter("a")(1, 2),
    lambda: attrgetter("a")(x=1),
    lambda: attrgetter("zz")(Point(1, 2)),
    lambda: attrgetter("x.nope")(Point(1, 2)),
    lambda: itemgetter(),
    lambda: itemgetter(1, k=2),
    lambda: itemgetter(1)(1),
    lambda: itemgetter(5)([1]),
    lambda: itemgetter("k")({}),
    lambda: methodcaller(),
    lambda: methodcaller(1),
    lambda: methodcaller("x")(1),
    lambda: methodcaller("dist", 1, 2)(Point(0, 0)),
    lambda: a.nothing,
]
for f in errors:
    try:
        print("no error:", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
