# A yield inside a call's arguments suspends the generator between the
# arguments: the callee's frame does not exist yet, and the frames that run
# while the generator waits keep their own locals.
class C:
    def m(self, a, b):
        return (a, b)


def gen():
    c = C()
    r = c.m("one", (yield))
    yield r


g = gen()
next(g)


def other(x, y, z, u, v, w):
    return x


def user(p, q):
    r = g.send("two")
    other(1, 2, 3, 4, 5, 6)
    return p, q, r


print(user("P", "Q"))


class T:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del T", self.n)


def f(a, b):
    return b


def gen2():
    f(T(0), (yield))


def setup():
    g = gen2()
    next(g)
    return g


g = setup()


def user2(p, q, r):
    global g
    g = None
    print("user", p.n, q.n, r.n)


user2(T(1), T(2), T(3))


def gen3():
    total = f(T(4), (yield 1)) + f(T(5), (yield 2))
    yield total


g3 = gen3()
print(next(g3), g3.send(10), g3.send(20))
print("end")
