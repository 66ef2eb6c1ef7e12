# obj.__class__ = C: allowed between classes whose instances have the same layout.
import weakref


class A:
    pass


class B:
    __slots__ = ("x",)


class C(int):
    pass


a = A()
for target, value in ((a, B), (a, int), (a, 5), (5, C)):
    try:
        target.__class__ = value
    except TypeError as e:
        print("TypeError:", e)
try:
    del a.__class__
except TypeError as e:
    print("TypeError:", e)


class D:
    def __repr__(self):
        return "D!"


a.__class__ = D
print(type(a), a, isinstance(a, A), isinstance(a, D))
r = weakref.ref(a)
a.__class__ = A
print(r() is a, type(a))
del a
print(r())


class E(C):
    pass


c = C(3)
c.__class__ = E
print(type(c), c + 1)
