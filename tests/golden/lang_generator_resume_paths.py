# Resuming a generator whose yields sit at different places on paths
# through nested blocks, ifs and loops: each resume must carry on right
# after the yield it left, in the loop iteration it left, with each loop's
# iterator where it was (minipy resumes such a body without a stack of its
# own, going straight back down the path of the last yield).


def siblings(n):
    # Loops side by side: the else clause of the first yields, then the
    # body of the second, then the body of the first again in a new round.
    for rnd in range(2):
        for i in range(n):
            if i == n - 1:
                break
            yield "a", rnd, i
        else:
            yield "a-else", rnd
        for j in range(n):
            yield "b", rnd, j
        else:
            yield "b-else", rnd
            yield "b-else-2", rnd
        k = 0
        while k < 2:
            k += 1
            yield "c", rnd, k
        else:
            yield "c-else", rnd
    yield "done"


print(list(siblings(2)))
print(list(siblings(0)))


def restarts():
    # The inner loop's else clause yields, then the outer loop starts the
    # inner loop afresh: the next yield must be in its body again.
    for outer in "xy":
        for inner in range(2):
            yield outer, inner
        else:
            yield outer, "inner-else"
        yield outer, "after-inner"


print(list(restarts()))


def branches(values):
    for v in values:
        if v > 0:
            yield "pos", v
            yield "pos-again", v
            if v > 5:
                yield "big", v
            else:
                yield "small", v
        elif v < 0:
            yield "neg", v
        else:
            pass
        yield "tail", v


print(list(branches([3, 0, -1, 9])))


def deep(n):
    i = 0
    while True:
        for a in range(n):
            for b in range(a):
                if (a + b) % 2:
                    x = yield a, b
                    if x is not None:
                        yield "sent", x
                else:
                    continue
            else:
                if a == n - 1:
                    break
        else:
            yield "no-break"
        i += 1
        if i == 2:
            return "deep done"


g = deep(4)
out = []
try:
    v = next(g)
    while True:
        out.append(v)
        v = g.send("s" if v == (2, 1) else None)
except StopIteration as e:
    out.append(("return", e.value))
print(out)


def lines():
    yield 1
    for i in range(2):
        yield 2
        yield 3
    yield 4


g = lines()
print([(v, g.gi_frame.f_lineno) for v in g])


# Generator expressions with several levels and filters, resumed by next,
# send and for loops; what is sent in is ignored.
ge = ((a, b, c) for a in range(3) if a != 1 for b in range(a + 1) for c in "pq" if c != "q" or b)
print(next(ge), ge.send("ignored"), list(ge))
print(sum(x * y for x in range(4) for y in range(x) if (x + y) % 2))


# throw() at a yield deep in the path, caught nowhere in the body: the
# loops' iterators are let go, the frame ends.
class Tracked:
    def __init__(self, name):
        self.name = name
        self.it = iter(range(3))

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.it)

    def __del__(self):
        print("freed", self.name)


def nested():
    for a in Tracked("outer"):
        while True:
            for b in Tracked("inner"):
                yield a, b
            break


g = nested()
print(next(g), next(g), next(g), next(g))
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    print("ValueError", e, g.gi_frame)
