# property (getter, setter, deleter, decorator and call forms), staticmethod, classmethod.
class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius
    @property
    def celsius(self):
        "The temperature in degrees Celsius."
        return self._celsius
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._celsius
    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
print(hasattr(t, "_celsius"))
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Temperature.celsius).__name__, Temperature.celsius.__doc__)
class Old:
    def get_x(self):
        return "x via get_x"
    x = property(get_x)
print(Old().x)
class Math:
    factor = 10
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def scaled(cls, n):
        return cls.factor * n
    @classmethod
    def make(cls):
        return cls()
class SubMath(Math):
    factor = 100
print(Math.add(1, 2), Math().add(3, 4), Math.scaled(2), SubMath.scaled(2), SubMath().scaled(3))
print(type(Math.make()).__name__, type(SubMath.make()).__name__)
print(type(Math.__dict__["add"]).__name__, type(Math.__dict__["scaled"]).__name__)
print(Math.add, type(Math.scaled).__name__, Math.scaled.__self__)
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
    @classmethod
    def how_many(cls):
        return cls.instances
Counter(); Counter()
print(Counter.how_many())
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
lz = Lazy()
print(lz.value, lz.value, lz.computed)
class Shadow:
    @property
    def name(self):
        return "property wins"
sh = Shadow()
sh.__dict__["name"] = "instance dict"
print(sh.name)
class NonData:
    def method(self):
        return "method"
nd = NonData()
nd.__dict__["method"] = lambda: "instance dict wins over non-data descriptor"
print(nd.method())
