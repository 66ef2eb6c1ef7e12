# Attribute names stored by setattr() are interned, as PyObject_SetAttr
# interns them; names in a dict given to type() are not. A dead
# weakref.proxy shows None as its referent.
import sys
import weakref

name = "".join(["ab", "cd_x"])
class B:
    pass
b = B()
setattr(b, name, 1)
key = list(vars(b))[0]
print(key == "abcd_x", key is sys.intern("abcd_x"), key is name)
other = "".join(["zz", "top"])
C = type("C", (), {other: 5})
key2 = [k for k in vars(C) if k.startswith("zz")][0]
print(key2 is sys.intern("zztop"))
setattr(C, "".join(["cl", "attr"]), 2)
key3 = [k for k in vars(C) if k.startswith("cl")][0]
print(key3 is sys.intern("clattr"))

class A:
    pass
a = A()
p = weakref.proxy(a)
print(repr(p).startswith("<weakproxy at 0x"), "to A at" in repr(p))
del a
print(repr(p))
print(repr(p) == "<weakproxy at %s to NoneType at %s>" % (hex(id(p)), hex(id(None))))
