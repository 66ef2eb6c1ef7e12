# Nested arithmetic: results, overflow into big ints, mixed int/float,
# other types in the middle, and where errors are reported.
import sys

big = 2 ** 62
a, b, c = 7, 3, 1000003
x, y = 1.5, -0.25

print(a * b + c, (a * 31 + b) % c, a - b * c, (a + b) // (b - a), (a ^ b) | (a & c))
print(big * 4 + 1, (big + big) * 2 - 1, -big * 4 - 1 + big, type(big * 2 + 0))
print((big * 8) // 3 % 1000, (big * big) % 97)
print(x * y + a, a * x - b / y, (a + b) * x, (x + y) * (x - y), (a + b) / (a - b))
print(a * b < c, a * b > c, x * x <= 2.25, (a + b) * 2 == 20, a + b != 10, big * 4 > big)
print(a * x < 11, a * 1.5 == 10.5, (a + b) * 1.0 >= 10)
print(a << 60, 1 << 62, 1 << 63, -1 << 63, -1 << 64, 3 << 61, -3 << 61, a << 0, (a << 2) + 1)
print(a >> 1, -a >> 1, a >> 63, -a >> 64, -5 >> 100, big >> 61, (big << 1) >> 62, (a + b) >> 2)
print(1.0 / 3 + 2 ** 0.5, (a + b) ** 2 - 1, (2 ** 64 + 1) % 10 + 1)

s = "ab"
print(s * 2 + "c", [1] * 2 + [a * b], (1, 2) + (a - b,), s + s * a)

total = 0
for i in range(10):
    total += i * i + 1
print(total)
f = 0.5
f *= x * 2 + 1
print(f)
n = big
n += big * 2
print(n, type(n))
words = ["x"]
words[0] += s * 2
print(words)


class Box:
    def __init__(self):
        self.v = 1.0
        self.n = 10


box = Box()
for i in range(4):
    box.v -= i * 0.5 + box.v * 0.1
    box.n += i * i - 1
print(box.v, box.n)
counts = [0, 0]
counts[1] += a * b - 1
counts[0] -= big * 2
print(counts)


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))

    def __radd__(self, other):
        return Num(other + self.v)

    def __mul__(self, other):
        return Num(self.v * other)

    def __lt__(self, other):
        return self.v < other

    def __repr__(self):
        return f"Num({self.v})"


print(Num(2) * 3 + 1, 1 + Num(2) * 3, a * b + Num(1), Num(1) * 2 < 3)


def report(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)


report(lambda: a * b + c // 0)
report(lambda: (a + b) % (b - b))
report(lambda: x * y / (x - x))
report(lambda: a * b + "s")
report(lambda: (a + b) * x < "s")
report(lambda: a - (b * None))
report(lambda: (a + b) << -1)
report(lambda: (a + b) >> (a - b - 5))
print(sys.getrefcount(a * b + c * 1000) >= 1)

i = 0
while i * i < 50:
    i += 1
print(i)
limit = 10 ** 20
j = 2 ** 31
while j * j < limit:
    j += 2 ** 30
print(j // 2 ** 30)


def fails():
    return (a + b) * c % (a - a)


fails()
