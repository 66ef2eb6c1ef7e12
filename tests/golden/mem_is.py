# `is` with small ints, interned strings, constants and singletons.
a = 256
b = 256
print("256 is 256:", a is b)
big1 = int("1000")
big2 = int("1000")
print("int('1000') is int('1000'):", big1 is big2, big1 == big2)
m = 257
print("a + 1 is 257 (computed):", (a + 1) is m)
small = -5
print("-5 cached:", small is int("-5"), "-6 not cached:", int("-6") is int("-6"))
s1 = "hello"
s2 = "hello"
print("identifier-like literals interned:", s1 is s2)
s3 = "hel" + "lo"
print("folded constant is interned:", s3 is s1)
part = "hel"
s4 = part + "lo"
print("run-time concatenation is a new object:", s4 is s1, s4 == s1)
import sys
s5 = sys.intern(s4)
print("sys.intern returns the interned one:", s5 is s1)
w1 = "hello world!"
w2 = "hello world!"
print("same constant in one code unit:", w1 is w2)
print("None/True/False singletons:", None is None, (1 == 1) is True, bool(0) is False)
e1 = ()
e2 = tuple()
print("empty tuple is a singleton:", e1 is e2)
l1 = []
l2 = []
print("empty lists are distinct:", l1 is l2, l1 == l2)
f1 = 1.5
f2 = float("1.5")
print("floats are not cached:", f1 is f2, f1 == f2)
x = [1, 2]
y = x
print("alias:", y is x, "copy:", list(x) is x)
def same(v):
    return v
print("passing keeps identity:", same(x) is x)
print("type objects:", type(1) is int, type([]) is list)
print("is not:", x is not None, None is not None)
