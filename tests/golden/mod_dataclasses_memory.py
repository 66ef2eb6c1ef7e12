# dataclass instances in memory lessons: cycles found by the collector with __del__,
# slots=True (no __dict__, no weak references), refcounts, enum members as singletons.
import gc, sys, weakref
from dataclasses import dataclass, field
from enum import Enum

@dataclass
class Node:
    name: str
    peer: "Node" = None
    def __del__(self):
        print('del', self.name)

a, b = Node('a'), Node('b')
a.peer, b.peer = b, a
r = weakref.ref(a)
del a, b
print('before collect', r() is not None)
print('collected', gc.collect() >= 2, r())

@dataclass(slots=True)
class Slim:
    x: int
    y: int

s = Slim(1, 2)
try:
    weakref.ref(s)
except TypeError as e:
    print('TypeError:', e)
print(hasattr(s, '__dict__'), Slim.__slots__, sys.getrefcount(s))

@dataclass
class Plain:
    x: int
p = Plain(1)
print(sys.getrefcount(p), p.__dict__, vars(p))

class Color(Enum):
    RED = 1
c = Color.RED
w = weakref.ref(c)
del c
print(w() is Color.RED, Color(1) is Color.RED, id(Color['RED']) == id(Color.RED))

@dataclass(frozen=True)
class FP:
    x: int
fp = FP(1)
w2 = weakref.ref(fp)
del fp
print(w2())
