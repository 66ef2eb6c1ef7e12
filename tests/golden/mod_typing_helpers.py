# assert_never, reveal_type and dataclass_transform as typed code calls them.
import enum
import sys
from typing import assert_never, dataclass_transform, reveal_type


class Color(enum.Enum):
    RED = 1
    GREEN = 2


def describe(c):
    if c is Color.RED:
        return 'red'
    elif c is Color.GREEN:
        return 'green'
    else:
        assert_never(c)


print(describe(Color.RED))
for value in [5, 'x' * 200, None, [1, 2]]:
    try:
        assert_never(value)
    except AssertionError as e:
        print(repr(e))

x = reveal_type([1, 2])
sys.stderr.flush()
print(x, reveal_type(3) + 1, reveal_type(Color.RED))
sys.stderr.flush()


@dataclass_transform()
def model(cls):
    return cls


@dataclass_transform(kw_only_default=True, field_specifiers=(int,), frozen=True)
class ModelBase:
    pass


@model
class User:
    name: str


print(model.__dataclass_transform__)
print(ModelBase.__dataclass_transform__)
print(hasattr(User, '__dataclass_transform__'))
try:
    dataclass_transform()(int)
except TypeError as e:
    print(e)
