# abc: abstract methods, properties and class methods; CPython's message when instantiating an abstract class
from abc import ABC, ABCMeta, abstractmethod, update_abstractmethods
import abc

class Shape(ABC):
    @abstractmethod
    def area(self):
        """The area."""

    @abstractmethod
    def perimeter(self): ...

    def describe(self):
        return f"{type(self).__name__}: area {self.area()}, perimeter {self.perimeter()}"

try:
    Shape()
except TypeError as e:
    print("TypeError:", e)

class HalfDone(Shape):
    def area(self): return 1
try:
    HalfDone()
except TypeError as e:
    print("TypeError:", e)

class Square(HalfDone):
    def __init__(self, side=2): self.side = side
    def area(self): return self.side ** 2
    def perimeter(self): return 4 * self.side
print(Square(3).describe())
print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), Square.__abstractmethods__)
print(type(Shape), type(Square), Shape.area.__isabstractmethod__, isinstance(Square(), Shape))

class Base(ABC):
    @property
    @abstractmethod
    def name(self): ...

    @classmethod
    @abstractmethod
    def create(cls): ...

    @staticmethod
    @abstractmethod
    def version(): ...

print(sorted(Base.__abstractmethods__))
try:
    Base()
except TypeError as e:
    print("TypeError:", e)

class Impl(Base):
    @property
    def name(self): return "impl"
    @classmethod
    def create(cls): return cls()
    @staticmethod
    def version(): return 2
print(Impl.create().name, Impl.version(), Impl.__abstractmethods__)

# A metaclass given directly instead of inheriting from ABC.
class Plugin(metaclass=ABCMeta):
    @abstractmethod
    def run(self): ...
class Loud(Plugin):
    def run(self): return "RUN"
print(Loud().run(), type(Plugin).__name__, ABC.__slots__)

# A concrete method may call super() into an abstract one that has a body.
class Greeter(ABC):
    @abstractmethod
    def greet(self):
        return "base greeting"
class Polite(Greeter):
    def greet(self):
        return "polite, then " + super().greet()
print(Polite().greet())

# Methods added after the class was made count once update_abstractmethods is called.
class Late(ABC):
    pass
print(type(Late()).__name__)
Late.work = abstractmethod(lambda self: None)
update_abstractmethods(Late)
try:
    Late()
except TypeError as e:
    print("TypeError:", e)
print(update_abstractmethods(int) is int)

class Many(ABC):
    @abstractmethod
    def zeta(self): ...
    @abstractmethod
    def alpha(self): ...
    @abstractmethod
    def mu(self): ...
try:
    Many()
except TypeError as e:
    print("TypeError:", e)

# The deprecated spellings still work.
class Old(ABC):
    @abc.abstractproperty
    def size(self): ...
    @abc.abstractclassmethod
    def build(cls): ...
    @abc.abstractstaticmethod
    def helper(): ...
print(sorted(Old.__abstractmethods__))
