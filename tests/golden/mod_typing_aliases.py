# typing's aliases as bases and in substitutions: every collections alias's repr,
# TypeVar substitution, forward references, subclassing List[int] and Iterable[int].
import typing
from typing import *
print(get_origin(list[int]), get_args(dict[str, int]), List[list[int]], Optional[list[int]])
T = TypeVar('T')
def first(xs: Sequence[T]) -> T: return xs[0]
print(first([3]), first.__annotations__)
print(Union[int, List[T]][str], Callable[[T], T][int], Tuple[T, ...][int])
print(typing.Deque[int], typing.DefaultDict[str, int], typing.Counter[str], typing.OrderedDict[str, int], typing.AbstractSet[int])
print(typing.Hashable, typing.Sized, typing.Container[int], typing.Collection[int], typing.Reversible[int])
print(typing.MutableMapping[str, int], typing.MutableSequence[int], typing.ItemsView[str, int], typing.NoReturn, typing.Never)
print(repr(typing.Union), repr(typing.Optional), typing.Literal, typing.Final, typing.ClassVar)
print(ForwardRef('X'), List['X'], Optional['int'])
print(Dict[str, Any], Iterable[Tuple[int, str]], Type[Any])
class A(List[int]): pass
print(A.__mro__, A([1]))
class B(Dict[str, int]): pass
print(B.__mro__)
class I(Iterable[int]):
    def __iter__(self): return iter([1])
print(list(I()), isinstance(I(), Iterable), I.__mro__)
print(List[int].__origin__, List.__origin__, Dict[str, int].__args__)
try: Dict[int]
except TypeError as e: print(e)
try: Union[int, 3]
except TypeError as e: print(e)
