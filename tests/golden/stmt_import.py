# import x, import x as y, from x import y [as z], from x import *, module caching.
import imp_helper
print(imp_helper.VALUE, imp_helper.greet("world"), imp_helper.Thing(1))
print(type(imp_helper).__name__, imp_helper.__name__, imp_helper.__doc__)
import imp_helper as h
print(h is imp_helper)
from imp_helper import greet, VALUE as V
print(greet("from"), V)
from imp_helper import bump
print(bump(), bump(), imp_helper.counter)
from imp_helper import counter
print(counter)
import imp_helper_loud
import imp_helper_loud
import imp_helper_loud as again
print(again.LOUD, imp_helper_loud is again)
import sys
print("imp_helper" in sys.modules, sys.modules["imp_helper"] is imp_helper)
print(__name__)
from imp_helper import *
print(Thing(2), "_private" in dir())
import math, sys as system
print(math.floor(2.5), system is sys)
def local_import():
    import imp_helper as local_name
    from math import sqrt
    return local_name.VALUE, sqrt(16)
print(local_import(), "local_name" in dir())
for stmt in ["import no_such_module_xyz", "from imp_helper import missing_name",
             "import imp_helper.sub"]:
    try:
        exec(stmt)
    except ImportError as e:
        print(type(e).__name__, e)
try:
    import imp_helper_broken
except RuntimeError as e:
    print(type(e).__name__, e, "imp_helper_broken" in sys.modules)
imp_helper.VALUE = 0
import imp_helper
print(imp_helper.VALUE)
