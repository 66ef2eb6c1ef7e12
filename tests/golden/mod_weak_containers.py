# weakref: WeakValueDictionary, WeakKeyDictionary, WeakSet entries vanish with their referents; proxy, getweakrefs; finalize (including at exit)
import weakref, gc
def tryit(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__ + ':', e)
class A:
    def __init__(self, n): self.n = n
    def __repr__(self): return 'A(%d)' % self.n
a, b, c = A(1), A(2), A(3)
d = weakref.WeakValueDictionary()
d['a'] = a; d['b'] = b; d[3] = c
print(len(d), sorted(map(str, d.keys())), 'a' in d, d['a'])
del a
print(len(d), 'a' in d, d.get('a', 'gone'))
tryit(lambda: d['a'])
print(sorted(map(str, d)), sorted(d.values(), key=lambda x: x.n), sorted(((str(k), v) for k, v in d.items())))
print(d.pop('b'), len(d))
tryit(lambda: d.pop('zz'))
print(d.setdefault(3, None), d.setdefault(4, b))
print(dict(d.items()) == {3: c, 4: b}, d == {3: c, 4: b})
d2 = d.copy(); print(type(d2).__name__, len(d2))
print(repr(d)[:21])
tryit(lambda: hash(d))
tryit(lambda: d.__setitem__(1, 2))
dd = d | {5: A(5)}
print(len(dd))
k = weakref.WeakKeyDictionary()
k[b] = 'bee'; k[c] = 'sea'
print(len(k), k[b], b in k, 1 in k)
del b
print(len(k), list(k.values()))
a9 = A(9)
tryit(lambda: k[a9])
print(repr(k)[:19])
s = weakref.WeakSet()
x1, x2 = A(10), A(11)
s.add(x1); s.add(x2)
print(len(s), x1 in s, 5 in s)
del x2
print(len(s), list(s))
tryit(lambda: weakref.WeakSet().pop())
tryit(lambda: weakref.WeakSet([1]))
r = weakref.ref(c)
print(weakref.getweakrefcount(c), weakref.getweakrefs(c) == [r], r() is c)
p = weakref.proxy(c)
print(p.n, p)
del c
tryit(lambda: p.n)
print(r)
e = A(20)
f = weakref.finalize(e, print, 'finalized', 20)
print(f.alive, f.atexit, f.peek()[1:])
del e
print(f.alive)
g = A(21)
f2 = weakref.finalize(g, print, 'at exit', end='!\n')
f3 = weakref.finalize(g, print, 'not at exit'); f3.atexit = False
f4 = weakref.finalize(g, print, 'detached'); print(f4.detach()[1:])
print('end of script')
