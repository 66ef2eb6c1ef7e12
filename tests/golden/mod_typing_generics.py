# typing in larger annotated code: generic protocols, a generic registry with
# __orig_class__, Type[T] factories, callable aliases, wrong generic arity.
from typing import Protocol, TypeVar, Generic, Iterable, List, Type, Dict, Optional, runtime_checkable, Callable
import typing
T = TypeVar('T')
T_co = TypeVar('T_co', covariant=True)
class Comparable(Protocol[T]):
    def __lt__(self, other: T) -> bool: ...
class Reader(Protocol[T_co]):
    def read(self) -> T_co: ...
print(Comparable[int], Comparable.__parameters__, Reader.__parameters__, Comparable.__mro__)
def smallest(xs: Iterable[Comparable]) -> Comparable:
    return min(xs)
print(smallest([3, 1, 2]))
class Registry(Generic[T]):
    def __init__(self) -> None:
        self.items: Dict[str, T] = {}
    def add(self, name: str, item: T) -> 'Registry[T]':
        self.items[name] = item
        return self
r = Registry[int]().add('a', 1)
print(r.items, r.__orig_class__, type(r))
def make(cls: Type[T]) -> T:
    return cls()
print(make(list), issubclass(list, typing.List), isinstance([], typing.Sequence), issubclass(dict, typing.Mapping))
Handler = Callable[[str], Optional[int]]
def run(h: Handler) -> Optional[int]:
    return h('5')
print(run(int), Handler, Handler.__args__)
class K(Generic[T]):
    pass
try:
    K[int, str]
except TypeError as e:
    print(e)
try:
    class Bad(Generic[T], Generic[T]): pass
except TypeError as e:
    print(e)
