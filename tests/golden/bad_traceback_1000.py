# An exception raised 990 frames down: the traceback shows every frame,
# with runs of the same line folded into "[Previous line repeated N more times]".
import sys
def down(n):
    if n == 0:
        raise ValueError("bottom reached")
    return down(n - 1)
def a(n):
    return b(n)
def b(n):
    return a(n - 1) if n > 0 else down(3)
try:
    down(990)
except ValueError as e:
    depth = 0
    tb = e.__traceback__
    while tb:
        depth += 1
        tb = tb.tb_next
    print("frames:", depth)
a(20)
