# Single and multiple inheritance, method resolution order, overriding.
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def describe(self):
        return f"{self.name} is an {self.kind} and says: {self.speak()}"
class Cat(Animal):
    kind = "cat"
    def speak(self):
        return f"{self.name} meows"
class Kitten(Cat):
    def __init__(self, name, age):
        Cat.__init__(self, name)
        self.age = age
print(Animal("x").describe())
print(Cat("Tom").describe())
k = Kitten("Kit", 1)
print(k.describe(), k.age)
print(isinstance(k, Animal), issubclass(Kitten, Animal), issubclass(Animal, Kitten))
print([c.__name__ for c in Kitten.__mro__], Kitten.__bases__, Kitten.__base__)
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print(D().who(), [cls.__name__ for cls in D.mro()])
class E(C, B):
    pass
print(E().who(), [cls.__name__ for cls in E.__mro__])
class Left:
    x = "left"
class Right:
    x = "right"
    y = "right y"
class Both(Left, Right):
    pass
print(Both.x, Both.y)
try:
    class Bad(A, D):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), type(ml).__name__, isinstance(ml, list))
class MyDict(dict):
    def __missing__(self, key):
        return f"missing {key}"
md = MyDict(a=1)
print(md["a"], md["b"], md)
class MyInt(int):
    def double(self):
        return self * 2
mi = MyInt(21)
print(mi.double(), mi + 1, type(mi + 1).__name__, isinstance(mi, int))
class MyError(ValueError):
    pass
try:
    raise MyError("custom")
except ValueError as e:
    print(type(e).__name__, e, MyError.__mro__[1:3])
print(object.__subclasses__ is not None, Cat.__subclasses__())
try:
    class FromInstance(Cat("x")):
        pass
except TypeError as e:
    print(type(e).__name__)
