# Assignment: chained, unpacking (nested, starred), attribute and subscript targets.
a = b = c = [1]
print(a is b is c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
[s, t] = "st"
print(p, q, r, s, t)
first, *rest = range(5)
*init, last = [1, 2, 3]
head, *mid, tail = "abcde"
print(first, rest, init, last, head, mid, tail)
*empty, one = [1]
print(empty, one)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
class Box:
    pass
box = Box()
box.a, box.b = 1, 2
lst = [0, 0, 0]
lst[0], lst[2] = "x", "z"
d = {}
d["k"], d["j"] = d["first"] = 10, 20
print(box.a, box.b, lst, d)
i = 0
data = [5, 6, 7]
i, data[i] = 1, 99
print(i, data)
x = y = z = 0
x += 1
print(x, y, z)
m = n = []
m.append(1)
print(n)
a, b = b, a = 1, 2
print(a, b)
w = (v := 3) * 2
print(v, w)
for bad, value in [("a, b = v", [1, 2, 3]), ("a, b = v", [1]), ("a, b, c = v", "ab"),
                   ("a, *b, c = v", [1]), ("a, b = v", 5), ("(a, b), c = v", [1, 2])]:
    try:
        exec(bad, {"v": value})
    except (ValueError, TypeError) as e:
        print(f"{bad:14} {value!r:10} {type(e).__name__}: {e}")
def gen():
    yield 1
    yield 2
g1, g2 = gen()
print(g1, g2)
k, v = {"key": "value"}.popitem()
print(k, v)
[] = []
() = ()
print("empty targets ok")
