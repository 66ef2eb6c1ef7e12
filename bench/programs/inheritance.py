# Theme 8: method calls through inheritance and super().

class Shape:
    def __init__(self, name):
        self.name = name
        self.scale = 1

    def area(self):
        return 0

    def describe(self):
        return self.area() * self.scale

    def grow(self, k):
        self.scale += k
        return self.scale


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

    def area(self):
        return super().area() + 1

    def grow(self, k):
        return super().grow(k) * 2


class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r

    def area(self):
        return 3 * self.r * self.r


class Tagged:
    def tag(self):
        return len(self.name)


class TaggedSquare(Square, Tagged):
    def area(self):
        return super().area() + self.tag()


def main():
    total = 0
    shapes = []
    for i in range(200):
        k = i % 4
        if k == 0:
            shapes.append(Rect(i % 13 + 1, i % 7 + 1))
        elif k == 1:
            shapes.append(Square(i % 11 + 1))
        elif k == 2:
            shapes.append(Circle(i % 5 + 1))
        else:
            shapes.append(TaggedSquare(i % 9 + 1))
    for rnd in range(6000):
        for s in shapes:
            total += s.describe()
            total += s.grow(1) % 7
    for i in range(500000):
        t = TaggedSquare(i % 10)
        total += t.area() + isinstance(t, Rect)
    print("inheritance", total)


main()
