# sys.getsizeof of generators: CPython 3.11's is the generator object (80
# bytes up to its embedded frame), the frame's header (72), and one word per
# local, cell and free variable and per entry of the value stack
# (co_nlocalsplus + co_stacksize), plus the collector's 16-byte header.
import sys
import tracemalloc


def size(gen):
    s = sys.getsizeof(gen)
    gen.close()
    return s


def empty_gen():
    return
    yield


def one():
    yield 1


def loop(n):
    for i in range(n):
        yield i * 2


def nested_loops(rows, cols):
    for r in range(rows):
        for c in range(cols):
            if (r + c) % 2:
                yield r, c
            else:
                yield c, r


def sequential_loops(a, b, c):
    for x in a:
        yield x
    for y in b:
        yield y
    for z in c:
        yield z


def while_loop(node):
    while node:
        yield node[0]
        node = node[1]


def send_receive():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total


def with_try(path):
    try:
        yield path
    finally:
        print("closing", path)


def delegating(*its):
    for it in its:
        yield from it


def closure_gen(n):
    def helper(x):
        return x + n
    for i in range(n):
        yield helper(i)


def many_locals(a, b, c, d, e, f, g, h):
    i = a + b
    j = c + d
    k = e + f
    l = g + h
    yield i, j, k, l
    yield [a, b, c, d, e, f, g, h, i, j, k, l]


def deep_expression(x):
    yield x + (x + (x + (x + (x + (x + x)))))


def branches(xs):
    for x in xs:
        if x > 10:
            if x > 100:
                yield "huge"
            elif x > 50:
                yield "big"
            else:
                yield "medium"
        elif x < 0:
            yield "negative"
        else:
            while x > 0:
                x -= 3
                if x == 1:
                    yield "one left"
                    break
            else:
                yield "done"
            yield "small"


def long_body(n):
    a = n
    yield a
    b = a + 1
    yield b
    c = b + 1
    yield c
    for i in range(3):
        yield i
    for j in range(2):
        for k in range(2):
            yield j, k
    if a:
        yield "a"
    if b:
        yield "b"
    while c > 0:
        c -= 1
        yield c


class Linked:
    def __init__(self, items):
        self.head = None
        for item in reversed(items):
            self.head = (item, self.head)

    def __iter__(self):
        node = self.head
        while node:
            yield node[0]
            node = node[1]


gens = [
    ("empty_gen()", empty_gen()),
    ("one()", one()),
    ("loop(3)", loop(3)),
    ("nested_loops(2, 2)", nested_loops(2, 2)),
    ("sequential_loops", sequential_loops([1], [2], [3])),
    ("while_loop", while_loop((1, (2, None)))),
    ("send_receive()", send_receive()),
    ("with_try('p')", with_try("p")),
    ("delegating", delegating([1], [2])),
    ("closure_gen(2)", closure_gen(2)),
    ("many_locals", many_locals(*range(8))),
    ("deep_expression(1)", deep_expression(1)),
    ("branches", branches([1, 5, -1, 60, 200, 20, 4])),
    ("long_body(2)", long_body(2)),
    ("iter(Linked)", iter(Linked([1, 2, 3]))),
    ("(x for x in range(10**6))", (x for x in range(10**6))),
    ("(x*x for x in range(10) if x)", (x * x for x in range(10) if x)),
    ("(x for x in [])", (x for x in [])),
    ("(x + y for x in a for y in b)", (x + y for x in [1] for y in [2])),
    ("(f'{x}{y}' for x, y in pairs)", (f"{x}{y}" for x, y in [(1, 2)])),
    ("((x, y, z) for x in a for y in b for z in c)", ((x, y, z) for x in [1] for y in [2] for z in [3])),
]
for name, gen in gens:
    print(f"{name}: {sys.getsizeof(gen)}")

# What they yield, with the sizes unchanged by running them.
for name, gen in gens:
    before = sys.getsizeof(gen)
    values = list(gen) if name != "send_receive()" else [next(gen), gen.send(3), gen.send(4)]
    print(name, values[:8], sys.getsizeof(gen) == before)

# Sizes by the shape of the code, not by how far the body ran.
g = loop(5)
print(sys.getsizeof(g), next(g), sys.getsizeof(g), list(g), sys.getsizeof(g))

# tracemalloc sees the same bytes.
kept = [None] * 100
tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
for i in range(100):
    kept[i] = loop(1)
after = tracemalloc.get_traced_memory()[0]
tracemalloc.stop()
print("traced per generator:", (after - before) / 100, sys.getsizeof(kept[0]))

# The classic comparison.
print(sys.getsizeof(x * 2 for x in range(10**6)), sys.getsizeof([x * 2 for x in range(1000)]))
