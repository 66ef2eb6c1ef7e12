# enum.verify with EnumCheck, as enum definitions guard themselves.
import enum
from enum import CONTINUOUS, NAMED_FLAGS, UNIQUE, Enum, EnumCheck, Flag, IntEnum, IntFlag, verify

print(list(EnumCheck))
print(EnumCheck.UNIQUE, repr(UNIQUE), CONTINUOUS is EnumCheck.CONTINUOUS, f'{NAMED_FLAGS}')
print(EnumCheck('one name per value'), EnumCheck['CONTINUOUS'].value)


def attempt(source):
    try:
        namespace = {}
        exec('from enum import *\n' + source, namespace)
        print('ok:', list(namespace['X']))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)


attempt('@verify(UNIQUE)\nclass X(Enum):\n    A = 1\n    B = 2\n')
attempt('@verify(UNIQUE)\nclass X(Enum):\n    A = 1\n    B = 1\n')
attempt('@verify(UNIQUE)\nclass X(Enum):\n    A = 1\n    B = 1\n    C = 2\n    D = 2\n')
attempt('@verify(CONTINUOUS)\nclass X(Enum):\n    A = 1\n    B = 2\n    C = 3\n')
attempt('@verify(CONTINUOUS)\nclass X(IntEnum):\n    A = 1\n    B = 3\n    C = 7\n')
attempt('@verify(CONTINUOUS)\nclass X(Enum):\n    A = 5\n')
attempt('@verify(CONTINUOUS)\nclass X(Flag):\n    A = 1\n    B = 2\n    C = 4\n')
attempt('@verify(CONTINUOUS)\nclass X(Flag):\n    A = 1\n    C = 4\n    D = 5\n')
attempt('@verify(CONTINUOUS)\nclass X(IntFlag):\n    A = 1\n    E = 16\n')
attempt('@verify(NAMED_FLAGS)\nclass X(Flag):\n    A = 1\n    B = 2\n    ALL = 3\n')
attempt('@verify(NAMED_FLAGS)\nclass X(Flag):\n    A = 1\n    B = 2\n    C = 7\n')
attempt('@verify(NAMED_FLAGS)\nclass X(Flag):\n    A = 1\n    B = 2\n    C = 7\n    D = 24\n')
attempt('@verify(UNIQUE, CONTINUOUS)\nclass X(Flag):\n    A = 1\n    C = 4\n')
attempt('@verify()\nclass X(Enum):\n    A = 1\n')
attempt('class X:\n    pass\nverify(UNIQUE)(X)\n')


@verify(UNIQUE, CONTINUOUS)
class Weekday(IntEnum):
    MON = 1
    TUE = 2
    WED = 3


print(list(Weekday), Weekday(2))

# EnumCheck is a StrEnum: its members are strs.
print(isinstance(enum.UNIQUE, str), repr(enum.UNIQUE), f"{enum.CONTINUOUS}", enum.EnumCheck("one name per value"))
