# Arithmetic on a closure's variables (cells): `count += step` and
# `x + n` read numbers straight from the cells; every other kind of value,
# an empty cell and an error go the general way.
import sys


def make_counter(start, step):
    count = start

    def inc():
        nonlocal count
        count += step
        return count
    return inc


def make_adder(n):
    return lambda x: x + n * 2 - n


def make_mixed():
    total = 0
    half = 0.5
    big = 2 ** 62

    def run(k):
        nonlocal total
        total += k
        total *= 3
        total -= half
        total //= 1
        total += big
        total %= 1000003
        total **= 2
        total = int(total) % 97 + k
        return total, total < k, total == k, -total
    return run


def make_text():
    s = ""
    part = "ab"

    def grow(times):
        nonlocal s
        for _ in range(times):
            s += part
        return s
    return grow


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        self.items.append(other)
        return self


def make_objects():
    acc = Acc()
    step = 2.5

    def add():
        nonlocal acc
        acc += step
        return acc.items
    return add


def make_deleted():
    value = 1

    def bump():
        nonlocal value
        value += 1
        return value

    def drop():
        nonlocal value
        del value
    return bump, drop


def make_flags():
    flag = True
    other = True

    def update():
        nonlocal flag
        flag &= other
        first = flag
        flag += other
        return first, flag
    return update


def make_failing():
    n = 10
    zero = 0

    def div():
        nonlocal n
        n //= zero
    return div


print(make_flags()())
c = make_counter(0, 3)
print([c() for _ in range(5)])
big = make_counter(2 ** 62, 2 ** 62)
print(big(), big(), type(big()))
f = make_counter(1.5, 0.25)
print(f(), f(), f())
print([make_adder(k)(10) for k in range(-3, 4)])
print(make_adder(1.5)(2), make_adder(10 ** 20)(1))
run = make_mixed()
print([run(k) for k in range(6)])
grow = make_text()
print(grow(3), grow(2))
add = make_objects()
print(add(), add())
bump, drop = make_deleted()
print(bump(), bump())
drop()
try:
    bump()
except NameError as e:
    print("NameError:", e)

counter = make_counter(1000, 1)
counter()
held = counter.__closure__[0].cell_contents
print(sys.getrefcount(held), counter() - held)
small = make_counter(0, 1)
one = 1
print(small() is one, [small() for _ in range(3)])

make_failing()()
