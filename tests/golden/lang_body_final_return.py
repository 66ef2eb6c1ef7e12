# A function body's final `return value` (evaluated by the body itself, not
# by a return statement node): values, errors with their traceback lines,
# refcounts held while it runs, and deep recursion through it.
import sys


def down(n):
    if n == 0:
        return 0
    return n + down(n - 1)


def depth(node):
    if not node:
        return 0
    return 1 + depth(node[0])


class Walker:
    def count(self, n):
        if n == 0:
            return 0
        return 1 + self.count(n - 1)


def fails_at_end(x):
    y = x * 2
    return y + undefined_name  # noqa: F821


def divides(a, b):
    q = a
    return (q
            // b)


def holds(x):
    first = x
    return sys.getrefcount(x)


def returns_none():
    x = 1
    return


def ends_in_expression():
    x = 1
    x + 1


sys.setrecursionlimit(20000)
print(down(10), down(15000))
nested = []
for _ in range(15000):
    nested = [nested]
print(depth(nested))
print(Walker().count(15000))
print(returns_none(), ends_in_expression())
obj = object()
print(holds(obj) - sys.getrefcount(obj))

for call in (lambda: fails_at_end(3), lambda: divides(7, 0)):
    try:
        call()
    except Exception as e:
        entries = []
        tb = e.__traceback__.tb_next
        while tb is not None:
            entries.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        print(type(e).__name__, e, entries)


def deep(n):
    x = n
    return deep(n + 1)


sys.setrecursionlimit(3000)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)
divides(1, 0)
