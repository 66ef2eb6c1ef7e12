# The order in which objects release their fields when they die, each field's __del__ running as
# it goes: functions, bound methods, staticmethod, classmethod, property, and instances with
# __slots__ and a __dict__.
import sys

class Tracked:
    def __init__(self, name):
        self.name = name
    def __call__(self, *args):
        return self.name
    def __del__(self):
        print("  release", self.name)

print("function:")
code = []
class Default(Tracked):
    # A function releases its code after the other fields, as CPython's func_dealloc calls
    # func_clear (which keeps the code) first.
    def __del__(self):
        print("  release", self.name, "(code references held by the function:", sys.getrefcount(code[0]) - base, end=")\n")
def make():
    def f(x=Default("default"), *, k=Tracked("kwdefault")):
        pass
    return f
f = make()
f.attr = Tracked("attribute")
f.__annotations__ = {"x": Tracked("annotation")}
code.append(f.__code__)
base = sys.getrefcount(code[0]) - 1
del f
print("  code references after:", sys.getrefcount(code[0]) - base)

print("bound method:")
def g(x=Tracked("function's default")):
    pass
m = g.__get__(Tracked("self"))
del g
del m

for wrapper in (staticmethod, classmethod):
    print(wrapper.__name__ + ":")
    w = wrapper(Tracked("callable"))
    w.attr = Tracked("attribute")
    del w

print("property:")
p = property(Tracked("getter"), Tracked("setter"), Tracked("deleter"), Tracked("doc"))
p.__set_name__(None, Tracked("name"))
del p

print("instance with __slots__ and __dict__:")
class Base:
    __slots__ = ("a", "b", "__dict__")
class Derived(Base):
    __slots__ = ("c",)
i = Derived()
i.a = Tracked("slot a")
i.b = Tracked("slot b")
i.c = Tracked("slot c")
i.d = Tracked("attribute d")
i.e = Tracked("attribute e")
del i
print("done")
