# Lists may change while iterated (no error); sort and the iterators notice.
a = [1, 2, 3, 4]
for x in a:
    if x == 2:
        a.remove(x)
print(a)
a = [1, 2, 3]
n = 0
for x in a:
    n += 1
    if n < 5:
        a.append(x)
print(a)
a = [1, 2, 3]
it = iter(a)
next(it)
a.clear()
print(list(it))
a = [3, 1, 2]
def key(x):
    a.append(x)
    return x
try:
    a.sort(key=key)
except ValueError as e:
    print("sort:", e)
print(a)
a = [3, 1, 2]
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        a.clear()
        return self.v < other.v
a = [K(3), K(1), K(2)]
try:
    a.sort()
except ValueError as e:
    print("sort:", e)
print(len(a))
r = list(range(5))
for i, x in enumerate(r):
    del r[i]
print(r)
a = [1, 2, 3]
ri = reversed(a)
a.pop()
a.pop()
print(list(ri))
b = [5, 4, 3]
b.sort(key=lambda x: b.clear() or x)
