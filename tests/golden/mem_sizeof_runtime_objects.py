# sys.getsizeof of the runtime's fixed-size objects, whose layouts are
# CPython 3.11's: modules, the descriptors in builtin types' namespaces,
# tracebacks, operator's getters and functools' lru_cache wrapper; and what
# their fields hold (names, qualified names, what the collector sees).
import functools
import gc
import operator
import sys
import types

# Modules: md_dict, md_def, md_state, md_weaklist, md_name.
print("module", sys.getsizeof(sys), sys.getsizeof(types.ModuleType("m")))
m = types.ModuleType("first")
m.__init__("second")
print(m, m.__name__, gc.is_tracked(m))


class Slotted:
    __slots__ = ("x", "y")


# Descriptors: owner, name, qualified name, then each kind's own words.
descriptors = [
    ("method_descriptor", list.append),
    ("method_descriptor", str.join),
    ("wrapper_descriptor", object.__init__),
    ("wrapper_descriptor", int.__add__),
    ("getset_descriptor", int.__dict__["real"]),
    ("getset_descriptor", type.__dict__["__dict__"]),
    ("member_descriptor", Slotted.x),
    ("classmethod_descriptor", dict.__dict__["fromkeys"]),
]
for kind, d in descriptors:
    assert type(d).__name__ == kind, type(d)
    print(kind, sys.getsizeof(d), d.__name__, d.__qualname__, d.__objclass__.__name__, gc.is_tracked(d))
print(gc.get_referents(list.append), gc.get_referents(Slotted.y))
print(list.append([], 1), dict.fromkeys("ab"), int.__add__(2, 3), object.__init__(Slotted()))

# A traceback: tb_next, tb_frame, tb_lasti, tb_lineno.
def fail():
    return 1 / 0


try:
    fail()
except ZeroDivisionError as e:
    tb = e.__traceback__
    print("traceback", sys.getsizeof(tb), sys.getsizeof(tb.tb_next), tb.tb_lineno, tb.tb_next.tb_lineno)
    print(tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_next)
    del tb, e

# operator's getters: count, item(s), index, vectorcall.
for getter in (operator.itemgetter(1), operator.itemgetter("k"), operator.itemgetter(-1),
               operator.itemgetter(0, 1), operator.itemgetter(*range(10))):
    print(repr(getter)[:40], sys.getsizeof(getter), len(gc.get_referents(getter)), getter.__reduce__()[1][:3])
print(operator.itemgetter(1)((5, 6)), operator.itemgetter(1)([5, 6]), operator.itemgetter(2)({2: "two"}),
      operator.itemgetter(-1)((5, 6)), operator.itemgetter(1, 0)("ab"))
try:
    operator.itemgetter(5)((1, 2))
except IndexError as e:
    print("IndexError:", e)
for getter in (operator.attrgetter("real"), operator.attrgetter("real", "imag"),
               operator.attrgetter("a.b.c", "d", "e.f")):
    print(repr(getter), sys.getsizeof(getter), getter.__reduce__()[1])
print(operator.attrgetter("real", "imag")(7), operator.attrgetter("__class__.__name__")(7))
for caller in (operator.methodcaller("upper"), operator.methodcaller("f", 1, 2), operator.methodcaller("g", k=3)):
    print(repr(caller), sys.getsizeof(caller), gc.get_referents(caller))
print(operator.methodcaller("split", ",", maxsplit=1)("a,b,c"), operator.methodcaller("upper")("x"))


# functools.lru_cache's wrapper, whatever its maxsize and however full.
def square(x):
    return x * x


for maxsize in (None, 0, 2, 128):
    cached = functools.lru_cache(maxsize=maxsize)(square)
    before = sys.getsizeof(cached)
    results = [cached(i) for i in (1, 2, 1, 3, 2, 4)] + [cached(i) for i in range(50)][-1:]
    print("lru", maxsize, before, sys.getsizeof(cached), results, cached.cache_info())


# io.BytesIO: 80 bytes, plus its buffer (a bytes object, grown by an
# eighth) while it is the buffer's only owner; the initial bytes, getvalue()
# and a whole read() share the buffer until the next write.
import io

b = io.BytesIO()
sizes = [sys.getsizeof(b)]
for n in (1, 7, 10, 100, 1000, 3):
    b.write(b"x" * n)
    sizes.append(sys.getsizeof(b))
print("BytesIO writes", sizes)
v = b.getvalue()
print("getvalue", len(v), sys.getsizeof(b), b.getvalue() is v)
del v
print("unshared", sys.getsizeof(b))
b.seek(0)
whole = b.read()
print("read", len(whole), sys.getsizeof(b), b.getvalue() is whole)
b.seek(5000)
b.write(b"end")
print("past the end", sys.getsizeof(b), len(b.getvalue()), b.getvalue()[1115:1125], whole[:3])
del whole
b.truncate(10)
print("truncated", sys.getsizeof(b), b.getvalue(), b.tell())
b.close()
print("closed", sys.getsizeof(b), b.closed)
b.__init__(b"again")
print("reopened", b.closed, b.read(), sys.getsizeof(b))

initial = b"y" * 50
b = io.BytesIO(initial)
print("initial", sys.getsizeof(b), b.getvalue() is initial, b.read() is initial)
b.seek(0)
b.write(b"z")
print("written", sys.getsizeof(b), b.getvalue()[:3], initial[:3])
b.seek(0, 2)
b.write(b"q" * 3)
print("grown", sys.getsizeof(b), len(b.getvalue()))
b = io.BytesIO(bytearray(b"abc"))
print("from bytearray", sys.getsizeof(b), b.read(), sys.getsizeof(b))
h = io.BytesIO(b"key")
value = h.getvalue()
print(hash(value) == hash(b"key"))
del value
h.seek(0)
h.write(b"KEY")
print(h.getvalue(), hash(h.getvalue()) == hash(b"KEY"))

# io.StringIO: 136 bytes however long its text (CPython's __sizeof__ counts
# neither its buffer nor its newline strs), whatever its newline.
for newline in (None, "", "\n", "\r", "\r\n"):
    s = io.StringIO("first\r\nsecond\rthird\n", newline=newline)
    sizes = [sys.getsizeof(s)]
    for n in (1, 100, 10000):
        s.write("é" * n + "\n")
        sizes.append(sys.getsizeof(s))
    s.seek(0)
    lines = [len(line) for line in s][:4]
    s.seek(20000)
    s.write("end")
    s.truncate(10)
    print("StringIO", repr(newline), sizes, lines, s.getvalue().encode(), s.tell(), gc.get_referents(s), s.newlines)
    s.close()
    print(sys.getsizeof(s), s.closed)
