# __del__ that starts a collection, and one that builds garbage while it runs.
import gc
class Collector:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name, "collect ->", gc.collect() >= 0)
a = Collector("plain")
del a
b = Collector("cycle")
b.self = b
c = Collector("cycle2")
c.self = c
del b, c
print("collect", gc.collect())
class Maker:
    def __del__(self):
        x = []
        x.append(x)
        print("made a cycle in __del__")
m = Maker()
m.self = m
del m
print(gc.collect())
print(gc.collect())
def cb(phase, info):
    if phase == "start":
        print("gc callback", phase, info["generation"])
gc.callbacks.append(cb)
d = Collector("with callback")
d.self = d
del d
gc.collect()
gc.callbacks.remove(cb)
print("end")
