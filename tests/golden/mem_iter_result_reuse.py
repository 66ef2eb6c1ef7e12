# The iterators that hand out a tuple per step -- dict items, enumerate,
# zip and the itertools that CPython 3.11 recycles for (zip_longest,
# product, combinations, combinations_with_replacement, permutations) --
# refill their last result when nobody else holds it; pairwise does not in
# 3.11. Ids are compared, never printed.
import gc
import itertools
import sys


def released_pattern(it, n):
    # Each result is dropped before the next step; a tuple of the same
    # length made in between takes the slot a freed result would leave, so
    # only a refilled result keeps its id.
    ids = []
    blocker = None
    for t in it:
        ids.append(id(t))
        del t
        blocker = (None,) * n
    return [i == ids[0] for i in ids]


def held_pattern(it):
    # A result still bound when the next step runs is never refilled.
    kept = list(it)
    return len({id(t) for t in kept}) == len(kept), kept


d = {"a": 1, "b": 2, "c": 3, "d": 4}
cases = [
    ("dict.items", lambda: iter(d.items()), 2),
    ("enumerate", lambda: enumerate("wxyz"), 2),
    ("zip", lambda: zip("wxyz", range(4)), 2),
    ("zip3", lambda: zip("wxyz", range(4), "WXYZ"), 3),
    ("zip_longest", lambda: itertools.zip_longest("wxyz", range(2)), 2),
    ("product", lambda: itertools.product("ab", repeat=2), 2),
    ("combinations", lambda: itertools.combinations("abcd", 2), 2),
    ("combinations_with_replacement", lambda: itertools.combinations_with_replacement("abc", 2), 2),
    ("permutations", lambda: itertools.permutations("abc", 2), 2),
    ("pairwise", lambda: itertools.pairwise("abcde"), 2),
]
for name, make, n in cases:
    print(name, "released:", released_pattern(make(), n))
    distinct, kept = held_pattern(make())
    print(name, "held: distinct", distinct, kept)

# Unpacking drops each pair at once, so the loop refills one tuple; the
# values seen are still every item's.
seen = []
for k, v in d.items():
    seen.append((k, v))
print("unpacked", seen)

# A result kept by the program is never changed afterwards.
it = iter(d.items())
first = next(it)
second = next(it)
print("kept", first, second, first is second)
del second
third = next(it)
print("after del", first, third)

# The iterator holds its last result: one reference more.
it = iter({"k": "v"}.items())
t = next(it)
print("refcount of a result", sys.getrefcount(t))
print("tracked", gc.is_tracked(t))
del t, it


def result_of(it):
    # The iterator's cached tuple, its last tuple referent (zip visits its
    # iterators first).
    found = [o for o in gc.get_referents(it) if type(o) is tuple]
    return found[-1] if found else None


print("referents of a dict item iterator", len(gc.get_referents(iter(d.items()))),
      len(gc.get_referents(iter(d))), len(gc.get_referents(iter(d.values()))))

# A collection untracks a cached result that holds only atoms; refilled,
# it is tracked again (bpo-42536).
atoms = {1: "one", 2: "two", 3: "three"}
for name, it in [("dict.items", iter(atoms.items())), ("enumerate", enumerate("abc")),
                 ("zip", zip("abc", "def"))]:
    t = next(it)
    del t
    gc.collect()
    r = result_of(it)
    print(name, "cached result tracked after collect:", gc.is_tracked(r), r)
    del r
    t = next(it)
    print(name, "refilled result tracked:", gc.is_tracked(t), t)
    del t

# A result that holds a container stays tracked through a collection.
holder = {1: [], 2: []}
it = iter(holder.items())
t = next(it)
del t
gc.collect()
r = result_of(it)
print("container result tracked:", gc.is_tracked(r))
del r, it

# Refcounts of a value after the loop: the iterator's last result holds it
# while the iterator lives.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name

    def __del__(self):
        print("del", self.name)


v = Noisy("v")
dd = {1: v}
it = iter(dd.items())
for k, x in it:
    pass
del k, x
print("refcount of the last value", sys.getrefcount(v))
del it
print("refcount after the iterator", sys.getrefcount(v))
del dd, v

# Destruction order: the iterator drops its dict, then its last result.
dd = {Noisy("k1"): Noisy("v1"), Noisy("k2"): Noisy("v2")}
it = iter(dd.items())
k, x = next(it)
del k, x, dd
print("deleting the iterator")
del it
print("done")

# Refilling releases the previous key and value after storing the new ones.
dd = {Noisy("a"): Noisy("1")}
it = iter(dd.items())
k, x = next(it)
del k, x
dd.clear()
print("cleared; the cached result still holds the last pair")
del it
print("end")
