# `a, b = x, y` with two or three values: CPython 3.11 makes no tuple, and
# when every target is a distinct local of a function its compiler swaps
# the stores, so the old values die last target first. Module-level
# names, cells, attributes, repeated names and nested targets keep the
# written order.
class Tracked:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("free", self.tag)


def locals_only():
    a, b = Tracked(1), Tracked(2)
    a, b = Tracked(3), Tracked(4)
    print("-- three")
    a, b, c = Tracked(5), Tracked(6), Tracked(7)
    a, b, c = 0, 0, 0
    print("-- same name twice")
    x, x = Tracked(8), Tracked(9)
    x = 0
    print("-- list target")
    [m, n] = Tracked(10), Tracked(11)
    m, n = n, m
    del m
    del n
    print("-- four values build a tuple")
    p, q, r, s = Tracked(12), Tracked(13), Tracked(14), Tracked(15)
    p, q, r, s = 0, 0, 0, 0
    print("-- targets on two lines")
    (u,
     w) = Tracked(16), Tracked(17)
    (u,
     w) = 0, 0
    print("-- fibonacci step")
    f0, f1 = 0, 1
    for _ in range(10):
        f0, f1 = f1, f0 + f1
    print(f0, f1)
    print("end locals_only")


locals_only()


def with_cell_and_attribute():
    class Box:
        pass

    box = Box()
    a, b = Tracked(20), Tracked(21)

    def read():
        return a

    box.v, b = Tracked(22), Tracked(23)
    box.v, b = 0, 0
    a, b = Tracked(24), Tracked(25)
    a, b = 0, 0
    print("end with_cell_and_attribute", read())


with_cell_and_attribute()


def failing_value():
    try:
        a, b, c = Tracked(30), Tracked(31), 1 // 0
    except ZeroDivisionError as e:
        print("caught", e)


failing_value()

g, h = Tracked(40), Tracked(41)
g, h = Tracked(42), Tracked(43)
print("module end")
