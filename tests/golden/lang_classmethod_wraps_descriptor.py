# classmethod binds what it wraps when that is a descriptor (3.9 to 3.12):
# a property, a staticmethod, any __get__.
class A:
    @classmethod
    @property
    def name(cls):
        return "classprop:" + cls.__name__

    @classmethod
    def plain(cls, x):
        return cls.__name__, x


class B(A):
    @classmethod
    @staticmethod
    def f(*a):
        return a


class D:
    def __get__(self, obj, owner=None):
        return ("D.__get__", obj.__name__ if isinstance(obj, type) else obj, owner.__name__)


class C:
    m = classmethod(D())


print(A.name, B.name, A().name)
print(A.plain(1), B().plain(2), B.f(), B().f())
print(C.m, C().m)
print(type(A.__dict__["plain"].__get__(None, A)).__name__)
