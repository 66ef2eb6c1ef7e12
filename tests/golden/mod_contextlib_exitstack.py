# contextlib.ExitStack: unwinding order, exception chains built as nested with statements would, pop_all and close
from contextlib import ExitStack, contextmanager, suppress
def raiser(exc):
    def f(*a): raise exc
    return f
try:
    with ExitStack() as stack:
        stack.push(raiser(ValueError("third")))
        stack.push(raiser(TypeError("second")))
        stack.callback(raiser(KeyError("first")))
        raise IndexError("body")
except Exception as e:
    chain = []
    while e is not None:
        chain.append(repr(e)); e = e.__context__
    print(chain)
try:
    try:
        raise RuntimeError("outer")
    except RuntimeError:
        with ExitStack() as stack:
            stack.callback(raiser(KeyError("cb")))
except KeyError as e:
    print(repr(e), repr(e.__context__))
@contextmanager
def cm():
    try:
        yield
    except ValueError:
        raise TypeError("converted")
try:
    with cm(): raise ValueError("v")
except TypeError as e: print(repr(e), repr(e.__context__))
with ExitStack() as s:
    s.enter_context(suppress(ValueError))
    raise ValueError
print("ok")
s = ExitStack()
s.callback(print, "closing now")
s.close()
s.close()

# A resource-acquisition pattern: keep the resources only if every step succeeds.
class Res:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail
    def __enter__(self):
        if self.fail:
            raise OSError("cannot open " + self.name)
        print("open", self.name)
        return self
    def __exit__(self, *exc):
        print("close", self.name)

def open_all(names, bad=None):
    with ExitStack() as stack:
        opened = [stack.enter_context(Res(n, n == bad)) for n in names]
        keep = stack.pop_all()
    return opened, keep

opened, keep = open_all(["a", "b"])
print([r.name for r in opened])
keep.close()
try:
    open_all(["x", "y", "z"], bad="z")
except OSError as e:
    print("OSError:", e)

def cleanup(name, *, loud=False):
    print("cleanup", name, loud)
with ExitStack() as stack:
    returned = stack.callback(cleanup, "one", loud=True)
    stack.callback(cleanup, "two")
    print(returned is cleanup, len(stack._exit_callbacks))
