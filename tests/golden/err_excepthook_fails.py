# A sys.excepthook that fails: its error is printed, then the original.
import sys
def bad(t, v, tb):
    raise RuntimeError("hook failed")
sys.excepthook = bad
def f():
    1 / 0
f()
