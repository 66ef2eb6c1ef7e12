# Instances as CPython 3.11 lays them out: attributes as inline values whose
# keys the class shares, a __dict__ made only when asked for (a split dict
# over the shared keys), and what that means for sys.getsizeof, vars() order,
# the collector and the order in which attributes are released.
import gc
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print("instance", sys.getsizeof(p), p.__sizeof__())
print("dict", sys.getsizeof(p.__dict__), p.__dict__)
print("instance after __dict__", sys.getsizeof(p))
q = Point(3, 4)
print("second dict", sys.getsizeof(vars(q)))

# Every new instance takes one unit of the shared keys' room.
class Many:
    pass


sizes = []
for n in range(6):
    m = Many()
    sizes.append(sys.getsizeof(m.__dict__))
print("dicts of successive instances", sizes)

# Up to 30 keys fit the shared keys; past them the dict is a table of its own.
def build(count):
    ns = {}
    body = "; ".join(f"self.a{i} = {i}" for i in range(count)) or "pass"
    exec(f"class C:\n    def __init__(self):\n        {body}\n", ns)
    obj = ns["C"]()
    return sys.getsizeof(obj.__dict__), len(vars(obj))


for count in (0, 1, 5, 27, 28, 29, 30, 31, 40):
    print("attributes", count, build(count))

# Each instance keeps its own insertion order over the shared keys.
class Order:
    pass


a = Order()
a.first = 1
a.second = 2
b = Order()
b.second = 2
b.first = 1
b.third = 3
print(list(vars(a)), list(vars(b)))
del b.second
b.second = 22
print(list(vars(b)), b.second, hasattr(b, "third"), getattr(a, "third", "none"))
try:
    del a.third
except AttributeError as e:
    print("AttributeError:", e)
try:
    del a.missing
except AttributeError as e:
    print("AttributeError:", e)

# Writing to the split dict writes the instance's attributes.
c = Order()
d = vars(c)
d["first"] = "via dict"
d["new_key"] = 5
print(c.first, c.new_key, list(d), sys.getsizeof(d))
d[7] = "int key"
print(sys.getsizeof(d), list(d), c.first)
c.after = 1
print(list(vars(c)))

# Clearing, copying, popping.
e = Order()
e.first = 1
ed = e.__dict__
ed.clear()
print(sys.getsizeof(ed), ed)
e.second = 2
print(sys.getsizeof(ed), ed)
f = Order()
f.first = 1
f.second = 2
fd = f.__dict__
print(sys.getsizeof(fd.copy()), fd.copy(), sys.getsizeof(dict(fd)))
print(fd.popitem(), fd, sys.getsizeof(fd))

# Replacing __dict__, and __class__ assignment.
g = Order()
g.first = 1
g.__dict__ = {"z": 26}
print(vars(g), g.z, hasattr(g, "first"))


class Other:
    pass


h = Order()
h.second = "kept"
h.__class__ = Other
print(type(h).__name__, vars(h), h.second)

# Collector: an instance's attributes are its referents, in entry order;
# the dict made from them is tracked only when it holds a container.
i = Order()
i.second = []
i.first = "text"
print(gc.get_referents(i)[:2], gc.is_tracked(i))
print(gc.is_tracked(vars(i)))
j = Order()
j.first = 1
print(gc.is_tracked(vars(j)))

# Attributes are released in entry order of the shared keys.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Holder:
    pass


k = Holder()
k.b = Noisy("b")
k.a = Noisy("a")
m = Holder()
m.a = Noisy("a2")
m.b = Noisy("b2")
del k
del m

# A cycle through inline values is collected.
gc.collect()
n = Holder()
n.me = n
n.other = Noisy("in cycle")
del n
print("collected", gc.collect())

# Subclasses of builtins: the dict comes at the first store, over the
# class's shared keys.
class L(list):
    pass


lst = L()
lst.x = 1
print("list subclass", sys.getsizeof(lst), sys.getsizeof(lst.__dict__))
lst2 = L()
print(sys.getsizeof(lst2.__dict__), lst2.__dict__)


class Slotted:
    __slots__ = ("a", "__dict__")


s = Slotted()
s.a = 1
s.b = 2
print("slots and dict", sys.getsizeof(s), sys.getsizeof(s.__dict__), vars(s))


class Sub(Point):
    def __init__(self):
        super().__init__(5, 6)
        self.z = 7


sub = Sub()
print("subclass", sys.getsizeof(sub), vars(sub), sys.getsizeof(vars(sub)))
