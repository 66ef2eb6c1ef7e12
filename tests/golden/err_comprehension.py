# Exceptions inside list, dict and generator comprehensions (frames <listcomp> and friends).
def inverses(values):
    return [1 / v for v in values]


print(inverses([1, 2]))
print({k: 10 // k for k in [5, 2, 0]})
