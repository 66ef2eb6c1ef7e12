# Tuple equality as dict and set lookups use it: items are compared in
# order until a pair differs, even when the lengths differ (tuple's ==
# compares items before lengths), identity first, and an item's __eq__
# that changes the dict makes the lookup start again.
class Loud:
    def __init__(self, name, h=7):
        self.name = name
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("eq", self.name, getattr(other, "name", other))
        return isinstance(other, Loud) and self.name == other.name


a, b, c = Loud("a"), Loud("b"), Loud("c")
print((a, b) == (Loud("a"), Loud("b"), c))
print((a, b) == (a, Loud("x")))
print((a,) != (Loud("a"),))
print((a, 1) < (Loud("a"), 2))
print((1, 2.0, "x") == (1, 2, "x"), (1, -0.0) == (1, 0.0), (float("nan"),) == (float("nan"),))
nan = float("nan")
print((nan,) == (nan,))

# dict lookups with tuple keys whose items are equal but not identical
d = {(10**6, "k" * 3): "big", (1.5, 2): "float", ((1, 2), (3, 4)): "nested"}
key = (10**6 + int("0"), "".join(["k", "kk"]))
print(d[key], d[(1.5, 2.0)], d[((1, 2), (3, 4))], d.get((10**6, "kkkk")))
s = {(10**6, 2), (3, 4)}
print((10**6 + int("0"), 2) in s, (3, 5) in s)

# Equal hashes, different tuples: __eq__ runs for the items.
d = {(Loud("p", 1), 1): "p"}
print(d.get((Loud("p", 1), 1)), d.get((Loud("q", 1), 1)))
s = {(Loud("p", 1), 1)}
print((Loud("p", 1), 1) in s, (Loud("q", 1), 1) in s)


# An __eq__ that empties the dict: the lookup starts again and misses.
class Mutator:
    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return 5

    def __eq__(self, other):
        print("mutating")
        self.target.clear()
        return True


d = {}
d[(Mutator(d), 1)] = "m"
print(d.get((Mutator({}), 1), "missing"), len(d))


class Boom:
    def __hash__(self):
        return 3

    def __eq__(self, other):
        raise ValueError("boom")


d = {(Boom(), 1): 1}
try:
    d[(Boom(), 1)]
except ValueError as e:
    print("ValueError", e)
t = (Boom(),)
print(d.get(t, "same object? no"), {t: 1}[t])
