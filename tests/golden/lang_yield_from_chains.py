# Chains of `yield from`: values, sends, throws, returns and handled
# exceptions pass through every level exactly as if each delegator ran
# (minipy resumes the innermost generator directly).
import sys


def leaf(tag):
    received = []
    for i in range(3):
        got = yield f"{tag}{i}"
        received.append(got)
    return received


def relay(depth, tag):
    if depth == 0:
        result = yield from leaf(tag)
    else:
        result = yield from relay(depth - 1, tag)
    return (depth, result)


g = relay(5, "v")
print(next(g))
print(g.send("a"))
print(g.send("b"))
try:
    g.send("c")
except StopIteration as stop:
    print("returned", stop.value)


# The delegator is running while its delegate runs.
def watcher():
    print("outer running:", outer_gen.gi_running, "inner running:", inner_gen.gi_running)
    yield 1
    print("outer running:", outer_gen.gi_running)
    yield 2


def delegating():
    yield from inner_gen


inner_gen = watcher()
outer_gen = delegating()
print(list(outer_gen))
print("after:", outer_gen.gi_running, outer_gen.gi_frame, inner_gen.gi_frame)


# The delegator's handled exception is in effect inside the delegate.
def show_handled():
    for _ in range(2):
        print("handled:", repr(sys.exc_info()[1]))
        yield


def handler():
    try:
        raise KeyError("outer")
    except KeyError:
        yield from show_handled()
        print("still handled:", repr(sys.exc_info()[1]))
    yield "done"


for x in handler():
    print("got", x)
print("outside:", sys.exc_info())


# throw() and close() travel down the chain.
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
        finally:
            print("leaf finally")


def pipe(depth):
    try:
        if depth:
            yield from pipe(depth - 1)
        else:
            yield from catcher()
    finally:
        print("pipe finally", depth)


p = pipe(2)
print(next(p))
print(p.throw(ValueError("boom")))
p.close()
print("closed")


# The delegate closed behind the delegator's back: the delegation ends.
def counter():
    yield 1
    yield 2


def around(inner):
    value = yield from inner
    print("delegate returned", value)
    yield "after"


c = counter()
a = around(c)
print(next(a))
c.close()
print(next(a))


# An exception deep in the chain, caught half way up.
def failing():
    yield 1
    raise ZeroDivisionError("deep")


def middle():
    try:
        yield from failing()
    except ZeroDivisionError as e:
        print("middle caught", e)
        return "recovered"


def top():
    result = yield from middle()
    yield result


print(list(top()))


# A StopIteration raised in a delegate becomes RuntimeError (PEP 479).
def bad():
    yield 1
    raise StopIteration("no")


def wraps():
    try:
        yield from bad()
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", repr(e.__cause__))


print(list(wraps()))


# Re-entering a running delegator from its delegate.
def reenter():
    try:
        next(outer2)
    except ValueError as e:
        print("ValueError:", e)
    yield "fine"


def outer_reenter():
    yield from reenter()


outer2 = outer_reenter()
print(list(outer2))


# Deep recursion through yield from still ends in RecursionError, not a crash.
def nest(n):
    if n:
        yield from nest(n - 1)
    else:
        yield "bottom"


print(list(nest(50)))
try:
    print(list(nest(5000)))
except RecursionError as e:
    print("RecursionError")
