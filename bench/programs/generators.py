# Theme 10: generators and generator expressions -- pipelines, yield from.

def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def scaled(src, k):
    for x in src:
        yield x * k


def chunks(src, size):
    buf = []
    for x in src:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def flatten(tree):
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)
        else:
            yield node


def build(depth, start):
    if depth == 0:
        return [start, start + 1]
    return [build(depth - 1, start), start, build(depth - 1, start * 2 + 1)]


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, (a + b) % 1000007


def accumulate():
    total = 0
    while True:
        x = yield total
        total += x


def main():
    total = 0
    for rnd in range(55):
        total += sum(scaled(evens(numbers(60000)), 3))
        total += sum(sum(c) for c in chunks(numbers(30000), 17))
        total += sum(x * x for x in range(50000) if x % 3 == 1) % 1000003
        total += sum(flatten(build(11, rnd)))
        g = fib_gen()
        for _ in range(20000):
            total += next(g)
        acc = accumulate()
        next(acc)
        for i in range(20000):
            total += acc.send(i) & 0xff
        total += max(len(c) for c in chunks(iter(range(1000)), 33))
        total += any(x > 59990 for x in numbers(60000))
    print("generators", total)


main()
