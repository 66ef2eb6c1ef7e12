# functools.singledispatch and singledispatchmethod: dispatch by type, by annotation, along the MRO and to ABCs
from functools import singledispatch, singledispatchmethod
from abc import ABC, abstractmethod

@singledispatch
def describe(obj):
    return f"something: {obj!r}"

@describe.register
def _(obj: int):
    return f"an int: {obj}"

@describe.register(list)
@describe.register(tuple)
def _(obj):
    return f"a sequence of {len(obj)}"

def describe_str(obj):
    return "a str: " + obj
describe.register(str, describe_str)

@describe.register
def _(obj: "float"):
    return f"a float: {obj:.2f}"

for value in [1, True, 2.5, "hi", [1, 2], (1,), None, {"k": 1}]:
    print(describe(value))
print(describe.dispatch(bool).__name__, describe.dispatch(dict) is describe.__wrapped__)
print(sorted(t.__name__ for t in describe.registry), type(describe.registry).__name__)
print(describe.__name__, describe.__wrapped__.__name__)

class Animal: pass
class Dog(Animal): pass
class Puppy(Dog): pass
@describe.register
def _(obj: Animal): return "an animal"
@describe.register
def _(obj: Dog): return "a dog"
print(describe(Animal()), describe(Dog()), describe(Puppy()))

class Walker(ABC):
    @abstractmethod
    def walk(self): ...
@describe.register
def _(obj: Walker): return "a walker"
class Robot:
    def walk(self): pass
print(describe(Robot()))
Walker.register(Robot)
print(describe(Robot()))

errors = [
    lambda: describe(),
    lambda: describe.register(5, describe_str),
    lambda: describe.register(lambda obj: None),
]
for f in errors:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
try:
    @describe.register
    def _(obj: 5): pass
except TypeError as e:
    print("TypeError:", e)

class Formatter:
    @singledispatchmethod
    def format(self, value):
        return f"<{value}>"
    @format.register
    def _(self, value: int):
        return f"int {value:+d}"
    @format.register(list)
    def _(self, value):
        return "[" + ", ".join(self.format(v) for v in value) + "]"
f = Formatter()
print(f.format(5), f.format("x"), f.format([1, "a", [2]]), Formatter.format.__name__)

class Factory:
    @singledispatchmethod
    @classmethod
    def make(cls, arg):
        return f"{cls.__name__} from anything"
    @make.register
    @classmethod
    def _(cls, arg: int):
        return f"{cls.__name__} from int"
print(Factory.make(1), Factory.make("s"), Factory().make(2))
