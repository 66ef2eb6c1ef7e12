# A failed store of `t[i] op= v` is reported at the target, with its carets.


def bump(t, i, k):
    t[i] += k * 2.0
    return t


print(bump([1.0, 2.0], 1, 0.5))
bump((1.0, 2.0), 0, 0.5)
