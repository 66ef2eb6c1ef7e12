# functools.partial, partialmethod, reduce and cmp_to_key: reprs, flattening, attributes and errors
from functools import partial, partialmethod, reduce, cmp_to_key
import functools

def power(base, exponent=2, *rest, **options):
    return (base ** exponent, rest, options)

square = partial(power, exponent=2)
cube = partial(power, exponent=3)
print(square(4), cube(2), square(3, exponent=4), cube(2, flag=True), partial(power, 2, 3)(4, 5))
print(square, square.func is power, square.args, square.keywords)
print(partial(print, "a", "b", sep="-"))
print(partial(power, **{"odd key": 1}))

# A partial of a partial is flattened into one, unless the inner one has attributes.
inner = partial(power, 2, mode="x")
outer = partial(inner, 5, mode="y")
print(outer, outer.func is power, outer.args, outer.keywords)
inner.note = "kept"
print(partial(inner, 1).func is inner, inner.__dict__)

class Tagged(partial):
    """A partial subclass prints its own name."""
print(Tagged(power, 3), Tagged(power, 3)(), isinstance(Tagged(power), partial))

# partials do not bind as methods.
class Holder:
    method = partial(power, 10)
print(Holder().method(), Holder.method)

print(square.__reduce__())
restored = partial(print)
restored.__setstate__((power, (2,), {"exponent": 5}, None))
print(restored, restored())
print(partial[int], type(square), partial.__module__, partial.__name__)
# A partial inside its own arguments prints as "...".
loop = partial(power)
loop.__setstate__((power, (loop,), {}, None))
print(loop)

errors = [
    lambda: partial(),
    lambda: partial(42),
    lambda: setattr(square, "func", print),
    lambda: setattr(square, "args", ()),
    lambda: restored.__setstate__((1, 2)),
    lambda: restored.__setstate__([power, (), {}, None]),
    lambda: restored.__setstate__((42, (), {}, None)),
    lambda: square(),
]
for f in errors:
    try:
        print("no error:", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

# partialmethod: binds like the function it wraps.
class Cell:
    def __init__(self): self.state = None
    def set_state(self, value): self.state = value
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
    @classmethod
    def make(cls, *args): return (cls.__name__, args)
    make_two = partialmethod(make, 1, 2)
cell = Cell()
cell.set_alive(); print(cell.state)
cell.set_dead(); print(cell.state)
print(Cell.make_two(), cell.make_two(3))
print(Cell.__dict__["set_alive"], Cell.__dict__["set_alive"].__isabstractmethod__)
print(partialmethod(power, 1, key="v"))
print(Cell.set_alive.__qualname__, cell.set_alive)
nested = partialmethod(partialmethod(power, 1), exponent=3)
print(nested.func is power, nested.args, nested.keywords)
try:
    partialmethod(7)
except TypeError as e:
    print("TypeError:", e)

# reduce
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(lambda acc, ch: ch + acc, "abc", ""), reduce(max, [3, 9, 2]), reduce(lambda a, b: a, [], "empty"))
for args in [(lambda a, b: a + b, []), (lambda a, b: a + b, 5), (len,)]:
    try:
        reduce(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    reduce(lambda a, b: a + b, [1, 2], initial=0)
except TypeError as e:
    print("TypeError:", e)

# cmp_to_key
def by_length_then_text(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(sorted(words, key=cmp_to_key(by_length_then_text)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), max([3, 1, 2], key=cmp_to_key(lambda a, b: a - b)))
K = cmp_to_key(lambda a, b: a - b)
k = K(3)
print(type(k).__name__, k.obj, k < K(4), k == K(3), k > K(1), k <= K(2), k >= K(3), k != K(3))
for f in [lambda: hash(k), lambda: k < 3, lambda: cmp_to_key(), lambda: K()]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
print(K(obj=5).obj, functools.cmp_to_key, functools.reduce)
