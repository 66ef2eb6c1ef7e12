# The order in which containers and call arguments release what they hold, each released object's
# __del__ printing as it goes. CPython's deallocators fix these orders (tupledealloc releases the
# last item first, list_dealloc too, a dict goes entry by entry, key before value).
import gc

class D:
    def __init__(self, name):
        self.name = name
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
    def __call__(self, *args, **kwargs):
        return None
    def __del__(self):
        print("  release", self.name)

def section(title):
    print(title + ":")

section("tuple")
t = (D(1), D(2), D(3))
del t

section("list")
l = [D(1), D(2), D(3)]
del l

section("dict: key, then value, entry by entry")
class Key(D):
    def __hash__(self):
        return hash(self.name)
    def __eq__(self, other):
        return self is other
d = {Key("key 1"): D("value 1"), "key 2": D("value 2"), Key("key 3"): D("value 3")}
del d["key 2"]
del d

section("set: in table order")
s = {Key(3), Key(1), Key(2)}
del s

section("instance: its attributes in insertion order")
class Plain:
    pass
p = Plain()
p.b = D("b")
p.a = D("a")
del p

section("tuple iterator")
it = iter((D(1), D(2)))
del it

section("*args of a Python function")
def star(*args):
    pass
star(D(1), D(2), D(3))

section("*args of a method")
class M:
    def star(self, *args):
        pass
M().star(D(1), D(2))

section("zip")
z = zip(D(1), D(2))
del z

section("map")
m = map(D("function"), D(1), D(2))
del m

section("slice: step, start, stop")
s = slice(D("start"), D("stop"), D("step"))
del s

section("enumerate: iterator, then its last result")
class Items(D):
    def __next__(self):
        return D("item")
e = enumerate(Items("iterator"), 2 ** 70)
next(e)
del e

section("filter: function, then iterator")
f = filter(D("function"), D("iterator"))
del f

section("function: module, defaults, kwdefaults, doc, dict, closure, annotations")
def make():
    cell = D("closure cell")
    def f(x=D("default"), *, k=D("kwdefault")):
        return cell
    return f
f = make()
f.__module__ = D("module")
f.__doc__ = D("doc")
f.attribute = D("attribute")
f.__annotations__ = {"x": D("annotation")}
del f

section("exception: dict, args, traceback, cause, context")
try:
    raise ValueError(D("arg 1"), D("arg 2"))
except ValueError as caught:
    e = caught
e.add_note("a note")
e.attribute = D("attribute")
e.__cause__ = KeyError(D("cause"))
e.__context__ = KeyError(D("context"))
del e

section("exceptions with fields of their own")
e = AttributeError(D("message"), name=D("name"), obj=D("obj"))
del e
e = ImportError(D("message"), name=D("name"), path=D("path"))
del e

section("weak references: KeyedRef's key, then the callback")
import weakref
class Target:
    pass
target = Target()
r = weakref.KeyedRef(target, D("callback"), D("key"))
del r
r = weakref.proxy(target, D("proxy callback"))
del r

section("weakref.finalize: args, func, kwargs once it has run")
f = weakref.finalize(target, D("func"), D("arg 1"), D("arg 2"), keyword=D("keyword"))
f()
del f
f = weakref.finalize(target, D("func"), D("arg"), keyword=D("keyword"))
info = f.detach()
del f
print("  detached:", type(info).__name__, len(info))
del info

section("suspended generator: what `yield from` holds, then its locals first to last")
class Delegate(D):
    def __next__(self):
        return 1
def generator(a):
    c = D("local c")
    yield from Delegate("delegate")
g = generator(D("argument a"))
next(g)
del g

section("generator not started")
def not_started(a, b):
    yield a
g = not_started(D("a"), D("b"))
del g

section("generator in a cycle, after its frame object was taken")
class Box:
    pass
def holder():
    local = D("generator's local")
    box = yield 1
    yield 2
g = holder()
next(g)
frame = g.gi_frame
box = Box()
box.generator = g
g.send(box)
del g, frame, box
gc.collect()

section("frame kept by a traceback")
def fails(a):
    b = D("local b")
    raise ValueError(D("exception's argument"))
try:
    fails(D("argument a"))
except ValueError as caught:
    error = caught
del error

section("a traceback kept after its frames returned keeps their callers' frames (f_back)")
def thrower():
    a = D("thrower's local")
    raise ValueError
def catcher():
    b = D("catcher's local")
    try:
        thrower()
    except ValueError as caught:
        return caught.__traceback__
def caller():
    c = D("caller's local")
    return catcher()
tb = caller()
print("  caller returned; its frame:", tb.tb_frame.f_back.f_code.co_name)
del tb

section("comprehension: its iterator (\".0\"), then its variable")
squares = [0 for x in (D(1), D(2))]
names = {x.name for x in [D("set 1"), D("set 2")]}

section("arguments of a builtin, after the call")
getattr(D(1), "missing", D(2))

section("arguments of a builtin type, after the call")
class Iterable(D):
    def __iter__(self):
        return iter(())
zip(Iterable(1), Iterable(2))

section("arguments of a method descriptor")
object.__eq__(D(1), D(2))

section("arguments of a class whose __init__ takes *args")
class Init:
    def __init__(self, *args):
        pass
Init(D(1), D(2), D(3))

section("bound method and its arguments")
D("self").__call__(D(1), k=D(2))

section("call with unpacking: the callable, *args, then **kwargs")
D("callable")(*[D(1), D(2)], **{"k": D(3)})

section("an argument fails: the evaluated ones, last first")
try:
    star(D(1), D(2), 1 / 0)
except ZeroDivisionError:
    pass

section("bad keyword: *args is already a tuple")
try:
    star(D(1), D(2), unexpected=1)
except TypeError:
    pass

print("done")
