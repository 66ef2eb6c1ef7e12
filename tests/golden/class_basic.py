# Instances, __init__, methods, bound methods, class and instance attributes.
class Dog:
    species = "canine"
    count = 0
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        Dog.count += 1
    def bark(self, times=1):
        return " ".join([f"{self.name} says woof"] * times)
    def birthday(self):
        self.age += 1
        return self
rex = Dog("Rex")
fido = Dog("Fido", 5)
print(rex.name, rex.age, fido.age, rex.species, Dog.count)
print(rex.bark(), fido.bark(2))
print(rex.birthday().birthday().age)
method = rex.bark
print(method(), method.__self__ is rex, method.__func__ is Dog.bark, method.__name__)
print(Dog.bark(fido), type(method).__name__, type(Dog.bark).__name__)
print(rex.bark == rex.bark, rex.bark is rex.bark, rex.bark == fido.bark)
rex.species = "wolf"
print(rex.species, fido.species, Dog.species)
print(sorted(rex.__dict__), "species" in Dog.__dict__)
print(isinstance(rex, Dog), isinstance(rex, object), type(rex).__name__, Dog.__name__)
print(Dog.__module__, Dog.__qualname__, Dog.__bases__, Dog.__doc__)
class Empty:
    """Docstring of Empty."""
e = Empty()
print(Empty.__doc__, repr(e)[:24], type(e))
e.anything = 1
print(e.anything)
def external(self):
    return "external function as method: " + type(self).__name__
Empty.method = external
print(e.method())
e.func = lambda: "instance attribute, not bound"
print(e.func())
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as err:
    print(type(err).__name__, err)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as err:
    print(type(err).__name__, err)
class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
a, b = Shared(), Shared()
a.add(1)
b.add(2)
print(Shared.items, a.items is b.items)
class Chain:
    def __init__(self):
        self.calls = []
    def step(self, n):
        self.calls.append(n)
        return self
print(Chain().step(1).step(2).step(3).calls)
print(callable(Dog), callable(rex), callable(rex.bark))
class Callable:
    def __call__(self, x):
        return x * 2
print(Callable()(21))
