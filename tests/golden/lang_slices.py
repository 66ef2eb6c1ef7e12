# Slicing: bounds, steps, negative steps, slice assignment and deletion.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[:], a[-3:], a[:-3], a[-5:-2])
print(a[::2], a[1::3], a[::-1], a[8:2:-2], a[-1:-4:-1], a[::-3])
print(a[100:], a[-100:2], a[5:2], a[2:5:-1], a[3:3])
s = "abcdefgh"
print(s[1:4], s[::-1], s[::2], s[-3:], s[:0], s[10:])
t = (0, 1, 2, 3, 4)
print(t[1:3], t[::-1], t[::2], type(t[1:2]))
r = range(10)
print(r[2:8:2], list(r[::-2]))
sl = slice(1, 8, 3)
print(sl, a[sl], sl.start, sl.stop, sl.step, slice(5), slice(None, None, -1))
print(slice(1, 10, 2).indices(5), a[slice(None, 3)])
b = a[:]
print(b is a, b == a)
b[2:5] = ["x", "y"]
print(b)
b[:0] = [-1]
print(b)
b[len(b):] = [100, 101]
print(b)
b[::2] = "ABCDEF"
print(b)
b[1:3] = []
print(b)
c = list(range(10))
del c[::3]
print(c)
del c[1:3]
print(c)
del c[:]
print(c)
d = list(range(6))
d[::-2] = [0, 0, 0]
print(d)
d[2:2] = (7, 8)
print(d)
try:
    d[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a["x":]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[1:2] = (5,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[1:2]
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
class OnlySet:
    def __setitem__(self, key, value):
        print("set", key, value)
only = OnlySet()
only[0] = 1
for target in ["s[0]", "s['x']", "(1)[0]", "{1}[0]", "Plain()[0]", "Plain()['k']", "only[0]", "len[0]"]:
    try:
        exec("del " + target)
    except (TypeError, AttributeError) as e:
        print(f"del {target:12} {type(e).__name__}: {e}")
for target in ["s[0]", "(1)[0]", "{1}[0]", "Plain()[0]", "Plain()['k']"]:
    try:
        exec(target + " = 1")
    except TypeError as e:
        print(f"{target:12} = 1 {type(e).__name__}: {e}")
