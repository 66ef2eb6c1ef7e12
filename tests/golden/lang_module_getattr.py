# A module's own __getattr__ answers the names it lacks, and its __dir__
# answers dir() (PEP 562): for a file module and a types.ModuleType.
import types
import imp_helper_lazy
from imp_helper_lazy import lazy
print(imp_helper_lazy.lazy, lazy, imp_helper_lazy.real, dir(imp_helper_lazy))
try:
    imp_helper_lazy.missing
except AttributeError as e:
    print(e)
try:
    from imp_helper_lazy import missing
except ImportError as e:
    print(e)
m = types.ModuleType("m")
m.__getattr__ = lambda name: "lazy:" + name
print(m.anything, getattr(m, "x", "dflt"), hasattr(m, "q"))
m.__dir__ = lambda: ["z", "a"]
print(dir(m))
m2 = types.ModuleType("m2")
print(getattr(m2, "foo", "dflt"), sorted(dir(m2)))
import sys
print("path" in dir(sys), m2.__dir__() == list(m2.__dict__))
