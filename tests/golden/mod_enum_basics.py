# enum: members, lookup, reprs, aliases, errors, IntEnum, auto, Flag and IntFlag.
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.CRIMSON is Color.RED)
print(Color(1), Color['GREEN'], Color.__members__.keys() if False else list(Color.__members__))
print(Color, repr(Color), type(Color))
print(f"{Color.RED}", format(Color.RED), "%s" % Color.RED, f"{Color.RED!r}")
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, hash(Color.RED) == hash('RED'))
print(Color.RED in Color)
try: Color(7)
except ValueError as e: print("ValueError", e)
try: Color['PINK']
except KeyError as e: print("KeyError", e)
try: Color.RED = 5
except AttributeError as e: print("AttributeError", e)
try: del Color.RED
except AttributeError as e: print("AttributeError", e)
try: Color.RED < Color.GREEN
except TypeError as e: print("TypeError", e)
try:
    class Bad(Enum):
        A = 1
        A = 2
except TypeError as e: print("TypeError", e)
try:
    class More(Color):
        PINK = 4
except TypeError as e: print("TypeError", e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e: print("ValueError", e)
try: raise TypeError("x")
except TypeError as e: print("TypeError", e)
class N(IntEnum):
    ONE = 1
    TWO = 2
print(N.ONE, repr(N.ONE), str(N.ONE), f"{N.TWO}", N.ONE + 1, N.ONE == 1, N.TWO > N.ONE, sorted([N.TWO, N.ONE]))
print(isinstance(N.ONE, int), N(2), int(N.TWO), [n for n in N])
class A(Enum):
    X = auto()
    Y = auto()
    Z = auto()
print(list(A), A.Z.value)
class P(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
print(repr(P.R), P.R | P.W, repr(P.R | P.W), repr(P.RW), P.R in (P.R|P.W), P.X in P.RW)
print(repr(~P.R), repr(P(0)), str(P(0)), bool(P(0)), bool(P.R), list(P), len(P.RW) if hasattr(P.RW,'__len__') else '-')
print(repr(P.RW & P.R), repr(P.RW ^ P.R), list(P.RW), repr(P(7)))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(Perm.R | Perm.W), str(Perm.R|Perm.W), Perm.R | 1, repr(Perm.R | 1), Perm.R + 1, repr(Perm(8)), repr(~Perm.R), repr(Perm(0)))
print(Color.RED.__class__, type(Color.RED).__name__, Color.__name__, isinstance(Color.RED, Color))
