# PEP 604: `int | None` is a types.UnionType: flattened, without repeats, equal in
# any order, accepted by isinstance/issubclass as its arguments, usable in annotations
# and inside typing's Union/Optional (CPython 3.11's Objects/unionobject.c).
import types
u = int | None
print(u, type(u), type(u).__name__, type(u).__module__, u.__args__, u.__parameters__)
print(int | str | int, int | (str | bytes), None | int, list[int] | None, int | list[int] | list[int])
print((int | str) == (str | int), (int | str) != (int | bytes), hash(int | str) == hash(str | int), int | int)
print(isinstance(3, int | str), isinstance(3.0, int | str), isinstance(None, int | None), issubclass(bool, int | str), issubclass(float, str | None))
try:
    isinstance([], list[int] | None)
except TypeError as e:
    print('TypeError:', e)
try:
    int | 3
except TypeError as e:
    print('TypeError:', e)
try:
    type(u)()
except TypeError as e:
    print('TypeError:', e)
def f(x: int | None = None, y: dict[str, int] | list[str] | None = None) -> str | None:
    return None if x is None else str(x)
print(f(4), f.__annotations__)
class Meta(type):
    pass
class A(metaclass=Meta):
    pass
print(A | None, int | A, {int | str: 'ok'}[str | int])
import typing
print(typing.Union[int | None, str], typing.Optional[int | str], typing.get_origin(int | str) is types.UnionType, typing.get_args(int | None))
print(int | typing.List[int], typing.List[int] | None, types.UnionType)
