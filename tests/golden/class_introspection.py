# Introspecting classes and instances: dir(), vars(), __dict__ of a class (print shows a plain
# dict, repr a mappingproxy), __weakref__, __getstate__, __subclasshook__, __doc__.
import weakref
class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point(3, 4)
print(dir(p))
print([name for name in dir(Point) if not name.startswith("__")])
print(vars(p), p.__dict__ is vars(p))
print(Point.__dict__)
print(repr(Point.__dict__)[:13], type(Point.__dict__).__name__, "norm" in Point.__dict__)
print(p.__weakref__)
r = weakref.ref(p)
print(p.__weakref__ is r, Point.__weakref__)
print(p.__getstate__(), object().__getstate__() if False else Point.__subclasshook__(int))
print(Point.__doc__, p.__doc__, type(object.__doc__).__name__, object.__doc__.splitlines()[0])
print(dir(object()))
print(sorted(set(dir(5)) - set(dir(object()))))
print(sorted(set(dir([])) - set(dir(object()))))
print(sorted(set(dir({})) - set(dir(object()))))
class Empty:
    pass
print(dir(Empty()) == dir(Empty), sorted(Empty.__dict__))
class Child(Point):
    pass
print(sorted(Child.__dict__), hasattr(Child(1, 2), "__weakref__"))
def greet(name):
    return "hi " + name
print(greet.__call__("you"), callable(greet), "__call__" in dir(greet), greet.__name__, greet.__qualname__)
