# A generator's frame before its first step is at the line where its code
# starts: the def line (the first decorator's for a decorated one), or the
# line a generator expression begins on.
def gen():
    x = 1
    yield x
    yield 2


g = gen()
print(g.gi_frame.f_lineno)
next(g)
print(g.gi_frame.f_lineno)
h = (y
     for y in range(3))
print(h.gi_frame.f_lineno)
next(h)
print(h.gi_frame.f_lineno)


class C:
    def m(self):
        yield 1


print(C().m().gi_frame.f_lineno)


def deco(f):
    return f


@deco
def decorated():
    yield 1


print(decorated().gi_frame.f_lineno, decorated.__code__.co_firstlineno)
