# What copies hold on to: reference counts of shared items after a shallow
# copy, weak references to originals and copies, and the cycle collector
# finding deep copies of reference cycles.
import copy
import gc
import sys
import weakref


class Item:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Item({self.name!r})"


a = Item("a")
print(sys.getrefcount(a))
box = [a]
print(sys.getrefcount(a))
shallow = copy.copy(box)
print(sys.getrefcount(a), shallow[0] is a)
deep = copy.deepcopy(box)
print(sys.getrefcount(a), sys.getrefcount(deep[0]), deep[0] is a)

# The memo and the list that keeps originals alive are gone after the call.
r = weakref.ref(deep[0])
del deep
print(r())

# A copy outlives its original.
orig = Item("orig")
dup = copy.copy(orig)
w_orig = weakref.ref(orig)
w_dup = weakref.ref(dup)
del orig
print(w_orig(), w_dup())
del dup
print(w_dup())


# Deep copies of a reference cycle are a cycle of their own.
class Node:
    def __init__(self, label):
        self.label = label
        self.other = None


gc.collect()
first = Node("first")
second = Node("second")
first.other = second
second.other = first
twin = copy.deepcopy(first)
print(twin.other.other is twin, twin.other is second)
watch = weakref.ref(twin)
del first, second
print(gc.collect())
print(watch() is twin)
del twin
print(watch() is not None)
print(gc.collect())
print(watch())

# deepcopy with an explicit memo keeps the copies (and originals) alive.
memo = {}
src = [Item("kept")]
out = copy.deepcopy(src, memo)
w_src = weakref.ref(src[0])
del src, out
print(w_src(), len(memo))
memo.clear()
print(w_src())
