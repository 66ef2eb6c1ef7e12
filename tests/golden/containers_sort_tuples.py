# Sorting tuples and comparing scalars: the first differing items decide,
# lengths break ties, NaN and mixed types behave as in CPython, and user
# comparisons inside tuples are honoured (and may fail).
import math

rows = [("b", 2, 1.5), ("a", 3), ("b", 1, 9.0), ("a", 3, 0.0), ("b", 2, -1.0), ("a",), ()]
print(sorted(rows))
print(sorted(rows, reverse=True))
print(sorted([(1, "x"), (1, "é"), (1, "e"), (0, "z")]))
print(sorted([(2, 1), (1, 2), (1, 1)], key=lambda t: (t[1], t[0])))

nan = float("nan")
print(sorted([(1.0, "a"), (nan, "b"), (0.5, "c")])[0][1], (nan, 1) < (nan, 2), (nan,) == (nan,))
x = (nan,)
print(x == x, [nan] == [nan], nan == nan)
print((1, 2) < (1, 2, 0), (1, 2) <= (1, 2), (3,) > (2, 9), ("a", 1) >= ("a", 1))
print(10**20 > 10**19, (10**20, 1) < (10**20, 2), -0.0 == 0.0, "abc" < "abd", "Z" < "a", "é" > "z")
print(sorted([3, 1, 2]), sorted(["b", "a"]), sorted([2.5, -1.0]), sorted([True, 0, 2]))


class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        print("lt", self.n, other.n)
        return "yes" if self.n < other.n else ""

    def __repr__(self):
        return f"V{self.n}"


print(sorted([(1, Version(2)), (1, Version(1)), (0, Version(5))]))
print((1, Version(1)) < (1, Version(2)))

try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([(1,), 1])
except TypeError as e:
    print("TypeError:", e)
try:
    print((1, 2) < (1, "2"))
except TypeError as e:
    print("TypeError:", e)
print(min([("b", 1), ("a", 2)]), max([(1, 2), (1, 3)]))
