# type.__abstractmethods__ without the abc module: a non-empty set makes object() refuse the class; __isabstractmethod__ of wrappers
class Shape:
    def area(self): return 0

print(hasattr(Shape, "__abstractmethods__"), hasattr(int, "__abstractmethods__"))
try:
    type.__abstractmethods__
except AttributeError as e:
    print("AttributeError:", e)

Shape.__abstractmethods__ = frozenset({"area", "perimeter", "name"})
print(sorted(Shape.__abstractmethods__), "__abstractmethods__" in Shape.__dict__)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)

Shape.__abstractmethods__ = ["area"]
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)

# A subclass is not abstract unless told so.
class Square(Shape):
    pass
print(type(Square()).__name__)

# An empty collection lifts the restriction; so does deleting it.
Shape.__abstractmethods__ = ()
print(type(Shape()).__name__)
Shape.__abstractmethods__ = {"area"}
del Shape.__abstractmethods__
print(type(Shape()).__name__, hasattr(Shape, "__abstractmethods__"))
try:
    del Shape.__abstractmethods__
except AttributeError as e:
    print("AttributeError:", e)

# __new__ overridden in Python still reaches object.__new__'s check.
class WithNew:
    def __new__(cls, *args):
        return super().__new__(cls)
WithNew.__abstractmethods__ = frozenset({"run"})
try:
    WithNew(1, 2)
except TypeError as e:
    print("TypeError:", e)

# Wrappers report whether what they wrap is abstract.
def plain(self): pass
def marked(self): pass
marked.__isabstractmethod__ = True
print(property(plain).__isabstractmethod__, property(marked).__isabstractmethod__,
      property(plain, marked).__isabstractmethod__, property().__isabstractmethod__)
print(classmethod(plain).__isabstractmethod__, classmethod(marked).__isabstractmethod__,
      staticmethod(marked).__isabstractmethod__, staticmethod(len).__isabstractmethod__)
