# Annotated as annotated code and validation libraries use it.
import dataclasses
from typing import Annotated, ClassVar, Dict, List, Optional, get_args, get_origin, get_type_hints


class Positive:
    def __repr__(self):
        return 'Positive()'


Meters = Annotated[float, 'unit: m']
print(Meters)
print(Meters.__origin__, Meters.__metadata__, Meters.__args__)
print(get_origin(Meters) is Annotated, get_args(Meters))
print(Annotated[Meters, Positive()])
print(Annotated[List[int], 'x'], Annotated['int', 1])
print(Annotated[ClassVar[int], 'cv'])
print(Annotated[int, 1] == Annotated[int, 1], Annotated[int, 1] == Annotated[int, 2])
print(Annotated[int, 1] == int, hash(Annotated[int, 1]) == hash(Annotated[int, 1]))
print(Annotated[int, 'm']('42'), Annotated[int, 1] | None)
print(List[Annotated[int, 'm']], Optional[Annotated[int, 'm']])
print(Annotated)


def move(distance: Meters, speeds: List[Annotated[int, Positive()]], note: 'Annotated[str, 1]' = '') -> None:
    pass


print(get_type_hints(move))
print(get_type_hints(move, include_extras=True))


@dataclasses.dataclass
class Point:
    x: Annotated[int, 'px']
    y: Annotated[int, 'px'] = 0
    tags: Dict[str, Annotated[str, 'tag']] = dataclasses.field(default_factory=dict)


print(Point(1))
print(get_type_hints(Point))
print(get_type_hints(Point, include_extras=True)['x'].__metadata__)


class Sub(Annotated[int, 'base']):
    pass


print(Sub.__mro__, Sub(5))

for bad in ['Annotated[int]', 'Annotated()', 'Annotated[(int,)]', 'isinstance(3, Annotated[int, 1])']:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, '->', e)
try:
    class C(Annotated):
        pass
except TypeError as e:
    print(e)
