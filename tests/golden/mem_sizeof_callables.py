# sys.getsizeof of the objects a call goes through: bound methods, builtin
# functions and methods, weak references and proxies (each keeps its own
# entry point for calls, as CPython 3.11's vectorcall field).
import sys
import weakref


class Greeter:
    def hello(self):
        return "hello"

    def __call__(self):
        return "called"


g = Greeter()
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
