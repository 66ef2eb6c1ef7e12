# __repr__ and __str__: which one print, str(), repr(), f-strings and containers use.
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "a Both"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "a StrOnly"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r)
print(str(b), repr(b), str(r), repr(r))
print([b, r], (b,), {"k": b}, {1: r})
print(f"{b} {b!r} {r} {b!s}", "%s %r" % (b, b), "{} {!r}".format(b, b))
print(s, str(s), repr(s).startswith("<__main__.StrOnly object at 0x"))
print(object().__repr__().startswith("<object object at"), type(b).__repr__ is Both.__repr__)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"{type(self).__name__}({self.x!r}, {self.y!r})"
class Point3(Point):
    pass
print(Point(1, "a"), Point3([1], None), [Point(0, 0)])
class BadRepr:
    def __repr__(self):
        return 42
for convert in (repr, str, lambda o: f"{o}", lambda o: "%s" % (o,)):
    try:
        convert(BadRepr())
    except TypeError as e:
        print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class Recursive:
    def __repr__(self):
        return f"Recursive({self.items})"
rec = Recursive()
rec.items = [1, rec] if False else [1]
print(rec)
class Format:
    def __format__(self, spec):
        return f"Format[{spec}]"
print(f"{Format():>10}", format(Format(), "x"), "{:abc}".format(Format()))
print(repr("quote's"), str(3.0), repr(3.0), str([1.0, "s"]), repr(None), str(int))
