# Extra: operator overloading -- a Vector class with arithmetic dunders,
# __eq__/__hash__, __getitem__, __len__, __iter__ and __repr__.

class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def __eq__(self, o):
        return self.x == o.x and self.y == o.y and self.z == o.z

    def __hash__(self):
        return hash((self.x, self.y, self.z))

    def __getitem__(self, i):
        return (self.x, self.y, self.z)[i]

    def __len__(self):
        return 3

    def __iter__(self):
        yield self.x
        yield self.y
        yield self.z

    def __repr__(self):
        return "Vec(%r, %r, %r)" % (self.x, self.y, self.z)


def main():
    total = 0
    acc = Vec(0, 0, 0)
    for i in range(400000):
        v = Vec(i % 7, i % 11 - 5, i % 13)
        w = 2 * v - Vec(1, 1, 1)
        acc = acc + w * 3 + (-v)
        total += (v @ w) % 101 + v[i % 3] + len(v)
    total += sum(acc)
    seen = {}
    for i in range(100000):
        v = Vec(i % 10, i % 6, 0)
        seen[v] = seen.get(v, 0) + 1
    total += len(seen) + seen[Vec(3, 3, 0)]
    total += len(repr(acc)) + (Vec(1, 2, 3) == Vec(1, 2, 3))
    print("vectors", total, repr(acc))


main()
