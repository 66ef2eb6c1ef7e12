# Operator dunders: arithmetic, reflected, in-place, comparison, hashing.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented
    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
v, w = Vec(1, 2), Vec(3, 4)
print(v + w, w - v, v * 3, 3 * v, w / 2, w // 2, w % 2, v ** 2, v @ w, -v, abs(w))
print(v == Vec(1, 2), v != w, v < w, w > v, sorted([w, v]), bool(Vec(0, 0)))
print({v: "a", Vec(1, 2): "b"}, len({v, Vec(1, 2), w}))
try:
    v + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    v <= w
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" * v
except TypeError as e:
    print(type(e).__name__, e)
class Bits:
    def __init__(self, n):
        self.n = n
    def __and__(self, o): return Bits(self.n & o.n)
    def __or__(self, o): return Bits(self.n | o.n)
    def __xor__(self, o): return Bits(self.n ^ o.n)
    def __lshift__(self, k): return Bits(self.n << k)
    def __rshift__(self, k): return Bits(self.n >> k)
    def __invert__(self): return Bits(~self.n)
    def __radd__(self, other): return Bits(other + self.n)
    def __rsub__(self, other): return Bits(other - self.n)
    def __repr__(self): return f"Bits({self.n:#b})"
a, b = Bits(0b1100), Bits(0b1010)
print(a & b, a | b, a ^ b, a << 2, a >> 2, ~a, 1 + a, 100 - a)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, item):
        self.items.append(item)
        return self
    def __imul__(self, k):
        self.items *= k
        return self
acc = Acc()
before = acc
acc += 1
acc += 2
acc *= 2
print(acc.items, acc is before)
class Left:
    def __add__(self, other):
        print("Left.__add__")
        return NotImplemented
class Right:
    def __radd__(self, other):
        print("Right.__radd__")
        return "right wins"
print(Left() + Right())
class Base:
    def __add__(self, other):
        return "Base.__add__"
class Sub(Base):
    def __radd__(self, other):
        return "Sub.__radd__ first"
print(Base() + Sub())
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly() == 1, EqOnly() != 1, 1 == EqOnly())
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
class Cmp:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print(f"{self.n} < {other.n}")
        return self.n < other.n
    def __ge__(self, other):
        return "ge result"
print(Cmp(1) > Cmp(2), Cmp(1) >= Cmp(2))
print(max(Cmp(3), Cmp(5)).n)
class Power:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other):
        return ("rpow", other)
print(Power() ** 2, pow(Power(), 2, 5), 2 ** Power())
class Div:
    def __divmod__(self, other):
        return "divmod"
    def __rdivmod__(self, other):
        return "rdivmod"
print(divmod(Div(), 1), divmod(1, Div()))
