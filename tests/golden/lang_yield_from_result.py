# The result of `yield from` a generator that returns while it is resumed
# straight through its delegator (next() on the outermost of a chain): the
# value comes back as it is (CPython's SEND makes no StopIteration for it),
# with its reference count, the moment it is released, the delegate's end
# and, for a delegate already finished, None.
import sys
import tracemalloc


class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def inner(n, result):
    for i in range(n):
        yield i
    return result


def middle(n):
    r = yield from inner(n, [n, "mid"])
    print("middle got", r, sys.getrefcount(r))
    r2 = yield from inner(0, (n,))
    print("middle got again", r2)
    return r


def outer():
    r = yield from middle(2)
    print("outer got", r, sys.getrefcount(r))
    yield from inner(1, Loud("dropped"))
    print("after the bare statement")
    a = b = yield from inner(1, Loud("kept"))
    print("kept twice", a is b, sys.getrefcount(a))
    del a, b
    print("after del")
    r = yield from inner(1, StopIteration(7))
    print("a StopIteration as the value", type(r).__name__, r.value)
    return "outer done"


g = outer()
print(list(g))

# A delegate finished by someone else while its delegator waits in `yield
# from` gives None.
def waiting(sub):
    r = yield from sub
    print("waiting got", r)
    yield "after"


sub = inner(5, "never")
w = waiting(sub)
print(next(w))
sub.close()
print(next(w))

# The result travels through levels of delegation one level at a time.
def chain(depth):
    if depth == 0:
        yield "leaf"
        return 0
    r = yield from chain(depth - 1)
    return r + 1


c = chain(30)
print(next(c))
try:
    next(c)
except StopIteration as e:
    print("chain result", e.value)

# An error in the delegate still propagates through the delegators.
def failing():
    yield 1
    raise KeyError("inner")


def over_failing():
    try:
        yield from failing()
    except KeyError as e:
        print("caught", repr(e), type(e.__context__).__name__)
    yield 2


print(list(over_failing()))

# No memory is left behind by a delegation's end.
def counted(n):
    for i in range(n):
        r = yield from inner(3, i)
        yield r


list(counted(10))
tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
total = sum(counted(200))
after = tracemalloc.get_traced_memory()[0]
tracemalloc.stop()
print("sum", total, "memory left", after - before)
