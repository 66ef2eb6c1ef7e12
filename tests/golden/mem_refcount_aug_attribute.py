# `o.x += v` keeps the object on the stack for the whole statement: a
# __setattr__, an __iadd__ and a property see that reference.
import sys


class P:
    def __init__(self):
        object.__setattr__(self, "x", 1)

    def __setattr__(self, n, v):
        print("__setattr__ sees", sys.getrefcount(self))
        object.__setattr__(self, n, v)


def f():
    p = P()
    p.x += 1
    print(p.x)


f()


class N:
    def __iadd__(self, o):
        print("__iadd__ sees owner", sys.getrefcount(owner[0]))
        return self


class A:
    pass


owner = []


def g():
    a = A()
    a.n = N()
    owner.append(a)
    a.n += 1


g()


class Q:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        print("setter sees", sys.getrefcount(self))
        self._v = value


def h():
    q = Q()
    q.v += 5
    print(q.v)


h()
