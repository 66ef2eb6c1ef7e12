# The order in which gc.get_referents() lists what an object refers to: each type's traverse
# visits its fields in the order of CPython's, so these lists are CPython's.
import gc
import sys

def show(title, obj):
    print(title + ":", [describe(x) for x in gc.get_referents(obj)])

def describe(x):
    if isinstance(x, (int, str, tuple, BaseException)) or x is None:
        return repr(x)
    if isinstance(x, type):
        return "class " + x.__name__
    if isinstance(x, dict):
        return "dict of " + ", ".join(sorted(repr(k) for k in x)[:3])
    return type(x).__name__

show("tuple", (1, "two", 3))
show("struct sequence", sys.version_info)
show("slice", slice(1, "two", 3))
e = enumerate(iter([1]), 2 ** 70)
show("enumerate", e)
item = next(e)
show("enumerate after next", e)
show("filter", filter(None, [1]))
show("map", map(len, [1]))
show("zip", zip([1], [2]))
