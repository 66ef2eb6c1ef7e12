# gc.set_debug: DEBUG_SAVEALL keeps what a collection finds in gc.garbage,
# alive; DEBUG_COLLECTABLE reports each object on stderr.
import gc
import weakref

print(gc.get_debug(), gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
a = [1, 2]
a.append(a)
b = ['b']
c = ['c', b]
b.append(c)
del a, b, c
print("found", gc.collect())
print("garbage", gc.garbage)
print([type(x).__name__ for x in gc.garbage])
print(gc.garbage[0][2] is gc.garbage[0])
gc.garbage.clear()

# Objects with finalizers are still finalized; then they are kept.
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

n = Node("n")
d = {"n": n}
n.link = [d]
r = weakref.ref(n)
del n, d
gc.collect()
print("weakref after collect:", r())
print(len(gc.garbage) > 0, any(isinstance(x, Node) for x in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
gc.collect()

gc.set_debug(gc.DEBUG_COLLECTABLE)
x = []
x.append(x)
del x
print("collected", gc.collect())
gc.set_debug(0)
print(gc.get_debug())
