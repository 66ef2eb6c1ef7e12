# Unbounded recursion through __repr__, __str__, __hash__, __iter__,
# __next__, __len__, __bool__, __getitem__, __call__, __setattr__ and
# __init__: each ends in RecursionError, and the interpreter is usable after.
# (Where CPython charges a builtin's own call a level, the depth and the
# words after "exceeded" can differ: only the type is printed for those.
# See tests/golden/DEVIATIONS.md.)
import sys
class Repr:
    def __repr__(self):
        return repr(self)
class Str:
    def __str__(self):
        return str(self)
class Hash:
    def __hash__(self):
        return hash(self)
class Iter:
    def __iter__(self):
        return iter(self)
class Next:
    def __iter__(self):
        return self
    def __next__(self):
        return next(self)
class Len:
    def __len__(self):
        return len(self)
class Bool:
    def __bool__(self):
        return bool(self)
class Item:
    def __getitem__(self, i):
        return self[i]
class Call:
    def __call__(self):
        return self()
class SetAttr:
    def __setattr__(self, name, value):
        setattr(self, name, value)
class Init:
    def __init__(self):
        Init()
cases = [
    ("__repr__", lambda: repr(Repr())),
    ("__str__", lambda: str(Str())),
    ("__hash__", lambda: hash(Hash())),
    ("__iter__", lambda: iter(Iter())),
    ("__next__", lambda: [x for x in Next()]),
    ("__len__", lambda: len(Len())),
    ("__bool__", lambda: bool(Bool())),
    ("__getitem__", lambda: Item()[0]),
    ("__call__", lambda: Call()()),
    ("__setattr__", lambda: setattr(SetAttr(), "x", 1)),
    ("__init__", lambda: Init()),
]
for name, f in cases:
    try:
        f()
        print(name, "returned")
    except RecursionError as e:
        print(name, "-> RecursionError")
print("depth is back to normal:", sys.getrecursionlimit())
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(900))
