# Iteration order of set displays: CPython builds a display of more than two
# constants from a frozenset constant, and merges `*other` sets table-wise.
print({-1, -2, 7, 15, 23, 31})
print({16, 8, 0, 32, 64, 1})
print({1, 2})
x = 5
print({x, 100, -3})
print({*{3, 1, 2}, 9})
print({*range(20, 0, -3), *[40, 8]})
def f():
    return {10, 20, 30}
print(f() is f(), f() == {30, 20, 10})
