# An exception thrown into a generator is chained only to what the generator
# itself handles at its yield, never to what the caller of throw() handles.
import sys
def gen():
    yield 1
    yield 2

def show(e):
    print(type(e).__name__, e, "context:", repr(e.__context__))

# Thrown while the caller handles an exception: not chained to it.
g = gen(); next(g)
try:
    1 / 0
except ZeroDivisionError:
    try:
        g.throw(ValueError("thrown"))
    except ValueError as e:
        show(e)

# Through yield from.
def outer():
    yield from gen()
g = outer(); next(g)
try:
    {}["k"]
except KeyError:
    try:
        g.throw(ValueError("via delegate"))
    except ValueError as e:
        show(e)

# The generator itself handling an exception at the yield: chained to it.
def handler_gen():
    try:
        raise KeyError("inner")
    except KeyError:
        yield 1
g = handler_gen(); next(g)
try:
    1 / 0
except ZeroDivisionError:
    try:
        g.throw(ValueError("in handler"))
    except ValueError as e:
        show(e)

# A delegator handling an exception, delegating to a generator.
def deleg():
    try:
        raise KeyError("deleg")
    except KeyError:
        yield from gen()
g = deleg(); next(g)
try:
    g.throw(ValueError("down"))
except ValueError as e:
    show(e)

# Delegate without throw(): raised in the delegator.
class It:
    def __iter__(self): return self
    def __next__(self): return 5
def deleg2():
    try:
        raise KeyError("d2")
    except KeyError:
        yield from It()
g = deleg2(); next(g)
try:
    g.throw(ValueError("no throw method"))
except ValueError as e:
    show(e)

# Just created, and finished.
g = gen()
try:
    1 / 0
except ZeroDivisionError:
    try:
        g.throw(ValueError("fresh"))
    except ValueError as e:
        show(e)
    try:
        g.throw(ValueError("finished"))
    except ValueError as e:
        show(e)

# close() while handling.
def closing():
    try:
        yield 1
    finally:
        print("finally, exc_info:", sys.exc_info()[0])
g = closing(); next(g)
try:
    1 / 0
except ZeroDivisionError:
    g.close()

# Uncaught: one traceback.
g = gen(); next(g)
try:
    1 / 0
except ZeroDivisionError:
    g.throw(ValueError("uncaught"))
