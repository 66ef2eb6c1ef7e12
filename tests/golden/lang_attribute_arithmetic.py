# Arithmetic on instance attributes and locals, in the shapes the evaluator
# reads without evaluating (`a.x - b.x`, `o.v += dt * o.w`): every kind of
# operand that must leave that path still gives CPython's answer.
import sys


class Body:
    def __init__(self, x, v):
        self.x = x
        self.v = v


def step(bodies, dt):
    for _ in range(20):
        a, b = bodies
        d = a.x - b.x
        d2 = d * d + a.v * b.v
        a.v -= d * dt
        b.v += d * dt
        a.x += dt * a.v
        b.x += dt * b.v
    return d2


print(step([Body(1.0, 0.5), Body(-2.0, 0.25)], 0.01))
# ints that fit a machine word, then ones that overflow it, then mixed
print(step([Body(3, 2), Body(1, 5)], 1))
print(step([Body(2**62, 2**61), Body(-2**62, 3)], 2))
print(step([Body(1, 0.5), Body(2.5, 7)], 3))
# the same sites after the guesses above have been seen and missed
print(step([Body(1.5, 0.5), Body(2.5, 7.0)], 0.5))


class Vec:
    def __init__(self, x):
        self.x = x

    def __sub__(self, other):
        return Vec(self.x - other.x)

    def __mul__(self, k):
        return Vec(self.x * (k.x if isinstance(k, Vec) else k))

    __rmul__ = __mul__

    def __add__(self, other):
        return Vec(self.x + other.x)

    def __repr__(self):
        return f"Vec({self.x})"


# objects, strs and lists in the attributes: the general protocol
print(step([Body(Vec(1), Vec(2)), Body(Vec(3), Vec(4))], 2))
s = Body("ab", "c")
s.x += s.v * 2
s.v += "d"
print(s.x, s.v)
l = Body([1], [2])
l.x += l.v
print(l.x, l.v, Body(Vec(5), 2).x - Body(Vec(1), 0).x)


# errors keep their tracebacks
def divide(o, z):
    o.x /= z * 1.0
    return o.x


print(divide(Body(1.0, 0), 4))
try:
    divide(Body(1.0, 0), 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    o = Body(1.0, 0)
    del o.x
    o.x += o.v * 2
except AttributeError as e:
    print("AttributeError:", e)


# a property, a class attribute and a __slots__ class
class Prop:
    scale = 2.0

    def __init__(self):
        self._x = 1.0

    @property
    def x(self):
        print("get x")
        return self._x

    @x.setter
    def x(self, value):
        print("set x", value)
        self._x = value


p = Prop()
k = 3.0
p.x += k * p.scale
p.scale += k * 1.5
print(p.x, p.scale, Prop.scale)


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 1.5
        self.y = 2


t = Slotted()
for _ in range(3):
    t.x += t.y * 0.5
    t.y -= t.y * 3
print(t.x, t.y)


# __setattr__ sees the object held by the statement, as in CPython
class Watch:
    def __init__(self):
        object.__setattr__(self, "x", 1.0)

    def __setattr__(self, name, value):
        print("setattr", name, value, sys.getrefcount(self))
        object.__setattr__(self, name, value)


def watched():
    w = Watch()
    d = 2.0
    w.x += d * 0.5
    w.x -= w.x * d
    return w.x


print(watched())


# bool and int subclass attributes are not machine ints
class MyInt(int):
    pass


b = Body(True, MyInt(5))
b.x += b.v * 2
b.v += b.v * 1
print(b.x, type(b.x).__name__, b.v, type(b.v).__name__)


# floats: each update makes a new object, as CPython's BINARY_OP
def ids():
    o = Body(1.0, 2.0)
    before = o.x
    o.x += o.v * 1.0
    return before, o.x, before is o.x


print(ids())
