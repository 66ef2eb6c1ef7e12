# __del__ that raises: "Exception ignored in", and the program goes on.
import gc
class Bad:
    def __del__(self):
        raise ValueError("from __del__")
b = Bad()
del b
print("after plain del")
c = Bad()
c.me = c
del c
gc.collect()
print("after collect")
class Worse:
    def __del__(self):
        1 / 0
def f():
    w = Worse()
    return 5
print(f())
class NoMsg:
    def __del__(self):
        raise KeyboardInterrupt
n = NoMsg()
n = None
print("after KeyboardInterrupt in __del__")
class Exits:
    def __del__(self):
        raise SystemExit(3)
e = Exits()
del e
print("SystemExit in __del__ is ignored too")
last = Bad()
