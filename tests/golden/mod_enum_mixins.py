# enum with data types: int/float mixins, IntEnum with its own __new__, a custom
# _generate_next_value_, __init_subclass__ on an enum base, flag inversion and aliases.
from enum import Enum, IntEnum, Flag, IntFlag, auto
class Code(int, Enum):
    OK = 200
    NOT_FOUND = 404
print(Code.OK, repr(Code.OK), f'{Code.OK}', format(Code.NOT_FOUND, '>10'), Code.OK + 1, Code(404), str(Code.OK))
class Temp(float, Enum):
    LOW = 1.5
    HIGH = 10.25
print(Temp.LOW, repr(Temp.HIGH), Temp.LOW * 2, Temp(10.25))
class Name(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    NORTH = auto()
    SOUTH = auto()
print(list(Name), Name('south'))
class HttpStatus(IntEnum):
    def __new__(cls, value, phrase):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.phrase = phrase
        return obj
    OK = (200, 'OK')
    MOVED = (301, 'Moved Permanently')
print(HttpStatus.MOVED, repr(HttpStatus.OK), HttpStatus.OK.phrase, HttpStatus(301).phrase, HttpStatus.OK == 200)
class Base(Enum):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print('subclass', cls.__name__)
    def shout(self):
        return self.name.upper() + '!'
class Animal(Base):
    cat = 1
    dog = 2
print(Animal.cat.shout(), [a.shout() for a in Animal])
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(~Perm.R), repr(~(Perm.R | Perm.W)), repr(Perm.R & 6), repr(Perm(-1)), Perm.R | Perm.W | Perm.X == 7, repr(Perm.R ^ Perm.R))
print(repr(Perm(15)), list(Perm(15)), hash(Perm.R) == hash(4), Perm.R in Perm(5), int(Perm.R | 8))
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(repr(Color.WHITE), list(Color.WHITE), repr(~Color.WHITE), repr(~Color.RED), repr(Color.RED | Color.GREEN), len(Color))
print([repr(c) for c in Color], Color(7) is Color.WHITE, repr(Color(0)), Color.RED < Color.GREEN if False else '')
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print(e)
try:
    Color(9)
except ValueError as e:
    print(e)


# A mixin that only adds methods is not a data type; a subclass of int is.
class Describe:
    def describe(self):
        return '%s is %r' % (self.name, self.value)
class Mood(Describe, Enum):
    HAPPY = 1
    SAD = 2
print(Mood.HAPPY.describe(), repr(Mood.SAD), Mood._member_type_, Mood(2))
class MyInt(int):
    def double(self):
        return self * 2
class Num(MyInt, Enum):
    ONE = 1
    TWO = 2
print(Num.TWO.double(), repr(Num.ONE), Num._member_type_.__name__, Num.ONE + 1, isinstance(Num.ONE, MyInt))
