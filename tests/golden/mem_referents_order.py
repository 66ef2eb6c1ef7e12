# The order in which gc.get_referents() lists what an object refers to: each type's traverse
# visits its fields in the order of CPython's, so these lists are CPython's.
import gc
import sys

def show(title, obj):
    print(title + ":", [describe(x) for x in gc.get_referents(obj) if not is_builtins(x)])

def is_builtins(x):
    return isinstance(x, dict) and x.get("len") is len and x is not globals()

# CPython's functions also refer to the builtins' namespace (minipy's frames find it themselves),
# so show() leaves it out.
def describe(x):
    if x is globals():
        return "globals"
    if isinstance(x, (int, str, tuple, BaseException)) or x is None:
        return repr(x)
    if isinstance(x, type):
        return "class " + x.__name__
    if isinstance(x, dict) and x.get("__name__") == "sys":
        return "namespace of sys"
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

def make():
    cell = 1
    def f(x=(1,), *, k=2):
        "docstring"
        return cell
    return f
f = make()
f.attribute = 1
f.__annotations__ = {"x": "annotation"}
show("function", f)
show("builtin function", len)
show("builtin method", [].append)
try:
    raise ValueError(1, 2)
except ValueError as caught:
    e = caught
e.attribute = 1
e.__cause__ = KeyError("cause")
e.__context__ = KeyError("context")
show("exception", e)
show("list", [1, "two", 3])
show("dict of str keys", {"a": 1, "b": 2})
show("dict with other keys", {"a": 1, 2: 3})
d = {"a": 1, 2: 3}
del d[2]
show("dict that had other keys", d)
d.clear()
d["a"] = 1
show("dict cleared", d)
show("set", {1, 2, 3})

class K:
    __slots__ = ("slot",)
    def method(self):
        pass
show("super", super(K, K()))
show("member descriptor", K.__dict__["slot"])
show("mappingproxy", K.__dict__)
show("generic alias", list[int])
show("module", sys)
show("method-wrapper", (1).__add__)
show("cell", make().__closure__[0])

class Base:
    pass
class Derived(Base):
    attribute = 1
show("class", Derived)
