# Augmented assignment: every operator, on names, attributes and subscripts.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x /= 3; print(x)
x //= 2; print(x)
x %= 5; print(x)
x **= 3; print(x)
n = 6
n &= 3; print(n)
n |= 8; print(n)
n ^= 15; print(n)
n <<= 4; print(n)
n >>= 2; print(n)
s = "ab"
s += "cd"; print(s)
s *= 2; print(s)
class Obj:
    pass
o = Obj()
o.v = 1
for op in ["+=", "-=", "*=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="]:
    o.v = 7
    exec(f"o.v {op} 2")
    print("attr", op, o.v)
lst = [7, 7]
d = {"k": 7}
for op in ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="]:
    lst[1] = 7
    d["k"] = 7
    exec(f"lst[1] {op} 3")
    exec(f"d['k'] {op} 3")
    print("item", op, lst[1], d["k"])
# += on a list mutates in place; on a tuple it rebinds.
a = [1]
alias = a
a += [2]
print(a, alias, a is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
# The target expression is evaluated once.
def index():
    print("index evaluated")
    return 0
def target():
    print("target evaluated")
    return lst
target()[index()] += 100
print(lst)
class Logged:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        print("get v")
        return self._v
    @v.setter
    def v(self, value):
        print("set v", value)
        self._v = value
lg = Logged()
lg.v += 1
print(lg.v)
class Inplace:
    def __init__(self, n):
        self.n = n
    def __iadd__(self, other):
        print("__iadd__")
        self.n += other
        return self
    def __add__(self, other):
        print("__add__")
        return Inplace(self.n + other)
    def __sub__(self, other):
        print("__sub__")
        return Inplace(self.n - other)
i1 = Inplace(1)
keep = i1
i1 += 5
print(i1.n, i1 is keep)
i1 -= 1
print(i1.n, i1 is keep)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(tup)
try:
    undefined_name += 1
except NameError as e:
    print(type(e).__name__, e)
