# A metaclass's __prepare__ may return any mapping: the class body reads,
# writes and deletes its names through that mapping's methods.


class LoggingNamespace(dict):
    def __getitem__(self, key):
        print("  get", key)
        return super().__getitem__(key)

    def __setitem__(self, key, value):
        print("  set", key)
        super().__setitem__(key, value)

    def __delitem__(self, key):
        print("  del", key)
        super().__delitem__(key)


class Logged(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        print("prepare", name)
        return LoggingNamespace()

    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, dict(ns))


top = "module level"


class C(metaclass=Logged):
    x = 1
    y = x + 1
    z = top
    tmp = 0
    del tmp
    size: int = 3
    try:
        del missing
    except NameError as e:
        print("  NameError:", e, "| context:", type(e.__context__).__name__)

print(C.x, C.y, C.z, C.size, C.__annotations__, C.__module__, C.__qualname__)
print(hasattr(C, "tmp"))


# Not a dict at all: a mapping that records the order of definitions and
# refuses duplicates.
class Recorder:
    def __init__(self):
        self.data = {}
        self.order = []

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        if key in self.data and not key.startswith("__"):
            raise ValueError(f"{key} defined twice")
        self.order.append(key)
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]


class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Recorder()

    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns.data)
        cls.order = [k for k in ns.order if not k.startswith("__")]
        return cls


class Colours(metaclass=Ordered):
    red = 1
    green = 2
    blue = 3

print(Colours.order, Colours.green)

try:
    class Twice(metaclass=Ordered):
        a = 1
        a = 2
except ValueError as e:
    print("ValueError:", e)


class BadPrepare(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 42


try:
    class D(metaclass=BadPrepare):
        pass
except TypeError as e:
    print("TypeError:", e)


# A body with annotations anywhere (even in a branch never taken) has
# __annotations__ from its first line on; one without has none.
class Annotated:
    print("  at the start:", __annotations__)
    if False:
        never: int


class Plain:
    try:
        __annotations__
    except NameError as e:
        print("  NameError:", e)

print(Annotated.__annotations__, "__annotations__" in Plain.__dict__)
print("module:", __annotations__)
if True:
    late: str = "x"
print("module:", __annotations__)
