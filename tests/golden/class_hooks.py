# Class creation hooks and less common protocols: __init_subclass__ with class keywords,
# descriptors and __set_name__, __new__, type(), annotations, NotImplemented equality.
class WithSlots:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
w = WithSlots()
print(w.a)
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()
class Child(Base, flag=True):
    pass
class Desc:
    def __get__(self, obj, owner):
        return ("get", obj is None, owner.__name__)
    def __set__(self, obj, value):
        print("set", value)
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class UsesDesc:
    d = Desc()
u = UsesDesc()
print(u.d, UsesDesc.d)
u.d = 5
print(UsesDesc.__dict__["d"].__class__.__name__)
class A:
    x = 1
    def __eq__(self, other):
        return NotImplemented
print(A() == A(), A() != A())
print(A.__dict__["x"], type(A.__dict__).__name__)
class B:
    def __repr__(self):
        return "B!"
print([B()], str(B()), f"{B()}")
print(isinstance(1, (str, int)), issubclass(bool, (str, int)))
print(type("Dyn", (object,), {"v": 3})().v)
class P:
    def __init__(self):
        self._x = 0
    x = property(lambda self: self._x, lambda self, v: setattr(self, "_x", v), None, "doc of x")
p = P()
p.x = 9
print(p.x, P.x.__doc__)
class Ord:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Ord({self.v})"
print(sorted([Ord(3), Ord(1), Ord(2)]), min(Ord(5), Ord(4)))
class GetItemOnly:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
a, b, c = GetItemOnly()
print(a, b, c, list(reversed([1, 2])))
class NewStyle:
    def __new__(cls, *args):
        print("new", args)
        inst = super().__new__(cls)
        return inst
    def __init__(self, *args):
        print("init", args)
NewStyle(1, 2)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
class NotInst:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NotInst())
print(Child.__mro__, Child.__name__, Child.__module__)
class K:
    "doc"
    a: int = 5
    b: str
print(K.__annotations__, K.a, K.__doc__)
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
print(Eq(1) == Eq(1), Eq(1) in [Eq(1)], [Eq(2)].index(Eq(2)), Eq.__hash__)
class CallCount:
    calls = 0
    def __call__(self, *a, **k):
        CallCount.calls += 1
        return a, k
cc = CallCount()
print(cc(1, x=2), CallCount.calls)
class Abstract:
    def method(self):
        raise NotImplementedError("subclass must implement")
try:
    Abstract().method()
except NotImplementedError as e:
    print(type(e).__name__, e)
print(object.__name__, type.__name__, type(type), type(object))
print(Base.__subclasses__(), Child.__bases__)
print(vars(Child) is not None, "__module__" in vars(Child))

class Hooked:
    def __init_subclass__(cls, a, b=2, **rest):
        print(cls.__name__, a, b, rest)
        super().__init_subclass__()
class C2(Hooked, a=1): pass
class D(Hooked, b=5, a=0, z=9): pass
X = type("X", (Hooked,), {}, a="via type()")
try:
    class E(Hooked): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class F(flag=1): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("G", (), {}, flag=1)
except TypeError as e:
    print(type(e).__name__, e)
