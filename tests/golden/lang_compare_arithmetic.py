# Comparisons of arithmetic and attributes in conditions (`x % 2 == 0`,
# `a.x < b.x`, `row[i] >= 0.5`), read without evaluating when they can be:
# ints, floats, mixed, big ints, NaN and other types all answer as CPython.


class P:
    def __init__(self, x):
        self.x = x


def classify(values, k):
    out = []
    for v in values:
        p = P(v)
        row = [v, k]
        tags = []
        if v % 2 == 0:
            tags.append("even")
        if p.x * 2 > k:
            tags.append("big")
        if row[0] <= row[1]:
            tags.append("le")
        if p.x != p.x:
            tags.append("nan")
        if p.x - k == 0:
            tags.append("k")
        out.append((v, tags))
    return out


print(classify([1, 2, 3, 4], 4))
print(classify([1.5, 2.0, 2.5, float("nan"), float("inf")], 2.0))
print(classify([2**63, -2**63, 2**64 + 1, 7], 2**62))
print(classify([1, 2.0, True, 3], 2))
for values, k in (([1, 2], 1), (["a"], 1), ([[1]], 1)):
    try:
        print(classify(values, k))
    except TypeError as e:
        print("TypeError:", e)


# a comparison whose operands change kind after many rounds
def count(xs, t):
    n = 0
    for x in xs:
        if x * 1 < t:
            n += 1
    return n


print(count(list(range(40)), 20), count([0.5] * 30 + [10**30] * 5, 1), count(["a", "b"] * 20, "b"))
print(count(list(range(40)), 20.5), count([1] * 20, True))
