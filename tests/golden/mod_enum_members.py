# enum as scripts use it: values that are tuples, methods, properties, custom
# __new__, _missing_, the functional API, flags as permission sets.
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, EnumMeta, EnumType


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass)
print(round(Planet.EARTH.surface_gravity, 3))
print(Planet((5.976e+24, 6.37814e6)) is Planet.EARTH)


class Weekday(Enum):
    MONDAY = 1
    TUESDAY = 2
    SUNDAY = 7

    @classmethod
    def from_name(cls, name):
        return cls[name.upper()]

    def is_weekend(self):
        return self is Weekday.SUNDAY

    def __str__(self):
        return self.name.title()


print(Weekday.from_name('monday'), Weekday.SUNDAY.is_weekend(), repr(Weekday.TUESDAY))
print([d.name for d in Weekday], [d.value for d in reversed(Weekday)])


class Ordinal(Enum):
    def __new__(cls, label):
        obj = object.__new__(cls)
        obj._value_ = len(cls.__members__) + 1
        obj.label = label
        return obj

    FIRST = 'first'
    SECOND = 'second'


print(repr(Ordinal.FIRST), Ordinal.SECOND.label, Ordinal(2))


class Status(Enum):
    OK = 'ok'
    FAIL = 'fail'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None


print(Status('OK'), Status('Fail'))
try:
    Status('maybe')
except ValueError as e:
    print('ValueError:', e)

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal.__name__)
Shape = Enum('Shape', [('SQUARE', 4), ('TRIANGLE', 3)])
print(Shape(3), list(Shape.__members__.items()))
Level = IntEnum('Level', 'LOW HIGH')
print(Level.HIGH > Level.LOW, Level.HIGH + 0, repr(Level.LOW))


class Color(Enum):
    RED = auto()
    GREEN = auto()


lookup = {Color.RED: 'stop', Color.GREEN: 'go'}
print(lookup[Color.GREEN], Color.RED in lookup, sorted(Color, key=lambda c: c.value, reverse=True))
print(type(Color) is EnumMeta, EnumMeta is EnumType, isinstance(Color.RED, Enum))
print(Color.RED.name, Color.RED._name_, Color.RED._value_, Color['RED'] is Color(1))


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


mode = Perm.R | Perm.W
print(mode, repr(mode), Perm.W in mode, Perm.X in mode, mode & Perm.R, bool(mode & Perm.X))
print(list(mode), len(mode), repr(Perm(7)), oct(Perm.R | Perm.X))
mode |= Perm.X
print(repr(mode), repr(mode ^ Perm.W), repr(Perm(0)))


class Style(Flag):
    BOLD = auto()
    ITALIC = auto()
    UNDERLINE = auto()


s = Style.BOLD | Style.UNDERLINE
print(s, repr(s), [m.name for m in s], Style.ITALIC in s, repr(~s))
try:
    Style(8)
except ValueError as e:
    print('ValueError:', e)
try:
    Style.BOLD | 1
except TypeError as e:
    print('TypeError:', e)


class Shade(Enum):
    DARK = 1
    DIM = 1
    LIGHT = 2


print(list(Shade), list(Shade.__members__), Shade.DIM, Shade(1).name)
print(unique(Weekday) is Weekday)
