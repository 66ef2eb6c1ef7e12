# ParamSpec, Concatenate and the 3.11 helpers as decorator-typing code uses them.
import functools
import typing
from typing import Callable, Concatenate, ParamSpec, TypeVar, get_args, get_origin

P = ParamSpec('P')
R = TypeVar('R')
print(P, P.__name__, P.__module__, P.args, P.kwargs, P.args.__origin__ is P)
print(type(P.args), type(P.kwargs), type(P))
print(P.args == P.args, P.args == P.kwargs, P.kwargs == ParamSpec('P').kwargs)
print(ParamSpec('Q', covariant=True), ParamSpec('Q', contravariant=True), ParamSpec('B', bound=int).__bound__)
print(get_origin(P.args) is P, get_origin(P.kwargs) is P)


def logged(func: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        print('calling', func.__name__)
        return func(*args, **kwargs)
    return wrapper


def with_request(func: Callable[Concatenate[str, P], R]) -> Callable[P, R]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        return func('request', *args, **kwargs)
    return inner


@logged
def add(a: int, b: int = 2) -> int:
    return a + b


@with_request
def handle(req: str, n: int) -> str:
    return req * n


print(add(1), add(1, b=5), handle(2))
print(logged.__annotations__)
print(typing.get_type_hints(logged))
print(Concatenate[int, P], Concatenate[int, str, ...], Concatenate)
print(Callable[P, int], Callable[Concatenate[int, P], int], Callable[..., int], Callable[[int], str])
print(get_args(Callable[P, int]), get_args(Callable[Concatenate[int, P], int]))
print(get_origin(Concatenate[int, P]), get_args(Concatenate[int, P]))
for bad in ['Concatenate[int]', 'Concatenate[()]', 'Concatenate[int, 3]', "ParamSpec('X', covariant=True, contravariant=True)",
            'hash(P.args)']:
    try:
        eval(bad)
    except (TypeError, ValueError) as e:
        print(bad, '->', type(e).__name__, e)
