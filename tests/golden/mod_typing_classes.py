# typing's class-making names: NamedTuple and TypedDict (class syntax and calls),
# Protocol with runtime_checkable, Any as a base, final.
from typing import (Any, Final, Iterable, List, Literal, NamedTuple, Optional, Protocol,
                    TypedDict, final, runtime_checkable)


class Point(NamedTuple):
    x: int
    y: int = 0
    label: Optional[str] = None

    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)

    def __str__(self):
        return '(%d, %d)' % (self.x, self.y)


p = Point(3, -4)
print(repr(p), str(p), p.norm1(), p._fields, p._field_defaults, Point.__annotations__)
print(p._replace(y=1), p._asdict(), tuple(p), p == (3, -4, None), type(Point), Point.__mro__)
x, y, _ = p
print(x, y, isinstance(p, tuple), Point._make([1, 2, 'a']))
Employee = NamedTuple('Employee', [('name', str), ('id', int)])
print(Employee('ann', 3), Employee.__annotations__, Employee.__module__)
for bad in ('order', 'reserved', 'base'):
    try:
        if bad == 'order':
            class Bad(NamedTuple):
                a: int = 1
                b: int
        elif bad == 'reserved':
            class Bad2(NamedTuple):
                a: int

                def _asdict(self):
                    return {}
        else:
            class Bad3(NamedTuple, int):
                a: int
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)


class Movie(TypedDict):
    title: str
    year: int


class Rated(Movie, total=False):
    stars: float


m = Movie(title='Blade Runner', year=1982)
r: Rated = {'title': 'x', 'year': 1, 'stars': 4.5}
print(m, type(m), m['year'], Movie.__annotations__, Movie.__total__)
print(sorted(Rated.__required_keys__), sorted(Rated.__optional_keys__), Rated.__total__, Rated.__annotations__)
Alt = TypedDict('Alt', {'a': int, 'b': List[str]})
print(Alt(a=1, b=['x']), Alt.__annotations__, sorted(Alt.__required_keys__))
try:
    isinstance(m, Movie)
except TypeError as e:
    print('TypeError:', e)


@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None:
        ...


class Sized2(Protocol):
    def size(self) -> int:
        ...


class File:
    def close(self) -> None:
        print('closed')


class Thing:
    pass


def shutdown(items: Iterable[SupportsClose]) -> None:
    for item in items:
        item.close()


shutdown([File()])
print(isinstance(File(), SupportsClose), isinstance(Thing(), SupportsClose), isinstance(1, SupportsClose))
for bad in (lambda: SupportsClose(), lambda: isinstance(File(), Sized2), lambda: runtime_checkable(Thing)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)


class Box(Sized2):
    def size(self) -> int:
        return 3


print(Box().size(), SupportsClose.__mro__[1:], isinstance(Box(), Sized2) if False else '-')


class Mock(Any):
    pass


print(Mock(), isinstance(Mock(), Mock) if False else '', Any)
MAX: Final = 10
Mode = Literal['r', 'w']


def open_it(mode: Mode = 'r') -> str:
    return mode


@final
class Leaf:
    @final
    def done(self) -> bool:
        return True


print(MAX, open_it(), Mode, Leaf.__final__, Leaf().done(), Leaf.done.__final__)
