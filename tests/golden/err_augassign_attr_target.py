# A failed read of `o.x op= v` is reported at the target, with its carets.


class Slotted:
    __slots__ = ("x",)


def bump(o, k):
    o.x += k * 2.0
    return o.x


s = Slotted()
s.x = 1.0
print(bump(s, 0.5))
del s.x
bump(s, 0.5)
