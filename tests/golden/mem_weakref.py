# weakref.ref: alive while a strong reference exists, dead right after the last one goes.
import weakref
class Resource:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Resource({self.name!r})"
r = Resource("db")
ref = weakref.ref(r)
print("alive:", ref() is r, ref())
print("repr mentions the class:", "to 'Resource'" in repr(ref))
second = r
del r
print("one name left:", ref() is not None)
second = None
print("after the last name is gone:", ref(), "dead" in repr(ref))
def callback(wr):
    print("callback called, target dead:", wr() is None)
c = Resource("cache")
ref2 = weakref.ref(c, callback)
print("weakref count:", weakref.getweakrefcount(c))
c = "rebound"
print("after rebinding")
items = [Resource("in list")]
ref3 = weakref.ref(items[0])
items.pop()
print("popped from list:", ref3())
def scope():
    local = Resource("local")
    return weakref.ref(local)
print("returned from a function:", scope()())
d = {"key": Resource("dict value")}
ref4 = weakref.ref(d["key"])
d["key"] = None
print("value replaced:", ref4())
a = Resource("same")
print("same referent, same ref object:", weakref.ref(a) is weakref.ref(a))
print("refs compare by referent:", weakref.ref(a) == weakref.ref(a), hash(weakref.ref(a)) == hash(a))
try:
    weakref.ref(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.ref([])
except TypeError as e:
    print(type(e).__name__, e)
p = weakref.proxy(a)
print("proxy attribute:", p.name)
del a
try:
    p.name
except ReferenceError as e:
    print(type(e).__name__, e)
cache = weakref.WeakValueDictionary()
v = Resource("weak value")
cache["v"] = v
print("in cache:", list(cache.keys()))
del v
print("cache after del:", list(cache.keys()))
