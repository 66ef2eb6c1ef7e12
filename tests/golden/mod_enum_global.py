# enum.global_enum as re's flags use it: members become module globals printed as module.NAME.
import enum
from enum import Enum, IntEnum, IntFlag, global_enum


@global_enum
class Mode(IntEnum):
    READ = 1
    WRITE = 2


print(READ, WRITE, repr(READ), repr(Mode.WRITE), str(WRITE), f'{READ}', READ is Mode.READ)


@global_enum
class Color(Enum):
    RED = 1
    GREEN = 2


print(repr(RED), str(GREEN), format(RED), RED, [c for c in Color], repr(Color))


@global_enum
class RegexFlag(IntFlag):
    IGNORECASE = I = 2
    MULTILINE = M = 8
    DOTALL = S = 16


print(repr(I), repr(IGNORECASE), repr(I | M), repr(I | M | S), str(I | M), I | M)
print(repr(RegexFlag(0)), repr(RegexFlag(4)), repr(RegexFlag(6)), repr(~I))
print(RegexFlag.M, repr(RegexFlag.S))
print(globals()['DOTALL'] is RegexFlag.DOTALL)


class Level(Enum):
    LOW = 1


print(global_enum(Level, update_str=True) is Level, repr(LOW), str(LOW))


@global_enum
class Shade(IntEnum):
    DARK = 1


print(str(DARK), repr(DARK))
print(enum.global_enum(IntFlag('Bits', 'X Y'), update_str=True) and (repr(X), str(X | Y), str(Y)))
