# groupby as scripts use it (sorted records grouped by a key), and the
# lifetime rules of its groups: a group read after the groupby moved on
# is empty, and a group keeps its groupby alive.
import gc
from itertools import groupby
from operator import itemgetter

print([k for k, g in groupby("AAAABBBCCDAABBB")])
print([list(g) for k, g in groupby("AAAABBBCCD")])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])

people = [("ann", "sales"), ("bob", "dev"), ("cid", "sales"), ("dan", "dev"), ("eve", "ops")]
people.sort(key=itemgetter(1))
for dept, members in groupby(people, key=itemgetter(1)):
    print(dept, [name for name, _ in members])

words = ["apple", "avocado", "banana", "blueberry", "cherry"]
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))

# Run-length encoding and decoding.
def rle(text):
    return [(ch, sum(1 for _ in grp)) for ch, grp in groupby(text)]
encoded = rle("WWWWBBBWWCC")
print(encoded, "".join(ch * n for ch, n in encoded))

# Groups are only valid until the groupby advances.
groups = [(k, g) for k, g in groupby("aabbbc")]
print([(k, list(g)) for k, g in groups])
gb = groupby("xxyz")
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))

# Keeping the groups means copying them out.
kept = {k: list(g) for k, g in groupby(sorted("mississippi"))}
print(kept)

# Keys compared with ==: 1, 1.0 and True fall in one group.
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2, 2.0])])
print([(k, list(g)) for k, g in groupby(range(10), key=lambda n: n // 3)])
print(list(groupby([])), type(groupby("a")).__name__, type(next(groupby("a"))[1]))

# A group holds its groupby: deleting the groupby leaves the group readable.
gb = groupby([1, 1, 2])
key, grp = next(gb)
del gb
print(key, list(grp))
gc.collect()
print(gc.get_referents(next(groupby([5]))[1])[1:])

# A key function that fails, and items that cannot be compared.
def bad_key(x):
    if x == 3:
        raise ValueError("no key for 3")
    return x
try:
    print([(k, list(g)) for k, g in groupby([1, 2, 3, 4], bad_key)])
except ValueError as e:
    print("ValueError:", e)

class NoEq:
    def __eq__(self, other):
        raise RuntimeError("cannot compare")
try:
    list(groupby([NoEq(), NoEq()]))
except RuntimeError as e:
    print("RuntimeError:", e)
