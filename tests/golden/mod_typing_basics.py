# typing as annotated scripts use it: the aliases and their reprs, Union and
# Optional, TypeVar and Generic, get_origin/get_args, get_type_hints, cast.
import typing
from typing import (Any, Callable, ClassVar, Dict, Final, FrozenSet, Generator, Generic,
                    Iterable, Iterator, List, Literal, Mapping, Optional, Sequence, Set,
                    Tuple, Type, TypeVar, Union, cast, get_args, get_origin, get_type_hints,
                    overload, no_type_check, TYPE_CHECKING, NewType)

print(Union[int, str, None], Optional[int], Union[int], Union[int, Union[str, int]], Optional[Union[int, str]])
print(Callable[[int, str], bool], Callable[..., int], Tuple[int, ...], Tuple[()], Dict[str, List[int]])
print(Type[int], Literal[1, 'a'], Any, ClassVar[int], Final[int], Iterable[int], Iterator)
print(Generator[int, None, None], Sequence[str], Mapping[str, int], FrozenSet[int], Set[int], List, Dict)
print(List[int] == List[int], List[int] == List[str], Union[int, str] == Union[str, int], Optional[int] == Union[None, int])
print(hash(List[int]) == hash(List[int]), {Union[int, str]: 1}[Union[str, int]])
print(isinstance([], List), isinstance({}, Dict), isinstance(1, Union[int, str]), isinstance(1.5, Optional[int]))
print(issubclass(list, Sequence), isinstance((x for x in ()), Iterator), isinstance(len, Callable))
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Optional[int]), get_origin(Union[int, str]))
print(get_args(Callable[[int], str]), get_origin(int), get_args(int), get_args(Literal['r', 'w']))
for bad in (lambda: List(), lambda: isinstance([], List[int]), lambda: Union[()], lambda: List[int, str],
            lambda: Generic[int], lambda: Any(), lambda: isinstance(1, Any)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
Num = TypeVar('Num', int, float)
print(T, List[T], Dict[K, V][str, int], Dict[str, T][int], TypeVar('U', bound=int), TypeVar('C', covariant=True), TypeVar('D', contravariant=True))
print(T.__name__, Num.__constraints__, TypeVar('B', bound=int).__bound__, List[T].__parameters__, Dict[K, V].__parameters__)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V):
        self.key, self.value = key, value


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), Stack[int], Stack.__parameters__, Pair[str, int], Pair[str, int].__args__)
print(Stack.__mro__, Stack[int].__origin__ is Stack, type(s).__name__, Pair('a', 1).value)
print(Stack[int] == Stack[int], isinstance(s, Stack), Pair.__parameters__)


class IntStack(Stack[int]):
    pass


print(IntStack.__mro__, IntStack.__parameters__, IntStack.__orig_bases__)


def greet(name: str, times: 'int' = 1, tags: Optional[List[str]] = None) -> str:
    return ' '.join([name] * times)


class Config:
    debug: bool
    name: 'str'
    limit: ClassVar[int] = 3


class SubConfig(Config):
    level: Optional[int]


print(greet('hi', 2), get_type_hints(greet))
print(get_type_hints(Config), get_type_hints(SubConfig))
print(greet.__annotations__)

UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId.__supertype__, cast(int, 'x'), cast(List[int], None), TYPE_CHECKING)


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(2), double('ab'))


@no_type_check
def loose(a: 'not a type') -> 'nor this':
    return a


print(loose(1), loose.__no_type_check__, get_type_hints(loose))
Vector = List[float]


def scale(k: float, v: Vector) -> Vector:
    return [k * x for x in v]


print(scale(2.0, [1.0, 2.5]), Vector, typing.Text, typing.AnyStr)
if TYPE_CHECKING:
    print('never')
