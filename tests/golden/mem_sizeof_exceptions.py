# sys.getsizeof of every builtin exception class's instance, of classes
# derived from them (with and without __slots__), and the order in which an
# exception's fields release what they hold.
import builtins
import gc
import sys

names = sorted(n for n, v in vars(builtins).items()
               if isinstance(v, type) and issubclass(v, BaseException)
               and n not in ("BaseExceptionGroup", "ExceptionGroup", "EnvironmentError", "IOError"))

# Only the classes both interpreters have are printed by name; the others are
# counted, so that a class missing on one side shows up as a count, not a diff.
COMMON = {
    "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BlockingIOError",
    "BrokenPipeError", "BufferError", "ChildProcessError", "ConnectionAbortedError", "ConnectionError",
    "ConnectionRefusedError", "ConnectionResetError", "DeprecationWarning", "EOFError", "Exception",
    "FileExistsError", "FileNotFoundError", "FloatingPointError", "GeneratorExit", "ImportError",
    "IndentationError", "IndexError", "InterruptedError", "IsADirectoryError", "KeyError",
    "KeyboardInterrupt", "LookupError", "MemoryError", "ModuleNotFoundError", "NameError",
    "NotADirectoryError", "NotImplementedError", "OSError", "OverflowError", "PermissionError",
    "ProcessLookupError", "RecursionError", "ReferenceError", "RuntimeError", "RuntimeWarning",
    "StopAsyncIteration", "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError", "SystemExit",
    "TabError", "TimeoutError", "TypeError", "UnboundLocalError", "UnicodeDecodeError",
    "UnicodeEncodeError", "UnicodeError", "UserWarning", "ValueError", "Warning", "ZeroDivisionError",
}
for name in names:
    if name not in COMMON:
        continue
    cls = getattr(builtins, name)
    plain = cls.__new__(cls)
    print(f"{name:24} {sys.getsizeof(plain):4}")
print("all common classes present:", COMMON <= set(names))

# Instances made by calling the class: the fields do not change the size.
print("StopIteration(1)", sys.getsizeof(StopIteration(1)))
print("SystemExit(1, 2)", sys.getsizeof(SystemExit(1, 2)))
print("OSError(2, 'x', 'f')", sys.getsizeof(OSError(2, "x", "f")))
print("BlockingIOError(11, 'x', 3)", sys.getsizeof(BlockingIOError(11, "x", 3)))
print("SyntaxError('m', ('f', 1, 2, 't', 1, 3))", sys.getsizeof(SyntaxError("m", ("f", 1, 2, "t", 1, 3))))
print("ImportError('m', name='n', path='p')", sys.getsizeof(ImportError("m", name="n", path="p")))
print("UnicodeDecodeError", sys.getsizeof(UnicodeDecodeError("utf-8", b"x", 0, 1, "bad")))
print("UnicodeEncodeError", sys.getsizeof(UnicodeEncodeError("ascii", "\xe9", 0, 1, "bad")))
e = ValueError("x")
e.note = 1  # the instance dict is not counted
print("ValueError with a dict", sys.getsizeof(e))

# Classes derived in Python: a weak reference list is added (builtin
# exceptions have none), unless __slots__ says otherwise; the instance dict
# is the base's.
def sizes(base):
    class Plain(base):
        pass
    class NoSlots(base):
        __slots__ = ()
    class TwoSlots(base):
        __slots__ = ("a", "b")
    class Weak(base):
        __slots__ = ("__weakref__",)
    class Deeper(Plain):
        __slots__ = ("c",)
    out = []
    for cls in (Plain, NoSlots, TwoSlots, Weak, Deeper):
        out.append(sys.getsizeof(cls.__new__(cls)))
    return out

for base in (BaseException, Exception, KeyError, StopIteration, SystemExit, NameError, UnboundLocalError,
             AttributeError, ImportError, ModuleNotFoundError, OSError, FileNotFoundError, BlockingIOError,
             SyntaxError, TabError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError):
    print(f"{base.__name__:20}", sizes(base))

# The classes with fields of their own have layouts of their own: two of
# them cannot be bases of one class, while classes that share a layout can.
def try_class(*bases):
    try:
        cls = type("Mixed", bases, {})
    except TypeError as e:
        return f"TypeError: {e}"
    return [c.__name__ for c in cls.__mro__]

print(try_class(KeyError, ValueError))
print(try_class(FileNotFoundError, PermissionError))
print(try_class(OSError, ImportError))
print(try_class(StopIteration, SystemExit))
print(try_class(UnicodeDecodeError, UnicodeEncodeError))
print(try_class(IndentationError, TabError))
print(try_class(UnboundLocalError, NameError))
print(try_class(LookupError, UnicodeError))
print(try_class(NameError, LookupError))

# The order in which the fields' values go when the exception does: each
# class's own fields first (in CPython's *_clear order), then __dict__,
# args, __traceback__, __cause__ and __context__.
class Noisy:
    def __init__(self, label):
        self.label = label
    def __del__(self):
        print("  del", self.label)
    def __repr__(self):
        return f"Noisy({self.label})"
    def __str__(self):
        return self.label

def release(make):
    exc = make()
    print(type(exc).__name__)
    del exc

release(lambda: StopIteration(Noisy("value/args")))
def stop():
    e = StopIteration(Noisy("args[0]"))
    e.value = Noisy("value")
    e.extra = Noisy("dict")
    e.__cause__ = ValueError(Noisy("cause"))
    e.__context__ = KeyError(Noisy("context"))
    return e
release(stop)
def system_exit():
    e = SystemExit(Noisy("args"))
    e.code = Noisy("code")
    return e
release(system_exit)
def os_error():
    e = OSError(Noisy("args0"), Noisy("args1"), Noisy("filename"), None, Noisy("filename2"))
    e.errno = Noisy("errno")
    e.strerror = Noisy("strerror")
    return e
release(os_error)
def import_error():
    e = ImportError(Noisy("args"), name=Noisy("name"), path=Noisy("path"))
    e.msg = Noisy("msg")
    return e
release(import_error)
def name_error():
    e = NameError(Noisy("args"), name=Noisy("name"))
    return e
release(name_error)
def attribute_error():
    return AttributeError(Noisy("args"), name=Noisy("name"), obj=Noisy("obj"))
release(attribute_error)
def syntax_error():
    e = SyntaxError(Noisy("args-msg"), (Noisy("filename"), Noisy("lineno"), Noisy("offset"), Noisy("text"),
                                        Noisy("end_lineno"), Noisy("end_offset")))
    e.msg = Noisy("msg")
    e.print_file_and_line = Noisy("print_file_and_line")
    e.args = ()
    return e
release(syntax_error)
def unicode_error():
    e = UnicodeEncodeError("ascii", "\xe9", 0, 1, "why")
    e.encoding = Noisy("encoding")
    e.object = Noisy("object")
    e.reason = Noisy("reason")
    return e
release(unicode_error)

# A cycle through a field: the collector finds it (traverse visits the
# fields) and clears it in CPython's order.
gc.collect()
e = OSError(2, "x")
e.filename = [e, Noisy("in the cycle")]
e.strerror = Noisy("strerror")
del e
print("collected", gc.collect() > 0)
s = StopIteration()
s.value = s
print("referents", [type(r).__name__ for r in gc.get_referents(s)])
del s
print("collected", gc.collect())
