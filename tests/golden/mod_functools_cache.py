# functools.lru_cache, cache and cached_property: hits and misses, eviction order, typed keys, methods
import functools
from functools import lru_cache, cache, cached_property

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())
print(fib.cache_info().hits, fib.cache_info().currsize, fib.cache_info() == (98, 101, None, 101))
hits, misses, maxsize, currsize = fib.cache_info()
print(hits, misses, maxsize, currsize, fib.cache_info()[0], len(fib.cache_info()))
fib.cache_clear()
print(fib.cache_info(), fib.cache_parameters())
print(fib, fib.__name__, fib.__qualname__, fib.__wrapped__, fib.__module__)

@lru_cache(maxsize=2)
def load(key):
    print("  loading", key)
    return key.upper()
for key in ["a", "b", "a", "c", "b", "a"]:
    load(key)
print(load.cache_info())

@lru_cache
def bare(x):
    "A cached function."
    return x * 2
print(bare(2), bare(2), bare.cache_info(), bare.__doc__, bare.cache_parameters())

@lru_cache(maxsize=None, typed=True)
def kind(x): return type(x).__name__
print(kind(1), kind(1.0), kind(True), kind.cache_info())
@lru_cache(maxsize=None)
def untyped(x): return type(x).__name__
print(untyped(1), untyped(1.0), untyped(True), untyped.cache_info())

@lru_cache(maxsize=None)
def add(a, b=0): return a + b
add(1, b=2); add(1, b=2); add(b=2, a=1); add(1, 2)
print(add.cache_info())

@lru_cache(maxsize=0)
def never(x): return x
never(1); never(1)
print(never.cache_info())
@lru_cache(maxsize=-3)
def negative(x): return x
negative(1)
print(negative.cache_info(), negative.cache_parameters())

@cache
def squares(n):
    print("  computing", n)
    return n * n
print(squares(4), squares(4), squares.cache_info(), squares.cache_parameters())

for f in [lambda: lru_cache("big"), lambda: add([1]), lambda: add({})]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

class Circle:
    def __init__(self, r): self.r = r

    @cached_property
    def area(self):
        print("  computing area")
        return 3 * self.r ** 2

    @lru_cache(maxsize=None)
    def scaled(self, k):
        return self.r * k

c = Circle(2)
print(c.area, c.area, c.__dict__)
c.area = 99
print(c.area)
del c.area
print(c.area)
print(Circle.area.attrname, Circle.area.func.__name__, type(Circle.area))
print(c.scaled(3), c.scaled(3), Circle.scaled.cache_info())

class Slotted:
    __slots__ = ("r",)
    @cached_property
    def area(self): return 1
try:
    Slotted().area
except TypeError as e:
    print("TypeError:", e)

shared = cached_property(lambda self: 1)
class First:
    value = shared
try:
    class Second:
        other = shared
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", e.__cause__)
loose = cached_property(lambda self: 1)
try:
    loose.__get__(First(), First)
except TypeError as e:
    print("TypeError:", e)
print(cached_property[int])
