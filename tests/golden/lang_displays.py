# List, tuple, dict and set displays, with unpacking.
print([], [1], [1, 2, 3,], [[1, 2], [3]])
print((), (1,), (1, 2), 1, (1), ((1, 2),))
t = 1, 2, 3
print(t, type(t))
print({}, {'a': 1}, {'a': 1, 'b': 2, 'a': 3}, {1: 'x', (1, 2): 'y'})
print({1}, {3, 1, 2}, {1, 1, 1}, set(), type({}))
a = [1, 2]
b = (3, 4)
print([*a, *b, 5], (*a, *b), {*a, *b}, [*"hi"])
print({**{'x': 1}, 'y': 2, **{'x': 3}})
print([i * i for i in range(5)], {i % 3 for i in range(10)})
print({k: v for k, v in zip("abc", range(3))})
print(list(x for x in range(3)), tuple(range(3)))
nested = {'list': [1, {'set': {1, 2}}], 'tuple': (None, True)}
print(nested)
print(len([1, 2, 3]), len((1,)), len({'a': 1}), len({1, 2}))
print([1, 2] == [1, 2], (1, 2) == [1, 2], {1: 2} == {1: 2})
print([1, [2, [3, [4]]]])
r = [1]
r.append(r)
print(r)
d = {}
d['self'] = d
print(d)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
