# The fields of the builtin exceptions: member descriptors on the classes
# (not the instance __dict__), what each constructor stores, assignment and
# deletion, str/repr, __reduce__ and copy, classes that override __init__,
# and the runtime's own errors (open(), import, codecs, attribute lookup).
import copy


def show(label, f):
    try:
        print(label, repr(f()))
    except BaseException as e:
        print(label, "->", type(e).__name__, e)


def fields(e, names):
    return tuple(getattr(e, n) for n in names)


print("== members")
for cls, names in [(StopIteration, ["value"]), (SystemExit, ["code"]), (ImportError, ["msg", "name", "path"]),
                   (NameError, ["name"]), (AttributeError, ["name", "obj"]),
                   (OSError, ["errno", "strerror", "filename", "filename2"]),
                   (SyntaxError, ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset",
                                  "print_file_and_line"]),
                   (UnicodeEncodeError, ["encoding", "object", "start", "end", "reason"]),
                   (UnicodeDecodeError, ["encoding", "object", "start", "end", "reason"])]:
    for n in names:
        d = vars(cls)[n]
        print(" ", repr(d), type(d).__name__, d.__name__, d.__objclass__.__name__)
print(" ", BaseException.__suppress_context__, OSError.characters_written)
print("  inherited:", ModuleNotFoundError.name, FileNotFoundError.errno, TabError.lineno, UnboundLocalError.name)
print("  not on UnicodeError:", "start" in dir(UnicodeError), hasattr(UnicodeError("x"), "start"))
show("  foreign instance", lambda: UnicodeEncodeError.start.__get__(UnicodeDecodeError("utf-8", b"x", 0, 1, "r")))
show("  foreign instance set", lambda: StopIteration.value.__set__(ValueError(), 1))

print("== StopIteration, SystemExit, StopAsyncIteration")
for make in [lambda: StopIteration(), lambda: StopIteration(1), lambda: StopIteration(1, 2)]:
    e = make()
    print(" ", repr(e), e.args, e.value, e.__dict__)
show("  keyword", lambda: StopIteration(1, x=2))
e = StopIteration(5)
e.value = 9
print("  set", e.value, e.args, e.__dict__)
del e.value
print("  deleted", e.value)
del e.value
print("  deleted twice", e.value)
for make in [lambda: SystemExit(), lambda: SystemExit(3), lambda: SystemExit(3, 4), lambda: SystemExit(None)]:
    e = make()
    print(" ", repr(e), e.args, e.code, e.__dict__)
e = StopAsyncIteration(3)
print("  StopAsyncIteration", e.args, e.__dict__, hasattr(e, "value"))

print("== ImportError, NameError, AttributeError")
IF = ("msg", "name", "path")
for make in [lambda: ImportError(), lambda: ImportError("m"), lambda: ImportError("m", "n"),
             lambda: ImportError("m", name="n", path="p"), lambda: ImportError("m", name=None),
             lambda: ImportError(5), lambda: ModuleNotFoundError("No module named 'q'", name="q")]:
    e = make()
    print(" ", repr(e), "|", str(e), "|", fields(e, IF), e.__reduce__())
show("  bad keyword", lambda: ImportError("m", nam="n"))
show("  bad keyword (subclass)", lambda: ModuleNotFoundError("m", nam="n"))
show("  too many keywords", lambda: ImportError(name=1, path=2, x=3))
e = ImportError("m", name="n")
e.extra = 1
print("  with a dict", e.__reduce__(), e.__dict__)
c = copy.copy(e)
print("  copy", type(c).__name__, c.args, fields(c, IF), c.__dict__)
e.msg = "other"
print("  msg set", str(e), e.args)
del e.name
print("  name deleted", e.name, e.__reduce__())
for make in [lambda: NameError("m"), lambda: NameError("m", name="x"), lambda: UnboundLocalError("m", name="y")]:
    e = make()
    print(" ", repr(e), e.args, e.name, e.__reduce__())
show("  bad keyword", lambda: NameError("m", obj=1))
show("  too many keywords", lambda: NameError(name=1, x=2))
e = AttributeError("m", name="x", obj=3)
print(" ", repr(e), e.args, e.name, e.obj, e.__reduce__())
show("  positional only", lambda: AttributeError("m", "x", name=1).args)
show("  bad keyword", lambda: AttributeError("m", nam=1))
show("  too many keywords", lambda: AttributeError(name=1, obj=2, x=3))

print("== OSError")
OF = ("errno", "strerror", "filename", "filename2")
for make in [lambda: OSError(), lambda: OSError("boom"), lambda: OSError(5, "io"), lambda: OSError(5, "io", None),
             lambda: OSError(2, "x", "f"), lambda: OSError(2, "x", "f", None, "g"), lambda: OSError(1, 2, 3, 4, 5, 6),
             lambda: OSError(None, "x"), lambda: OSError(2, None), lambda: OSError(2, None, "f"),
             lambda: FileNotFoundError(13, "y"), lambda: OSError(True, "x")]:
    e = make()
    print(" ", type(e).__name__, e.args, fields(e, OF), "|", str(e), "|", e.__reduce__())
print("  by errno:", [type(OSError(n, "m")).__name__ for n in (1, 2, 4, 11, 13, 17, 32, 110, 999, 2 ** 70)])
show("  keyword", lambda: OSError(2, "x", filename="f"))
show("  repr", lambda: repr(OSError(2, "x", "f")))
e = OSError(2, "x")
e.filename = "q"
print("  filename set", str(e), e.args, e.__reduce__())
e.foo = 1
print("  with a dict", e.__reduce__())
e.errno = "q"
print("  errno set", str(e))
del e.errno
print("  errno deleted", e.errno, str(e))
del e.strerror
print("  strerror deleted", str(e))
e = OSError("a")
e.filename = "f"
print("  filename on a one-argument error", str(e), e.__reduce__())
e = OSError(2, "x", "f")
e.args = (1,)
print("  args replaced", e.__reduce__(), str(e))
c = copy.copy(OSError(2, "x", "f", None, "g"))
print("  copy", type(c).__name__, c.args, fields(c, OF), str(c))
c = copy.deepcopy(OSError(2, "x", "f"))
print("  deepcopy", type(c).__name__, c.args, fields(c, OF), str(c))

print("== BlockingIOError.characters_written")
b = BlockingIOError(11, "again", 5)
print(" ", b.args, b.characters_written, b.filename, str(b), b.__reduce__())
b.characters_written = 7
print("  set", b.characters_written)
show("  set str", lambda: setattr(b, "characters_written", "x"))
show("  set float", lambda: setattr(b, "characters_written", 1.5))
show("  set huge", lambda: setattr(b, "characters_written", 2 ** 70))
del b.characters_written
print("  deleted", hasattr(b, "characters_written"))
show("  deleted twice", lambda: delattr(b, "characters_written"))
show("  unset", lambda: OSError(2, "x").characters_written)
show("  float argument", lambda: BlockingIOError(11, "again", 2.5))
show("  huge argument", lambda: BlockingIOError(11, "again", 2 ** 70))
show("  -1", lambda: BlockingIOError(11, "x", -1).characters_written)
show("  True", lambda: BlockingIOError(11, "x", True).characters_written)
show("  a file name", lambda: str(BlockingIOError(11, "again", "fname")))
class B(BlockingIOError):
    pass
e = B(11, "x", 3)
print("  subclass: a file name", e.filename, e.args, str(e))

print("== SyntaxError")
SF = ("msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line")
for make in [lambda: SyntaxError(), lambda: SyntaxError("bad"),
             lambda: SyntaxError("bad", ("/a/b.py", 3, 4, "x = (", 3, 5)),
             lambda: SyntaxError("bad", ("b.py", 3, 4, "x")), lambda: SyntaxError("bad", ["b.py", 3, 4, "x"]),
             lambda: SyntaxError("bad", ("b.py", 3, 4, "x"), 9), lambda: SyntaxError("bad", (None, 3, 4, "x")),
             lambda: SyntaxError("bad", ("f.py", None, 4, "x")), lambda: SyntaxError("bad", ("f.py", True, 4, "x")),
             lambda: SyntaxError(5, ("f.py", 2, 4, "x")), lambda: SyntaxError("m", ("f", 2 ** 70, 1, "t")),
             lambda: SyntaxError("m", (b"/a/b", 2, 1, "t")), lambda: IndentationError("bad", ("b.py", 3, 4, "x")),
             lambda: TabError("t")]:
    e = make()
    print(" ", type(e).__name__, e.args, fields(e, SF), "|", str(e), "|", e.__reduce__())
show("  too few", lambda: SyntaxError("bad", ("b.py", 3, 4)))
show("  end_lineno alone", lambda: SyntaxError("bad", ("b.py", 3, 4, "x", 5)))
show("  too many", lambda: SyntaxError("bad", ("b.py", 3, 4, "x", 5, 6, 7)))
show("  not a sequence", lambda: SyntaxError("bad", 5))
show("  keyword", lambda: SyntaxError("bad", x=1))
e = SyntaxError("bad", ("b.py", 3, 4, "x"))
del e.lineno
print("  lineno deleted", e.lineno, str(e))
c = copy.copy(SyntaxError("bad", ("b.py", 3, 4, "x")))
print("  copy", c.args, fields(c, SF), str(c))
try:
    compile("x = (1 +", "zz.py", "exec")
except SyntaxError as x:
    print("  compile", type(x).__name__, fields(x, ("msg", "filename", "lineno", "offset", "end_lineno")),
          x.__dict__, str(x))

print("== UnicodeError")
e = UnicodeDecodeError("utf-8", b"x", 0, 1, "bad")
print(" ", repr(e), e.args, fields(e, ("encoding", "object", "start", "end", "reason")), e.__dict__, "|", str(e))
print("  range", str(UnicodeDecodeError("utf-8", b"xyz", 0, 2, "r")))
print("  past the end", str(UnicodeDecodeError("utf-8", b"x", 5, 9, "bad")))
print("  bytearray", repr(UnicodeDecodeError("utf-8", bytearray(b"xy"), 0, 2, "r").object))
print("  memoryview", repr(UnicodeDecodeError("utf-8", memoryview(b"ab"), 0, 1, "r").object))
show("  str object", lambda: UnicodeDecodeError("utf-8", "x", 0, 1, "bad"))
show("  int object", lambda: UnicodeDecodeError("utf-8", 5, 0, 1, "r"))
show("  four arguments", lambda: UnicodeDecodeError("utf-8", b"x", 0, 1))
show("  no arguments", lambda: UnicodeEncodeError())
show("  int encoding", lambda: UnicodeDecodeError(1, b"x", 0, 1, "r"))
show("  keyword", lambda: UnicodeDecodeError("utf-8", b"x", 0, 1, "bad", x=1))
show("  str start", lambda: UnicodeEncodeError("ascii", "x", "a", 1, "r"))
show("  float start", lambda: UnicodeEncodeError("ascii", "x", 1.0, 1, "r"))
show("  huge start", lambda: UnicodeEncodeError("ascii", "x", 2 ** 70, 1, "r"))
show("  bool start", lambda: UnicodeEncodeError("ascii", "x", True, 1, "r").start)
class Index:
    def __index__(self):
        return 0
show("  __index__ start", lambda: UnicodeEncodeError("ascii", "x", Index(), 1, "r").start)
show("  int reason", lambda: UnicodeEncodeError("ascii", "x", 0, 1, 5))
show("  bytes object", lambda: UnicodeEncodeError("ascii", b"abc", 0, 3, "nope"))
for text in ["\xe9", "\u20ac", "\U0001f600", "abc"]:
    print(" ", str(UnicodeEncodeError("ascii", text, 0, len(text), "nope")))
e = UnicodeDecodeError("utf-8", b"x", 0, 1, "bad")
show("  start = 'x'", lambda: setattr(e, "start", "x"))
show("  start = 1.5", lambda: setattr(e, "start", 1.5))
show("  start = 2**70", lambda: setattr(e, "start", 2 ** 70))
show("  start = True", lambda: (setattr(e, "start", True), e.start)[1])
show("  start = Index()", lambda: setattr(e, "start", Index()))
show("  del start", lambda: delattr(e, "start"))
e.start = 0
e.object = b"abc"
e.reason = 5
e.encoding = None
print("  fields replaced", str(e))
del e.object
print("  object deleted", e.object, repr(str(e)))
e = UnicodeEncodeError.__new__(UnicodeEncodeError)
print("  made by __new__", e.args, e.object, e.start, e.end, repr(str(e)))

print("== BaseException")
b = BaseException()
print(" ", b.__suppress_context__, b.__dict__)
show("  __suppress_context__ = 1", lambda: setattr(b, "__suppress_context__", 1))
show("  del __suppress_context__", lambda: delattr(b, "__suppress_context__"))
b.__suppress_context__ = True
print("  set", b.__suppress_context__)
show("  __traceback__ = 5", lambda: setattr(b, "__traceback__", 5))
show("  with_traceback(5)", lambda: b.with_traceback(5))
show("  del __traceback__", lambda: delattr(b, "__traceback__"))
print("  __traceback__ still", b.__traceback__)
e = ValueError()
e.__cause__ = None
print("  after __cause__", e.__suppress_context__)
e.add_note("n")
print("  notes", e.__dict__, e.__notes__)
print("  KeyError", str(KeyError("a")), repr(KeyError("a")), repr(str(KeyError())), str(KeyError(1, 2)))

print("== classes that override __init__")
class S(StopIteration):
    def __init__(self):
        pass
class X(SystemExit):
    def __init__(self, *a):
        pass
class I(ImportError):
    def __init__(self, *a, **k):
        pass
class Sy(SyntaxError):
    def __init__(self, *a):
        pass
class U(UnicodeDecodeError):
    def __init__(self, *a):
        pass
class E(OSError):
    def __init__(self, a, b):
        pass
class E2(OSError):
    def __init__(self, *a):
        super().__init__(*a)
class E3(OSError):
    pass
class E4(OSError):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
    def __init__(self, *a):
        pass
print(" ", S().args, S().value)
print(" ", X(4).args, X(4).code)
e = I("m", name="z")
print(" ", e.args, e.msg, e.name, str(e))
e = Sy("m", ("f", 1, 2, "t"))
print(" ", e.args, e.msg, e.lineno, str(e))
e = U("utf-8", b"x", 0, 1, "r")
print(" ", e.args, e.object, e.start, e.end, repr(str(e)))
for make in [lambda: E(2, "x"), lambda: E2(2, "x", "f"), lambda: E3(2, "x", "f"), lambda: E4(2, "x", "f")]:
    e = make()
    print(" ", type(e).__name__, e.args, fields(e, OF), "|", str(e))
show("  keyword through __init__", lambda: E(2, b=3).args)
show("  keyword without __init__", lambda: E3(2, "x", q=1))
e = E3(2, "x")
e.__init__(5, "y", "z")
print("  __init__ again does nothing", e.args, e.errno)
e = E2(2, "x")
e.__init__(5, "y", "z")
print("  unless the class has its own", e.args, e.errno, e.filename)

print("== the runtime's own")
try:
    open("/nonexistent/zz")
except OSError as x:
    print(" ", type(x).__name__, x.args, fields(x, OF), x.__dict__, str(x))
try:
    import nonexistent_mod_zz
except ImportError as x:
    print(" ", type(x).__name__, x.args, fields(x, IF), x.__dict__, x.__reduce__())
try:
    from sys import nonexistent_zz
except ImportError as x:
    print(" ", type(x).__name__, x.args, fields(x, IF), x.__reduce__())
try:
    undefined_zz
except NameError as x:
    print(" ", type(x).__name__, x.args, x.name, x.__dict__)
def f():
    y = y + 1
try:
    f()
except UnboundLocalError as x:
    print(" ", type(x).__name__, x.args, x.name, x.__dict__)
try:
    (1).zz
except AttributeError as x:
    print(" ", type(x).__name__, x.args, x.name, x.obj, x.__dict__)
class MyAttributeError(AttributeError):
    pass
class C:
    def __getattr__(self, n):
        raise MyAttributeError("no " + n)
try:
    C().foo
except AttributeError as x:
    print(" ", type(x).__name__, x.args, x.name, type(x.obj).__name__)
class Named:
    def __getattr__(self, n):
        raise AttributeError("custom", name="given")
try:
    Named().foo
except AttributeError as x:
    print(" ", type(x).__name__, x.args, x.name, x.obj)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as x:
    print(" ", type(x).__name__, x.args, x.__dict__, str(x))
try:
    "a\xe9\xe9b".encode("ascii")
except UnicodeEncodeError as x:
    print(" ", type(x).__name__, x.args, x.__dict__, str(x))
def gen():
    yield 1
    return "done"
def outer():
    result = yield from gen()
    print("  yield from gave", result)
list(outer())
g = gen()
next(g)
try:
    next(g)
except StopIteration as x:
    print(" ", type(x).__name__, x.args, x.value, x.__dict__)
try:
    raise SystemExit(7)
except SystemExit as x:
    print(" ", type(x).__name__, x.args, x.code, x.__dict__)
