# itertools' combinatoric iterators: the orders CPython produces, the
# documented counts, and the result tuple they reuse when it is let go.
import math
from itertools import combinations, combinations_with_replacement, permutations, product

print(list(product("AB", "xy")))
print(list(product(range(2), repeat=3)))
print(list(product("ab", [1], repeat=2)))
print(list(product()), list(product([])), list(product("ab", [])), list(product("ab", repeat=0)))
print(list(permutations("ABC")))
print(list(permutations(range(4), 2)))
print(list(permutations("AB", 3)), list(permutations([], 0)), list(permutations([])), list(permutations("AB", 0)))
print(list(permutations("abc", r=None)))
print(list(combinations("ABCD", 2)))
print(list(combinations(range(4), 3)), list(combinations("AB", 3)), list(combinations("AB", 0)))
print(list(combinations_with_replacement("ABC", 2)))
print(list(combinations_with_replacement([], 0)), list(combinations_with_replacement([], 2)),
      list(combinations_with_replacement("A", 3)))

# The counts the documentation gives.
n, r = 6, 3
print(len(list(permutations(range(n), r))) == math.factorial(n) // math.factorial(n - r))
print(len(list(combinations(range(n), r))) == math.comb(n, r))
print(len(list(combinations_with_replacement(range(n), r))) == math.comb(n + r - 1, r))
print(len(list(product(range(n), repeat=r))) == n ** r)

# Solving a puzzle by brute force: SEND + MORE = MONEY in a small form.
def solve():
    for a, b, c in permutations(range(1, 10), 3):
        if 10 * a + b + 10 * b + c == 10 * c + a + 100 and a != 0:
            return a, b, c
print(solve())

# A powerset and the subsets that sum to a target.
def powerset(items):
    s = list(items)
    for r in range(len(s) + 1):
        yield from combinations(s, r)
print(list(powerset([1, 2, 3])))
print([c for c in powerset([3, 34, 4, 12, 5, 2]) if sum(c) == 9])

# A result is reused when nobody keeps it, copied when someone does.
# (Compared by identity in place, not by how many addresses a loop saw:
# that also depends on whether the allocator hands a freed block back.)
it = product("ab", repeat=2)
t = next(it)
first_id = id(t)
del t
print(id(next(it)) == first_id)
kept = list(combinations("abcd", 2))
print(len({id(t) for t in kept}), kept[0], kept[-1])
p = permutations("ab")
first = next(p)
second = next(p)
print(first, second, first is second)

# Pools are read once, when the iterator is made.
def gen():
    print("  reading the pool")
    yield from "xyz"
c = combinations(gen(), 2)
print("made")
print(next(c))

# Sizes: the index arrays are counted in __sizeof__.
class P(product):
    pass
print(type(P("ab")).__name__, list(P("ab", repeat=1)))
print(product("ab", "cd").__sizeof__() - product("ab").__sizeof__(),
      permutations("abc", 2).__sizeof__() - permutations("ab", 1).__sizeof__(),
      combinations("abcd", 3).__sizeof__() - combinations("abcd", 1).__sizeof__())
