# sys.getsizeof of classes: CPython's heap type (904 bytes), the collector's
# header and the keys the class's instances share.
import sys


class Plain:
    pass


class WithInit:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class Slotted:
    __slots__ = ("x", "y")


class SlottedDict:
    __slots__ = ("x", "__dict__")


class Child(WithInit):
    def method(self):
        return self.a


class Meta(type):
    pass


class Made(metaclass=Meta):
    pass


class Many:
    pass


print("plain", sys.getsizeof(Plain))
print("with __init__", sys.getsizeof(WithInit))
w = WithInit(1, 2)
print("after an instance", sys.getsizeof(WithInit))
print("slotted", sys.getsizeof(Slotted))
print("slotted with __dict__", sys.getsizeof(SlottedDict))
print("child", sys.getsizeof(Child))
print("metaclass", sys.getsizeof(Meta))
print("class of a metaclass", sys.getsizeof(Made))
print("made by type()", sys.getsizeof(type("Dyn", (), {"k": 1})))
print("exception subclass", sys.getsizeof(type("Err", (ValueError,), {})))
print("int subclass", sys.getsizeof(type("MyInt", (int,), {})))
print("tuple subclass", sys.getsizeof(type("MyTuple", (tuple,), {"__slots__": ()})))
m = Many()
for i in range(40):
    setattr(m, "attr%d" % i, i)
print("after 40 attributes", sys.getsizeof(Many), len(m.__dict__))
print("type.__sizeof__ of a class", type.__sizeof__(Plain))
