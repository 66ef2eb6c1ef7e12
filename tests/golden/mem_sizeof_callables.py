# sys.getsizeof of the objects a call goes through: functions, bound
# methods, builtin functions and methods, weak references and proxies (each
# keeps its own entry point for calls, as CPython 3.11's vectorcall field).
import sys
import weakref


class Greeter:
    def hello(self):
        return "hello"

    def __call__(self):
        return "called"


def outer(x, *, y=2):
    def inner():
        return x + y
    return inner


g = Greeter()
print("function", sys.getsizeof(outer), sys.getsizeof(outer(1)), sys.getsizeof(lambda: 0), outer(1)())
outer.__defaults__ = ()
outer.__kwdefaults__ = {"y": 5}
print("function after new defaults", sys.getsizeof(outer), outer(1)())
print("method's function", sys.getsizeof(Greeter.hello), sys.getsizeof(g.hello.__func__))
print("bound method", sys.getsizeof(g.hello), g.hello())
print("builtin function", sys.getsizeof(len), len([1, 2]))
print("builtin method", sys.getsizeof([].append), sys.getsizeof("".join))
r = weakref.ref(g)
print("weakref", sys.getsizeof(r), r() is g)
print("weakref with callback", sys.getsizeof(weakref.ref(g, print)))
p = weakref.proxy(g)
print("proxy", sys.getsizeof(p), p.hello())
cp = weakref.proxy(g, None)
print("callable proxy", sys.getsizeof(cp), cp())


class MyRef(weakref.ref):
    def __call__(self):
        return ("subclass", super().__call__() is g)


mr = MyRef(g)
print("ref subclass", sys.getsizeof(mr), mr())
m = g.hello
print(m(), m.__func__(g), sys.getsizeof(Greeter.hello.__get__(g)))
