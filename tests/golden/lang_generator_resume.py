# Generators whose yields are statements of their own (minipy runs them
# without a stack of their own, resuming through if/while/for) behave as
# any generator: every way back to the yield, sends, throws, close, return
# values, loop else clauses, iterators held across yields, tracebacks.
import sys


def branches(n):
    i = 0
    while i < n:
        if i % 3 == 0:
            yield "fizz", i
        elif i % 3 == 1:
            for j in range(2):
                yield "inner", i, j
            else:
                yield "for-else", i
        else:
            yield "plain", i
        i += 1
    else:
        yield "while-else"
    yield "end"


print(list(branches(4)))


def loop_control():
    for i in range(10):
        if i == 1:
            continue
        yield i
        if i >= 3:
            break
    else:
        yield "not reached"
    while True:
        yield "w"
        break
    return "done"


g = loop_control()
print([next(g) for _ in range(4)])
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)


def receiver():
    total = 0
    while True:
        got = yield total
        if got is None:
            return total
        total += got
        a = b = yield "pair"
        print("a, b =", a, b)


r = receiver()
print(next(r), r.send(5), r.send("x"), r.send(7))
try:
    r.send(None)
except StopIteration as e:
    print("returned", e.value)


def bare():
    yield
    x = yield
    print("x is", x)


print(list(bare()))


# throw() raises at the yield; the traceback names it.
def thrown():
    for i in range(3):
        yield i


t = thrown()
next(t)
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e, t.gi_frame)


def catch_outside():
    try:
        return (yield 1)
    except ValueError:
        return "caught"


c = catch_outside()
next(c)
try:
    c.throw(ValueError)
except StopIteration as e:
    print("catch_outside:", e.value)


# close(): GeneratorExit at the yield; a finally around the loop runs.
def closing(log):
    for i in range(5):
        log.append(i)
        yield i
    log.append("end")


log = []
cg = closing(log)
next(cg)
next(cg)
cg.close()
print(log, cg.gi_frame)


# The loop's iterator is held by the suspended frame, and let go when the
# loop ends.
class Items:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n

    def __del__(self):
        print("Items freed")


def over(n):
    for x in Items(n):
        yield x
    print("loop over")
    yield "after"


o = over(2)
print(next(o), next(o))
print(next(o))
print(next(o, "exhausted"))


# Generator expressions: nested levels, conditions, send ignored, throw.
pairs = ((i, j) for i in range(3) if i != 1 for j in "ab" if (i, j) != (2, "b"))
print(list(pairs))
ge = (x * x for x in range(5))
print(next(ge), ge.send("ignored"), next(ge))
try:
    ge.throw(RuntimeError("into genexpr"))
except RuntimeError as e:
    print("RuntimeError", e)
print(list(ge))
print(sum(x for x in range(100) if x % 7 == 0), any(x > 3 for x in [1, 5]), max(len(s) for s in ["a", "abc"]))


# Errors inside: the traceback goes through the generator's frame.
def failing(values):
    for v in values:
        yield 10 // v


try:
    print(list(failing([5, 2, 0, 1])))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


# Recursive generators nest their resumes; too deep is a RecursionError.
def walk(node):
    if isinstance(node, list):
        for child in node:
            for leaf in walk(child):
                yield leaf
    else:
        yield node


print(list(walk([1, [2, [3, [4]], 5], [[6]]])))


def chain(n):
    if n == 0:
        yield "bottom"
    else:
        for x in chain(n - 1):
            yield x


print(list(chain(100)))
try:
    list(chain(5000))
except RecursionError:
    print("RecursionError")


# A generator re-entered while it runs.
def selfish():
    yield next(me)


me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)


# A generator that yields inside try keeps working alongside (not stackless).
def guarded():
    for i in range(2):
        try:
            yield i
        finally:
            print("finally", i)


print(list(guarded()))
print(sys.getrefcount(Items) > 1)
