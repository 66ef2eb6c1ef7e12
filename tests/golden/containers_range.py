# range, slice and the iterator builtins (enumerate, zip, map, filter, reversed, iter).
r = range(0, 10, 2)
print(r, len(r), r[1], r[-1], r[1:3], r[::-1], list(r), 4 in r, 5 in r)
print(range(5), range(-3, 3), range(10, 0, -3), list(range(10, 0, -3)))
print(range(10**20), len(range(10**18)), range(10**20)[10**19], 10**19 in range(10**20))
try:
    len(range(10**20))
except OverflowError as e:
    print("OverflowError:", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
print(range(0, 3) == range(0, 3, 1), range(0) == range(4, 2), hash(range(5)) == hash(range(0, 5)))
print(r.start, r.stop, r.step, r.index(4), r.count(4))
print(list(reversed(range(5))), sum(range(101)), max(range(7)), min(range(3, 9)))
print(slice(1, 2), slice(3), slice(None, None, -1), slice(1, 10, 2).indices(5))
print([0, 1, 2, 3, 4, 5][slice(1, None, 2)])
for i, x in enumerate('abc', start=1):
    print(i, x)
print(list(zip('abc', range(3), [True, False])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])))
print(list(filter(None, [0, 1, '', 'a', [], [1]])), list(filter(lambda x: x > 1, range(5))))
def gen():
    yield from range(3)
print(list(enumerate(gen())), tuple(reversed((1, 2, 3))))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
    def __len__(self):
        return 3
print(list(Seq()), list(reversed(Seq())), 20 in Seq())
n = 0
def counter():
    global n
    n += 1
    return n
print(list(iter(counter, 5)))
try:
    reversed(5)
except TypeError as e:
    print("TypeError:", e)
print(type(iter([])).__name__, type(iter(())).__name__, type(iter(range(3))).__name__, type(iter(set())).__name__, type(reversed([])).__name__)
print(list(range(3)) == [0, 1, 2], range(3)[True])
