# enum details: dir(), copies, _ignore_, IntEnum formatting, zero-valued flags,
# aliases among flags, read-only name/value, empty enums that can be extended.
import enum, copy, sys
from enum import Enum, IntEnum, Flag, IntFlag, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    _ignore_ = 'tmp'
    tmp = 5
    def describe(self): return self.name.lower()
print(dir(Color.RED))
print(Color.RED.describe(), copy.deepcopy(Color.RED) is Color.RED, copy.copy(Color.GREEN) is Color.GREEN)
print(hasattr(Color, 'tmp'), Color.__members__)
print(Color.RED.__class__.__mro__, Color._member_names_, Color._value2member_map_)
print({Color.RED: 1}, Color.RED.__reduce_ex__(4))
class N(IntEnum):
    A = 1
print({1: 'x'}[N.A], N.A == 1.0, hash(N.A), '%d %s %r' % (N.A, N.A, N.A), f'{N.A:03d}', format(N.A, 'x'))
print(str(Color.RED), format(Color.RED, '>12'), f'{Color.RED:>12}|')
class Shape(Enum):
    SQUARE = 2
    def __str__(self): return 'shape ' + self.name
print(Shape.SQUARE, f'{Shape.SQUARE}', repr(Shape.SQUARE))
class Open(IntFlag):
    RO = 0
    WO = 1
    RW = 2
    AC = 3
print(list(Open), repr(Open.RO), repr(Open.AC), Open.WO | Open.RW, repr(Open(4)))
class Bits(Flag):
    NONE = 0
    A = 1
    B = 2
    AB = 3
print(list(Bits), repr(Bits.NONE), Bits.AB, repr(Bits.A | Bits.B), list(Bits.AB), len(Bits), list(Bits.__members__))
print(Color.RED is Color['RED'], Color(Color.RED), sorted(Color, key=lambda c: c.name))
class Greek(Enum):
    ALPHA = 'a'
    BETA = 'b'
for g in Greek: print(g, g.value, end='; ')
print()
print(Greek('a'), Greek.ALPHA.value.upper(), Greek.BETA > Greek.ALPHA if False else '')
try: Greek.ALPHA.name = 'x'
except AttributeError as e: print('AttributeError', e)
class Empty(Enum): pass
print(list(Empty), len(Empty), bool(Empty), Empty)
class Child(Empty):
    X = 1
print(list(Child), Child.X)
print(type(Color.__members__).__name__, Color.RED.__objclass__ if hasattr(Color.RED, '__objclass__') else '')
class Priv(Enum):
    A = 1
    __secret = 2
    _private = 3
    lam = lambda self: 1
print(list(Priv), Priv.__members__, repr(Priv.__members__))
print(Priv._private, Priv._Priv__secret if hasattr(Priv, "_Priv__secret") else 'none')
