# weakref.WeakMethod: rebuilt bound methods, equality, callback when the instance dies
import weakref, gc
class A:
    def m(self): return 'm called'
a = A()
wm = weakref.WeakMethod(a.m)
print(wm()(), wm() == a.m, hash(wm) == hash(a))
print(wm == weakref.WeakMethod(a.m), wm != weakref.WeakMethod(a.m))
calls = []
wm2 = weakref.WeakMethod(a.m, calls.append)
del a
print(wm(), calls == [wm2], wm == wm, len(calls))
try: weakref.WeakMethod(len)
except TypeError as e: print(e)
try: weakref.WeakMethod(1)
except TypeError as e: print(e)
print(isinstance(wm, weakref.ref), weakref.WeakMethod.__module__, weakref.WeakMethod.__name__)
