# What functools objects keep alive: a partial's references, an lru_cache holding its arguments, cycles through partials
import gc
import sys
import weakref
from functools import partial, lru_cache, cmp_to_key

def add(a, b):
    return a + b

print(sys.getrefcount(add))
plus_one = partial(add, 1)
print(sys.getrefcount(add), sys.getrefcount(plus_one))
print(gc.get_referents(plus_one), gc.is_tracked(plus_one))
del plus_one
print(sys.getrefcount(add))

class Payload:
    pass

@lru_cache(maxsize=None)
def remember(obj):
    return id(obj)

item = Payload()
alive = weakref.ref(item)
remember(item)
del item
print("cached argument alive:", alive() is not None)
remember.cache_clear()
print("after cache_clear:", alive())

# An object whose partial refers back to it: a cycle only the collector frees.
class Button:
    def __init__(self):
        self.on_click = partial(self.clicked, "left")
    def clicked(self, which):
        return which

button = Button()
watch = weakref.ref(button)
print(button.on_click())
del button
print("before collect:", watch() is not None)
gc.collect()
print("after collect:", watch())

key = cmp_to_key(lambda a, b: a - b)
print(gc.get_referents(key(7))[1:], gc.is_tracked(key))
