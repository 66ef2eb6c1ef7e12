# locals() in a function is one dict per frame, refreshed on each call (as
# CPython 3.11's f_locals): what exec() stores through it stays, names
# deleted since go, and it holds a reference to each value.
import sys


def f():
    exec("zz = 5")
    print(locals())
    print(locals() is locals())
    a = 1
    d = locals()
    print(d, d is locals())
    del a
    print(locals(), d)
    d["extra"] = 9
    b = [1, 2]
    print(sys.getrefcount(b))
    locals()
    print(sys.getrefcount(b))
    print(sorted(locals()))


f()


def g(x):
    y = x * 2
    def inner():
        return y
    loc = locals()
    print(sorted(loc), loc["y"], loc["x"])
    return inner


g(3)


def h():
    fr = sys._getframe()
    v = 10
    print(fr.f_locals is locals(), fr.f_locals["v"])
    v = 11
    print(fr.f_locals["v"])


h()


def gen():
    a = 1
    yield locals()
    b = 2
    yield locals()


it = gen()
first = next(it)
second = next(it)
print(first is second, first)


def ev():
    q = 7
    return eval("q + 1"), eval("locals()") is locals()


print(ev())


class C:
    x = 1
    print(sorted(k for k in locals() if not k.startswith("__")), locals() is locals())
print(locals() is globals())
