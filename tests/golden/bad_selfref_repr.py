# Containers that hold themselves print as [...] / {...}.
a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
d = {"k": 1}
d["self"] = d
print(d)
b = [a, d]
d["b"] = b
print(b)
print(d)
class Node:
    def __init__(self):
        self.children = [self]
    def __repr__(self):
        return "Node(%r)" % self.children
try:
    print(Node())
except RecursionError as e:
    print("RecursionError:", e)
t = ([],)
t[0].append(t)
print(t)
s = {1}
l = [s]
print(l)
x = []
y = [x]
x.append(y)
print(x, y)
print(a == a, d == d)
print(f"{a!r} {d}")
print("%s %r" % (a, d))
print(str(d.keys()), d.values(), d.items())
e = {}
e[1] = e.values()
print(e)
f = {}
f[1] = f.items()
print(f)
