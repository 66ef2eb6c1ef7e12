# Importing and using functools, operator, contextlib, abc, types and json leaves no garbage for the script's gc.collect() to find
import gc
gc.collect()
import functools, operator, contextlib, abc, types, json
print("imports", gc.collect())

from contextlib import contextmanager, suppress, ExitStack
from functools import partial, lru_cache, wraps

@contextmanager
def managed():
    yield 1
with managed():
    pass
print("contextmanager", gc.collect())

@contextmanager
def swallowing():
    try:
        yield
    except ValueError:
        pass
with swallowing():
    raise ValueError("x")
print("contextmanager swallowing", gc.collect())

try:
    with managed():
        raise KeyError("k")
except KeyError:
    pass
print("contextmanager propagating", gc.collect())

with suppress(ZeroDivisionError):
    1 / 0
with ExitStack() as stack:
    stack.callback(print, "callback ran")
print("suppress and ExitStack", gc.collect())

json.loads(json.dumps({"a": [1, 2, {"b": None}]}))
try:
    json.loads("[1,")
except ValueError:
    pass
print("json", gc.collect())

def decorate(f):
    @wraps(f)
    def wrapper(*args):
        return f(*args)
    return wrapper
@decorate
def g(x):
    return x
g(1)
@lru_cache
def h(x):
    return x
h(1)
del h
p = partial(print, 1)
del p
print("functools", gc.collect())

print(sorted([3, 1, 2], key=operator.neg), operator.itemgetter(0)([5]))
print("operator", gc.collect())
