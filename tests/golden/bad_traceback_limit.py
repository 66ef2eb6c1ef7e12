# More frames than the recursion limit allows by default: raise the limit,
# fail 1,500 frames down; the printed traceback is cut to the last 1,000
# entries (sys.tracebacklimit's default).
import sys
sys.setrecursionlimit(2000)
def f(n):
    if n == 0:
        raise KeyError("deep")
    return f(n - 1)
print("limit", sys.getrecursionlimit())
f(1500)
