# sys.getrefcount: names, containers, attributes and function arguments add references.
import sys
class Thing:
    pass
t = Thing()
print("one name:", sys.getrefcount(t))
alias = t
print("two names:", sys.getrefcount(t))
holder = [t, t, t]
print("plus three list slots:", sys.getrefcount(t))
mapping = {"k": t}
print("plus a dict value:", sys.getrefcount(t))
other = Thing()
other.attr = t
print("plus an attribute:", sys.getrefcount(t))
pair = (t, 0)
print("plus a tuple slot:", sys.getrefcount(t))
del alias
holder.pop()
print("after del and pop:", sys.getrefcount(t))
holder.clear()
mapping.clear()
del other.attr
pair = None
print("back to one name:", sys.getrefcount(t))
def inside(obj):
    return sys.getrefcount(obj)
print("inside a function (parameter + caller's argument):", inside(t))
def nested(obj):
    local = obj
    return sys.getrefcount(obj)
print("with an extra local:", nested(t))
items = [Thing() for _ in range(3)]
print("list element:", sys.getrefcount(items[0]))
x = items[0]
print("element and a name:", sys.getrefcount(x))
def keep(obj, store=[]):
    store.append(obj)
keep(t)
keep(t)
print("stored twice in a default list:", sys.getrefcount(t))
class Node:
    def __init__(self):
        self.children = []
root = Node()
child = Node()
root.children.append(child)
child.parent = root
print("root:", sys.getrefcount(root), "child:", sys.getrefcount(child))
f = lambda: t
print("a closure over a global does not add one:", sys.getrefcount(t))
def make_closure():
    captured = Thing()
    def inner():
        return captured
    return inner, captured
fn, cap = make_closure()
print("captured in a cell:", sys.getrefcount(cap))
it = iter([t])
print("held by a list inside an iterator:", sys.getrefcount(t))
next(it)
del it
print("after the iterator is gone:", sys.getrefcount(t))
