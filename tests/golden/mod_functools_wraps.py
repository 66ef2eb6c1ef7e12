# functools.wraps, update_wrapper and total_ordering, as decorators are written in lessons
import functools
from functools import wraps, update_wrapper, total_ordering, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES

def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        """The wrapper's own doc."""
        print(f"calling {func.__name__}{args}")
        return func(*args, **kwargs)
    return wrapper

@logged
def greet(name: str, punct: str = "!") -> str:
    """Return a greeting."""
    return "hello " + name + punct

print(greet("ann"))
print(greet.__name__, greet.__qualname__, greet.__doc__, greet.__module__, greet.__annotations__)
print(greet.__wrapped__, greet.__wrapped__("bob", "?"))

def without_wraps(func):
    def wrapper(*args):
        return func(*args)
    return wrapper
@without_wraps
def plain(): "doc"
print(plain.__name__, plain.__qualname__, plain.__doc__)

def original(): pass
original.attribute = "copied"
original.__wrapped__ = "not this one"
def target(): pass
result = update_wrapper(target, original)
print(result is target, target.attribute, target.__wrapped__ is original, target.__name__)

def partly(): pass
update_wrapper(partly, original, assigned=("__doc__",), updated=())
print(partly.__name__, hasattr(partly, "attribute"), partly.__wrapped__ is original)

# Attributes the wrapped object lacks are skipped.
class CallableThing:
    def __call__(self): return "called"
def wrapper(): pass
update_wrapper(wrapper, CallableThing())
print(wrapper.__name__, wrapper.__doc__, wrapper.__wrapped__())
print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)

# A decorator with arguments and stacked wraps.
def repeat(times):
    def decorate(func):
        @wraps(func)
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorate
@repeat(3)
@logged
def shout(word): return word.upper()
print(shout("hey"), shout.__name__, shout.__wrapped__.__name__, shout.__wrapped__.__wrapped__)

@total_ordering
class Version:
    def __init__(self, *parts): self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version): return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version): return NotImplemented
        return self.parts < other.parts
    def __repr__(self): return "v" + ".".join(map(str, self.parts))

a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, a <= b, a >= b, a <= Version(1, 2), a >= Version(1, 2))
print(sorted([Version(2), Version(1, 5), Version(1)]), max(a, b))
print(Version.__gt__, Version.__le__.__name__, Version.__ge__.__qualname__)
try:
    a < 3
except TypeError as e:
    print("TypeError:", e)
try:
    a >= "x"
except TypeError as e:
    print("TypeError:", e)

@total_ordering
class Score:
    def __init__(self, n): self.n = n
    def __eq__(self, other): return self.n == other.n
    def __gt__(self, other): return self.n > other.n
print(Score(1) < Score(2), Score(1) <= Score(1), Score(3) >= Score(4))

@total_ordering
class Both:
    def __init__(self, n): self.n = n
    def __le__(self, other): return self.n <= other.n
    def __ge__(self, other): return self.n >= other.n
print(Both(1) < Both(2), Both(2) > Both(1), Both.__lt__.__qualname__, Both.__gt__.__qualname__)

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)
