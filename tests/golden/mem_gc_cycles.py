# Reference cycles survive their names until gc.collect() finds them.
import gc
import weakref
class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __repr__(self):
        return f"Node({self.name})"
gc.collect()
a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
wa = weakref.ref(a)
del a, b
print("cycle alive after del:", wa() is not None)
print("unreachable found:", gc.collect())
print("cycle collected:", wa() is None)
lst = []
lst.append(lst)
wl = id(lst)
del lst
print("self-referencing list collected:", gc.collect())
class Finalized:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalizing", self.name)
f = Finalized("f")
f.self = f
del f
print("before collect")
print("collected:", gc.collect())
print("after collect")
x = Finalized("x")
y = Finalized("y")
x.other = y
y.other = x
del x, y
print("collected pair:", gc.collect())
d = {}
d["me"] = d
del d
print("dict cycle:", gc.collect())
def make_closure_cycle():
    def inner():
        return inner
    return inner
make_closure_cycle()
print("function/cell cycle:", gc.collect())
print("nothing left:", gc.collect())
print(gc.isenabled(), gc.get_threshold())
gc.disable()
print(gc.isenabled())
gc.enable()
class Container:
    pass
c = Container()
c.items = [c]
print("tracked:", gc.is_tracked(c), gc.is_tracked(1), gc.is_tracked([]), gc.is_tracked("s"))
del c
print("collected container:", gc.collect())
