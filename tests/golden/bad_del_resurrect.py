# __del__ that resurrects its object: it runs once (PEP 442), the object lives on.
import gc
saved = []
class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
        saved.append(self)
p = Phoenix("a")
del p
print("after del:", [x.name for x in saved])
saved.clear()
print("cleared again (no second __del__)")
q = Phoenix("cycle")
q.self = q
del q
print("collected:", gc.collect() >= 0)
print([x.name for x in saved])
s = saved.pop()
del s
print("end")
