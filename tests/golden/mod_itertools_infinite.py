# itertools' infinite iterators as scripts use them: count for numbering
# and as a zip partner, cycle for round-robin turns, repeat for constant
# streams; their reprs, length hints and how they stop under islice/zip.
import itertools
import operator
from itertools import count, cycle, islice, repeat

# Numbering lines, the classic way.
for n, word in zip(count(1), ["alpha", "beta", "gamma"]):
    print(n, word)

# count with a step, with floats, with negative steps.
print(list(islice(count(10, 5), 4)))
print(list(islice(count(0.5, 0.25), 5)))
print(list(islice(count(3, -1), 5)))
print(list(islice(count(2**64), 2)))

c = count()
print(c, next(c), next(c), c)
print(count(5), count(5, 2), count(1.5), count(1.0, 1), count(1, 1.0), count(2**70), count(-3, 0))
print(count(start=7, step=3), count(step=2))
c = count(2**63 - 2)
print(next(c), next(c), next(c), c)

# A count of Fractions-like objects: anything with + works.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        return Money(self.cents + other.cents)
    def __float__(self):
        return self.cents / 100
    def __repr__(self):
        return f"Money({self.cents})"

print(list(islice(count(Money(100), Money(25)), 3)))

# Round-robin turns.
players = cycle(["Ann", "Bob", "Cid"])
print([next(players) for _ in range(7)])

# cycle saves what it saw the first time round: a generator is read once.
def gen():
    print("  generating")
    yield from "xy"

cy = cycle(gen())
print([next(cy) for _ in range(5)])
print(list(cycle([])))

# repeat: constant arguments for map, padding, and a times count.
print(list(map(pow, range(6), repeat(2))))
print(list(repeat("ab", 3)))
print(list(repeat(None, 0)), list(repeat(1, -4)))
r = repeat("x", 3)
print(r, r.__length_hint__(), next(r), r, r.__length_hint__())
print(repr(repeat([1, 2])), repeat(object=0, times=2))
print(operator.length_hint(repeat(5, 4)), operator.length_hint(repeat(5), 99) if False else "endless")
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print("TypeError:", e)
print(list(zip(range(3), repeat("pad"))))
print(sum(islice(count(1), 100)))

# Subclasses keep the behaviour and show their own name.
class Counter(count):
    pass

class Echo(repeat):
    pass

print(Counter(3), Echo("hi", 2), list(Echo("hi", 2)), type(Counter()).__mro__[1])
print(type(count()), type(cycle([])), type(repeat(1)), count.__module__, count.__name__)
print(isinstance(count(), itertools.count), iter(c) is c)
