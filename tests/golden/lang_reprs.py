# The reprs of functions, methods, descriptors, iterators and views (addresses normalised).
import gc
def outer():
    def inner(): pass
    return inner
class K:
    def m(self): pass
    @classmethod
    def c(cls): pass
    @staticmethod
    def s(): pass
    @property
    def p(self): return 1
k = K()
for obj in [outer, outer(), lambda: 0, K, K.m, k.m, K.c, K.s, K.p, k.c, [].append, "".join, len, print,
            int.__add__, (1).__add__, object.__init__, k.__init__, type, None.__class__, NotImplemented, ..., gc.collect,
            iter([]), iter(()), iter({}), iter(set()), iter(""), iter(range(3)), reversed([]), enumerate([]), zip(), map(len, []), filter(None, []),
            (x for x in []), {}.keys(), {}.values(), {}.items(), range(0, 5, 2), slice(1, 2), super(K, k), property(), classmethod(len), staticmethod(len)]:
    r = repr(obj)
    print(r)
