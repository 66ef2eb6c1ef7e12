# copy.copy and copy.deepcopy the way memory lessons use them: what is
# shared, what is new, and how ids and `is` show it.
import copy

outer = [[1, 2], [3, 4]]
shallow = copy.copy(outer)
deep = copy.deepcopy(outer)
print(shallow == outer, shallow is outer)
print(shallow[0] is outer[0], deep[0] is outer[0])
outer[0].append(99)
print("after append:", outer, shallow, deep)
print(id(outer) != id(shallow), id(outer[1]) == id(shallow[1]))

# Immutable values are their own copies.
t = (1, "two", 3.0)
print(copy.copy(t) is t, copy.deepcopy(t) is t)
s = "hello"
print(copy.copy(s) is s, copy.deepcopy(s) is s)
n = 10 ** 20
print(copy.copy(n) is n, copy.deepcopy(n) is n)
fs = frozenset({1, 2})
print(copy.copy(fs) is fs)
print(copy.copy(None), copy.copy(len) is len, copy.copy(range(3)) is not None)

# A tuple holding a list is copied deeply: the tuple is new too.
tl = (1, [2, 3])
dtl = copy.deepcopy(tl)
print(dtl == tl, dtl is tl, dtl[1] is tl[1])

# dicts and sets
d = {"a": [1], "b": {"c": 2}}
sd = copy.copy(d)
dd = copy.deepcopy(d)
print(sd["a"] is d["a"], dd["a"] is d["a"], dd == d)
st = {1, 2, 3}
print(copy.copy(st) == st, copy.copy(st) is st)

# The same object reached twice is copied once.
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)

# Self-referencing structures.
loop = [1, 2]
loop.append(loop)
lc = copy.deepcopy(loop)
print(lc[2] is lc, lc[2] is loop, lc)
dloop = {"name": "d"}
dloop["self"] = dloop
dc = copy.deepcopy(dloop)
print(dc["self"] is dc, dc)

# The memo dict: id(original) -> copy, and the originals kept alive.
memo = {}
inner = [1]
data = [inner, inner]
result = copy.deepcopy(data, memo)
print(memo[id(data)] is result, memo[id(inner)] is result[0])
print(len(memo), memo[id(memo)] == [inner, data])
print(copy.deepcopy(data, memo) is result)

# Instances of plain classes.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = ["p"]

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.tags})"

p = Point(1, 2)
q = copy.copy(p)
r = copy.deepcopy(p)
print(q, r, type(q) is Point)
print(q.tags is p.tags, r.tags is p.tags, q.__dict__ == p.__dict__, q.__dict__ is p.__dict__)
p.tags.append("changed")
print(q.tags, r.tags)

# A class whose instances hold each other.
class Node:
    def __init__(self, name):
        self.name = name
        self.next = None

a = Node("a")
b = Node("b")
a.next = b
b.next = a
a2 = copy.deepcopy(a)
print(a2.name, a2.next.name, a2.next.next is a2, a2.next is b)

# Classes and functions are not copied.
def f():
    pass
print(copy.copy(Point) is Point, copy.deepcopy(Point) is Point, copy.deepcopy(f) is f)

# Bound methods: deepcopy copies the instance they are bound to.
m = p.__repr__
m2 = copy.deepcopy(m)
print(m2.__self__ is p, m2.__func__ is m.__func__, m2())
m3 = copy.copy(m)
print(m3.__self__ is p, m3 == m)
