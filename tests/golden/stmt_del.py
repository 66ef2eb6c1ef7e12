# del on names, attributes, items, slices and lists of targets; pass.
x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
a, b, c = 1, 2, 3
del a, b
print(c, "a" in globals(), "b" in globals())
lst = list(range(6))
del lst[0], lst[-1]
print(lst)
del lst[1:3]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
class O:
    pass
o = O()
o.x = 1
o.y = 2
del o.x
print(vars(o))
[p, q] = 1, 2
del [p, q]
print("p" in globals())
m = [1, [2, 3]]
del m[1][0]
print(m)
def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(f())
def g():
    pass
class Empty:
    pass
if True:
    pass
for _ in range(2):
    pass
print(g(), Empty)
try:
    del undefined
except NameError as e:
    print(type(e).__name__, e)
def h():
    del undefined_local
    undefined_local = 1
try:
    h()
except UnboundLocalError as e:
    print(type(e).__name__, e)
