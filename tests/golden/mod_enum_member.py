# enum.member, enum.nonmember and enum.property as enum classes use them.
import enum
from enum import Enum, member, nonmember


def double(x):
    return x * 2


class Op(Enum):
    ADD = 1
    SUB = 2
    # A function would be a method; member() makes it a member instead.
    TWICE = member(double)
    LIMIT = nonmember(100)
    _cache = nonmember({})

    def apply(self, x):
        return self.value(x) if callable(self.value) else x + self.value

    @enum.property
    def label(self):
        return self.name.lower()


print([op.name for op in Op], len(Op), repr(Op.ADD))
print(Op.TWICE.name, Op.TWICE.value is double, Op.TWICE.apply(21), Op.ADD.apply(1))
print(Op.LIMIT, type(Op.LIMIT), Op.ADD.LIMIT, Op._cache, 'LIMIT' in Op.__members__)
print(Op.ADD.label, [op.label for op in Op])
print(type(Op.__dict__['label']) is enum.property, enum.property.__name__)
print(type(member(1)).__name__, member(1).value, nonmember('x').value)
try:
    Op.label
except AttributeError as e:
    print('AttributeError', e)
try:
    Op.ADD.label = 'x'
except AttributeError as e:
    print(e)
try:
    del Op.SUB.label
except AttributeError as e:
    print(e)
print(Op.ADD.name, Op.ADD.value)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    G = nonmember(6.673e-11)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @enum.property
    def surface_gravity(self):
        return round(Planet.G * self.mass / (self.radius * self.radius), 2)

    @enum.property
    def tag(self):
        return self._tag

    @tag.setter
    def tag(self, value):
        self._tag = value


print(list(Planet), Planet.G)
print(Planet.EARTH.surface_gravity, Planet.MERCURY.surface_gravity)
Planet.EARTH.tag = 'home'
print(Planet.EARTH.tag)
