# `yield from` as a statement of its own (`yield from it`, `x = yield from
# it`) outside try and with: minipy resumes such a generator without a
# stack of its own, one step of the delegation per resume. Everything PEP
# 380 says must hold: values pass through, sends and throws pass down, the
# result comes back, close() closes the delegate, tracebacks name the line.
import sys


def leaves(n):
    for i in range(n):
        got = yield i
        if got is not None:
            yield "got", got
    return "leaves%d" % n


def tree(depth):
    if depth == 0:
        r = yield from leaves(2)
        yield r
    else:
        for k in range(2):
            r = yield from tree(depth - 1)
            yield depth, k, r
    return depth


print(list(tree(2)))

g = tree(1)
print(next(g), g.send("s"), next(g), g.gi_yieldfrom)
print(list(g), g.gi_yieldfrom)


# Delegating to iterators that are not generators: plain iterators, and a
# class with send and throw.
class Echo:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, v):
        self.n += 1
        if self.n > 3:
            raise StopIteration("echo done")
        return ("echo", self.n, v)

    def throw(self, e):
        return ("caught", type(e).__name__)


def over(src):
    a = b = yield from src
    yield a is b, a


print(list(over([1, 2])), list(over("xy")), list(over(Echo())))
e = over(Echo())
print(next(e), e.send(5), e.throw(KeyError("k")), e.send(6), next(e))

p = over(iter([1, 2]))
next(p)
try:
    p.send("x")
except AttributeError as exc:
    print("AttributeError", exc)


# throw() passes down; the delegate may catch it and go on.
def catching():
    while True:
        try:
            yield "ready"
        except ValueError as exc:
            yield "caught " + str(exc)
            return "after catch"


def outer():
    r = yield from catching()
    yield "outer got " + r


o = outer()
print(next(o), o.throw(ValueError("v")), next(o), o.gi_running)

# A StopIteration thrown into a delegation to a plain iterator goes on as
# it is, and PEP 479 turns it into a RuntimeError.
s = over(iter([1, 2]))
next(s)
try:
    s.throw(StopIteration("thrown"))
except RuntimeError as exc:
    print("RuntimeError", exc, repr(exc.__cause__))


# close(): the delegate is closed first, its finally runs.
def guarded(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("delegate closed")


def closer(log):
    for _ in range(3):
        yield from guarded(log)
    log.append("not reached")


log = []
c = closer(log)
next(c)
next(c)
c.close()
print(log, c.gi_frame, c.gi_yieldfrom)

# While the delegate runs, the delegator is running too (not suspended at
# its yield, so its gi_yieldfrom is None); its frame is the delegate's caller.
def probe():
    yield outer_gen.gi_running, outer_gen.gi_yieldfrom is inner_gen
    yield sys._getframe().f_back.f_code.co_name, sys._getframe().f_back.f_lineno
    return "probed"


def prober():
    for _ in range(1):
        if True:
            r = yield from inner_gen
    yield r, outer_gen.gi_yieldfrom


inner_gen = probe()
outer_gen = prober()
print(list(outer_gen), outer_gen.gi_running)


# A generator cannot delegate to itself while it runs.
def selfish():
    yield from me


me = selfish()
try:
    next(me)
except ValueError as exc:
    print("ValueError", exc)


# Deep chains of delegation end in RecursionError, as calls do.
def chain(n):
    if n:
        yield from chain(n - 1)
    else:
        yield "bottom"


print(list(chain(50)))
try:
    list(chain(5000))
except RecursionError as exc:
    print("RecursionError", exc)


# An error in the delegate: the traceback names each `yield from` line.
def failing(n):
    yield n
    raise KeyError(n)


def relay(n):
    if n:
        x = yield from relay(n - 1)
    else:
        yield from failing(7)


print(sum(1 for _ in tree(3)))
for v in relay(2):
    print("relayed", v)
