# Exceptions raised by weak reference callbacks are reported and ignored.
import gc
import weakref
class Thing:
    pass
def bad_callback(ref):
    raise ValueError("callback failed")
t = Thing()
r = weakref.ref(t, bad_callback)
del t
print("after del, ref is", r())
u = Thing()
u.self = u
r2 = weakref.ref(u, bad_callback)
del u
gc.collect()
print("after collect, ref is", r2())
def deep(ref):
    deep(ref)
v = Thing()
r3 = weakref.ref(v, deep)
del v
print("recursion in a callback is reported too")
w = Thing()
p = weakref.proxy(w, lambda p: 1 / 0)
del w
try:
    p.x
except ReferenceError as e:
    print("ReferenceError:", e)
print("end")
