# A tuple display evaluates its items left to right, then makes the tuple;
# when an item fails, the items already made are released last to first.
import gc
import sys


class Tracked:
    def __init__(self, tag):
        self.tag = tag
        print("make", tag)

    def __del__(self):
        print("free", self.tag)


def fails_midway():
    try:
        return (Tracked(1), Tracked(2), 1 // 0, Tracked(3))
    except ZeroDivisionError as e:
        print("caught", e)


fails_midway()


def pair(a, b):
    return (a, b)


t = pair(Tracked("a"), Tracked("b"))
print(type(t).__name__, len(t), t[0].tag, t[1].tag)
print(sys.getrefcount(t), gc.is_tracked(t))
del t
print("after del")

x = 7
nested = (x, (x, x + 1), [x], "s")
print(nested, gc.is_tracked(nested), gc.is_tracked(nested[1]))
many = (x, x, x, x, x, x, x, x, x, x, x)
print(len(many), many.count(7))
star = (*[1, 2], x)
print(star)


def unbound():
    try:
        return (1, later)
    except NameError as e:
        print(type(e).__name__, e)
    later = 2


unbound()
