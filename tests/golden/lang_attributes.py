# Attribute access on instances, classes, modules and builtins.
import math
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y, p.dims, Point.dims, math.pi, "abc".upper())
p.z = 3
print(p.z, p.__dict__, sorted(vars(p)))
p.x += 10
print(p.x)
print(getattr(p, "y"), getattr(p, "w", "default"), hasattr(p, "w"), hasattr(p, "x"))
setattr(p, "w", 4)
print(p.w)
delattr(p, "w")
del p.z
print(hasattr(p, "w"), hasattr(p, "z"), p.__dict__)
print(p.__class__, p.__class__.__name__, Point.__name__, type(p) is Point)
print((1).__class__, (1.5).real, (3).bit_length(), "x".__len__())
print(math.sqrt.__name__, len.__name__, Point.__init__.__name__, Point.__qualname__)
Point.dims = 3
print(p.dims)
p.dims = 4
print(p.dims, Point.dims)
del p.dims
print(p.dims)
a = Point(0, 0)
a.next = Point(5, 6)
a.next.next = Point(7, 8)
print(a.next.next.x, a.next.y)
for expr in ["p.missing", "Point.missing", "math.missing", "(1).missing", "None.x", "'s'.x"]:
    try:
        eval(expr)
    except AttributeError as e:
        print(type(e).__name__, e)
for stmt in ["del p.missing", "(1).x = 2", "'s'.upper = 1", "del Point.missing", "object().x = 1"]:
    try:
        exec(stmt)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    getattr(p, 5)
except TypeError as e:
    print(type(e).__name__, e)
