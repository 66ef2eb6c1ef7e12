# sys: version, limits, streams, getrefcount, intern, exit; gc: cycles, __del__, collect counts, callbacks, resurrection
import sys, gc, weakref
def tryit(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__ + ':', e)
print(len(sys.argv), sys.argv[0].endswith('mod_sys_gc.py'))
print(sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info.major)
print(sys.platform, sys.byteorder, sys.maxsize)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.getrecursionlimit())
sys.setrecursionlimit(500); print(sys.getrecursionlimit()); sys.setrecursionlimit(1000)
tryit(lambda: sys.setrecursionlimit(0))
print(sys.get_int_max_str_digits())
tryit(lambda: sys.set_int_max_str_digits(5))
print(sys.stdout.write('hello\n'))
sys.stdout.flush()
print(sys.stdout, sys.stderr, sys.stdin)
x = object()
print(sys.getrefcount(x))
y = [x, x]
print(sys.getrefcount(x))
s1 = sys.intern('hello world!'); s2 = sys.intern('hello world!'.upper().lower())
print(s1 is s2)
tryit(lambda: sys.intern(1))
tryit(lambda: sys.exit('bye'))
print(type(sys.modules).__name__, 'sys' in sys.modules, type(sys.path).__name__)
print(sys.implementation.name == 'minipy' or sys.implementation.name == 'cpython')
class Node:
    def __init__(self, name): self.name = name
    def __del__(self): print('del', self.name)
gc.collect()
a = Node('a'); b = Node('b'); a.o = b; b.o = a
del a, b
print('collect', gc.collect())
l = []; l.append(l); del l
print('collect', gc.collect())
print(gc.isenabled(), gc.get_threshold())
gc.disable(); print(gc.isenabled()); gc.enable()
tryit(lambda: gc.collect(5))
print(gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked({}), gc.is_tracked({'a': []}))
x = [1]; yy = [x]
print(yy in gc.get_referrers(x))
print(gc.get_referents([1, 'a']))
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))
print(gc.garbage, gc.callbacks)
cb_log = []
gc.callbacks.append(lambda phase, info: cb_log.append((phase, info['generation'])))
gc.collect(1)
print(cb_log)
gc.callbacks.clear()
class R:
    def __del__(self):
        print('resurrect'); keep.append(self)
keep = []
r = R(); r.me = r; del r
print(gc.collect(), len(keep), gc.is_finalized(keep[0]))
keep.clear(); print(gc.collect())
