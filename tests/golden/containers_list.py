# Lists: aliasing, operators, slicing, methods, sort stability, self-reference.
import sys
a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b, len(a))
a += (5, 6)
print(a)
a *= 2
print(a)
print(a[::2], a[1:-1], a[::-3], a[100:], a[-2:])
del a[::3]
print(a)
a[1:3] = 'xyz'
print(a)
a.insert(0, 'first'); a.insert(-1, 'neg'); print(a)
print(a.pop(), a.pop(0), a)
print(a.index('y'), a.count(4))
try:
    a.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 'a'].sort()
except TypeError as e:
    print("TypeError:", e)
l = [3, 1, 2]
l.sort(reverse=True); print(l)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
l = [1, 2]
l.append(l)
print(l, [l, [l]])
print([1, 2] < [1, 2, 3], [1, 2] == [1, 2], [2] > [1, 9], [] == [])
x = [[0] * 3] * 2
x[0][0] = 1
print(x)
print(list(range(5)), list('abc'), list((1, 2)), list({'a': 1, 'b': 2}))
print([i * i for i in range(10) if i % 2])
l = list(range(10))
l[2:8:2] = ['a', 'b', 'c']
print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
print(l.copy() == l, l.copy() is l)
l.reverse(); print(l)
l.clear(); print(l, len(l))
print(hash((1, 2)) == hash((1, 2)))
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
class MyList(list):
    def extra(self):
        return len(self) * 10
m = MyList([1, 2, 3])
print(m, m.extra(), type(m).__name__, isinstance(m, list), m + [4], type(m + [4]).__name__)
print(repr([1.5, 'a', None, True, (1,), {1: 2}]))
print([1, 2, 3] * 0, 2 * [1], [None] * 3)
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
print(5 in [1, 5], 6 not in [1, 5])
nan = float('nan')
print(nan in [nan], [nan] == [nan])
