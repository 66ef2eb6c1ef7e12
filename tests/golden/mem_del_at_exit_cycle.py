# A cycle alive at exit is collected with the main module: weakref
# callbacks, then finalizers.
import weakref
class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
a = R("a")
b = R("b")
a.other = b
b.other = a
w = weakref.ref(a, lambda r: print("callback", r() is None))
c = R("c")
def f():
    return c
