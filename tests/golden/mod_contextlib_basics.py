# contextlib: contextmanager (also as a decorator), closing, suppress, redirect_stdout/stderr, nullcontext, ContextDecorator
from contextlib import *
import contextlib, sys
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
try:
    with tag("i"):
        raise ValueError("oops")
except ValueError as e:
    print("caught", e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))
with swallow():
    raise KeyError("k")
print("after swallow")
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice(): pass
except RuntimeError as e: print(e)
@contextmanager
def ignore_then_yield():
    try: yield
    except Exception: yield
try:
    with ignore_then_yield(): raise ValueError
except RuntimeError as e: print(e)
@tag("deco")
def decorated(x):
    print("running", x); return x * 2
print(decorated(3), decorated(4), decorated.__name__)
class Resource:
    def close(self): print("closed")
with closing(Resource()) as r: print(type(r).__name__)
with suppress(ZeroDivisionError, KeyError):
    1/0
print("suppressed")
try:
    with suppress(KeyError): raise IndexError("x")
except IndexError as e: print("not suppressed", e)
class Buf:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
b = Buf()
with redirect_stdout(b) as target:
    print("hidden", 1)
    print(target is b, file=sys.stderr)
print(b.parts)
e = Buf()
with redirect_stderr(e):
    print("err text", file=sys.stderr)
print(e.parts)
with nullcontext(5) as v: print(v)
with nullcontext() as v: print(v)
with ExitStack() as stack:
    for n in ("a", "b"):
        print(stack.enter_context(tag(n)))
    stack.callback(print, "callback", 1, sep="-")
    @stack.push
    def exit_cb(*exc): print("push cb", exc); return False
    print("body")
with ExitStack() as stack:
    stack.callback(print, "should not run")
    moved = stack.pop_all()
print("after pop_all")
moved.close()
try:
    with ExitStack() as stack:
        stack.callback(lambda: 1/0)
        raise KeyError("first")
except ZeroDivisionError as exc:
    print("ZDE with context", repr(exc.__context__))
with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise ValueError("suppressed by push")
print("survived")
try:
    ExitStack().enter_context(3)
except TypeError as e: print(e)
print(isinstance(ExitStack(), AbstractContextManager), issubclass(Resource, AbstractContextManager))
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): pass
print(issubclass(CM, AbstractContextManager), "contextmanager" in contextlib.__all__)
class MyDeco(ContextDecorator):
    def __enter__(self): print("enter"); return self
    def __exit__(self, *exc): print("exit", exc[0]); return False
@MyDeco()
def work(): print("working")
work()
print(tag, tag("x"), type(tag("x")).__name__)
with tag("stop") as t:
    pass
@contextmanager
def reraise_stop():
    yield
try:
    with reraise_stop():
        raise StopIteration("inner")
except StopIteration as e: print("StopIteration propagated", e)
