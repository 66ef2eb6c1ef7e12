# random gives CPython's sequences: MT19937 seeded as CPython seeds it (ints,
# floats, str/bytes through SHA-512), and random.py's algorithms on top;
# Random instances, getstate/setstate, the distributions.
import random
for seed in (0, 1, 42, 2**40 + 7, -5, 2**100, 3.5, "hello", b"bytes", bytearray(b"ba"), "", True):
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(1, 100), random.getrandbits(40), random.getrandbits(100), random.randrange(10**30))
random.seed(7)
print([random.choice("abcdef") for _ in range(5)])
l = list(range(20)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.sample(range(10000), 5))
print(random.choices("abc", k=5), random.choices("abc", weights=[1, 5, 10], k=5))
print(random.uniform(1, 5), random.gauss(0, 1), random.gauss(0, 1), random.gauss(10, 2))
print(random.expovariate(2.0), random.normalvariate(0, 1), random.lognormvariate(0, 0.5), random.triangular(0, 10, 3))
print(random.paretovariate(3), random.weibullvariate(1, 2), random.gammavariate(2.5, 1.0), random.gammavariate(0.5, 2.0), random.gammavariate(1.0, 3.0), random.betavariate(2, 3))
print(random.randbytes(7))
r = random.Random(123)
s = random.Random(123)
print(r.random() == s.random(), r.randint(1, 6), type(r).__name__, isinstance(r, random.Random))
st = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(st)
print(a == [r.random() for _ in range(3)], len(st), st[0], len(st[1]))
random.seed("hello", version=1)
print(random.random())
class MyRandom(random.Random):
    pass
m = MyRandom(5)
print(m.random(), m.randrange(0, 100, 7))
try:
    random.seed([1])
except TypeError as e:
    print(e)
try:
    r.setstate((2, (), None))
except ValueError as e:
    print(e)
