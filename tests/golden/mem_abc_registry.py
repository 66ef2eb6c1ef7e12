# abc's registry and caches hold classes weakly: a registered or checked class can still die
import gc
import weakref
from abc import ABC

class Plugin(ABC):
    pass

def make_class(name):
    return type(name, (), {})

Temp = make_class("Temp")
Plugin.register(Temp)
print(issubclass(Temp, Plugin), isinstance(Temp(), Plugin))
watch = weakref.ref(Temp)
del Temp
gc.collect()
print("registered class after del:", watch())

Checked = make_class("Checked")
print(issubclass(Checked, Plugin))
watch = weakref.ref(Checked)
del Checked
gc.collect()
print("checked class after del:", watch())

class Child(Plugin):
    pass
watch = weakref.ref(Child)
print(Plugin.__subclasses__())
del Child
gc.collect()
print("subclass after del:", watch(), Plugin.__subclasses__())
