# deque against a list model: random operations (every method, maxlen, block
# edges), then comparisons and removals whose __eq__ changes the deque, __del__
# that appends during clear(), cycles, and tuple/bytes subclass instances.
import random, gc, sys, copy, weakref
from collections import deque, defaultdict, namedtuple, OrderedDict, Counter
random.seed(5); rng = random
for trial in range(60):
    maxlen = rng.choice([None, 0, 1, 3, 64, 65, 130])
    d = deque(maxlen=maxlen)
    model = []
    def trim_right():
        while maxlen is not None and len(model) > maxlen: model.pop()
    def trim_left():
        while maxlen is not None and len(model) > maxlen: model.pop(0)
    for step in range(rng.randint(1, 400)):
        op = rng.randrange(14)
        x = rng.randrange(1000)
        if op == 0: d.append(x); model.append(x); trim_left()
        elif op == 1: d.appendleft(x); model.insert(0, x); trim_right()
        elif op == 2 and model: assert d.pop() == model.pop()
        elif op == 3 and model: assert d.popleft() == model.pop(0)
        elif op == 4:
            items = list(range(rng.randrange(150)))
            d.extend(items); model.extend(items); trim_left()
        elif op == 5:
            items = list(range(rng.randrange(150)))
            d.extendleft(items); model[:0] = items[::-1]; trim_right()
        elif op == 6:
            n = rng.randrange(-300, 300); d.rotate(n)
            if model:
                n %= len(model); model[:] = model[-n:] + model[:-n] if n else model
        elif op == 7 and model:
            i = rng.randrange(-len(model), len(model)); assert d[i] == model[i]; d[i] = x; model[i] = x
        elif op == 8 and model:
            i = rng.randrange(-len(model), len(model)); del d[i]; del model[i]
        elif op == 9:
            if maxlen is None or len(model) < maxlen:
                i = rng.randrange(-len(model) - 2, len(model) + 2); d.insert(i, x); model.insert(i, x)
        elif op == 10 and model:
            v = rng.choice(model); d.remove(v); model.remove(v)
        elif op == 11: d.reverse(); model.reverse()
        elif op == 12:
            if rng.random() < 0.1: d.clear(); model.clear()
        elif op == 13:
            d = d.copy() if rng.random() < 0.5 else copy.deepcopy(d)
        assert list(d) == model, (trial, step, op)
        assert len(d) == len(model)
    assert list(reversed(d)) == model[::-1]
    if model:
        assert d.count(model[0]) == model.count(model[0])
        assert d.index(model[-1]) == model.index(model[-1])
    d2 = d * 3; d2 *= 2; d2 += d; d3 = d + d
    assert (d == d.copy()) and not (d < d.copy())
print("model ok")

class Evil:
    def __init__(self, dq): self.dq = dq
    def __eq__(self, other):
        self.dq.clear()
        return False
for meth in ("count", "index", "remove", "__contains__"):
    dq = deque()
    dq.extend([Evil(dq) for _ in range(5)] + [1])
    try:
        getattr(dq, meth)(1)
    except (RuntimeError, ValueError, IndexError) as e:
        print(meth, type(e).__name__, e)
a = deque([Evil(None)]); 
class E2:
    def __init__(self, dq): self.dq = dq
    def __eq__(self, o): self.dq.append(1); return True
dq = deque(); dq.append(E2(dq)); dq2 = deque([0])
try: print(dq == dq2)
except RuntimeError as e: print("cmp", e)
class Del:
    def __init__(self, dq): self.dq = dq
    def __del__(self):
        self.dq.append(len(self.dq))
dq = deque()
dq.extend(Del(dq) for _ in range(3))
dq.clear(); print(list(dq))
dq = deque(range(100)); it = iter(dq); next(it); dq.append(1)
try: next(it)
except RuntimeError as e: print(e)
for _ in range(3):
    n = deque(); n.append(n); w = weakref.ref(n); del n; gc.collect(); assert w() is None
P = namedtuple("P", "a b")
class T(tuple): pass
class B(bytes): pass
objs = []
for i in range(2000):
    t = T(range(i % 50)); t.attr = [t]; objs.append(t)
    b = B(b"x" * (i % 70)); b.attr = {i: b}; objs.append(b)
    p = P(i, [i]); objs.append(p)
del objs; print(gc.collect() > 0)
dd = defaultdict(list)
for i in range(5000): dd[i % 37].append(i)
od = OrderedDict((i, i) for i in range(300))
for i in range(300): od.move_to_end(i % 17, last=bool(i % 2))
print(len(od), sum(map(len, dd.values())), Counter(range(50)).most_common(2))
print("done")
