# Metaclasses: subclassing type, __new__/__init__/__call__ on the metaclass, metaclass methods
# and properties on classes, singletons, registries, __prepare__, __instancecheck__, __getattr__.
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.created_by_meta = True
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kwargs)
    def describe(cls):
        return f"class {cls.__name__} made by {type(cls).__name__}"
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class A(metaclass=Meta):
    x = 1
    def __init__(self, v):
        self.v = v
class B(A):
    y = 2
print(type(A).__name__, type(B).__name__, isinstance(A, Meta), isinstance(A, type), A.created_by_meta)
a = A(5)
print(a.v, type(a).__name__, A.describe(), B.upper_name)
try:
    a.describe()
except AttributeError as e:
    print(type(e).__name__, e)
class Singleton(type):
    _instances = {}
    def __call__(cls, *args):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        print("Config created")
print(Config() is Config())
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class Plugin(metaclass=Registry): pass
class P1(Plugin): pass
class P2(Plugin): pass
print(Registry.classes)
Dyn = Meta("Dyn", (object,), {"z": 3})
print(Dyn.z, type(Dyn).__name__, Meta.__mro__)
print(repr(A), A.__class__, Meta.__class__)
class Other(type): pass
try:
    class Conflict(A, metaclass=Other): pass
except TypeError as e:
    print(type(e).__name__, e)
import gc, weakref
class Temp(metaclass=Meta): pass
wr = weakref.ref(Temp)
del Temp
gc.collect()
print("Temp collected:", wr() is None)
print(type.__call__, Meta.__call__.__name__)
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("__prepare__", name, kw)
        return {"injected": 42}
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)
class C(metaclass=OrderedMeta, flag=1):
    a = 1
print(C.injected, C.a)
class CheckMeta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int)
    def __subclasscheck__(cls, sub):
        return sub is bool
class IntLike(metaclass=CheckMeta): pass
print(isinstance(5, IntLike), isinstance("x", IntLike), issubclass(bool, IntLike), issubclass(str, IntLike))
class AttrMeta(type):
    def __getattr__(cls, name):
        return f"meta-provided {name}"
class D(metaclass=AttrMeta):
    real = "real"
print(D.real, D.anything)
class LenMeta(type):
    def __len__(cls):
        return 99
    def __iter__(cls):
        return iter([1, 2, 3])
    def __getitem__(cls, key):
        return f"{cls.__name__}[{key}]"
class E(metaclass=LenMeta): pass
print(len(E), list(E), E[int])
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class F(Base, metaclass=OrderedMeta, tag="t"):
    pass
print(type(F).__name__)
class ReprMeta(type):
    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"
class G(metaclass=ReprMeta): pass
print(G, [G], str(G))
