# super().name(...) calls: what they find, the references and collector
# counts they leave while the method runs, and the errors of every case
# that is not a plain method found after __class__.
import gc
import sys


class Base:
    def __init__(self, name):
        self.name = name

    def f(self, *extra):
        # self: the caller's local, this frame's, getrefcount's argument
        return sys.getrefcount(self)

    def g(self, x):
        return x

    def greet(self, greeting="hello", *, punct="!"):
        return f"{greeting} {self.name}{punct}"


class Child(Base):
    def __init__(self, name):
        super().__init__(name.upper())

    def f(self):
        return super().f()

    def f_with_args(self):
        return super().f(1, 2)

    def during_args(self):
        return super().g(sys.getrefcount(self))

    def count_in_args(self):
        return super().g(gc.get_count()[0])

    def count_plain(self):
        return self.g(gc.get_count()[0])

    def greet(self):
        return super().greet("hi", punct="?") + " " + super().greet()


c = Child("ada")
print(c.name, c.f(), Base.f(c), c.f_with_args(), c.during_args(), c.greet())
# the collector's count while the arguments are evaluated: the bound
# method CPython makes is alive then (one more than a plain method call)
gc.collect()
gc.get_count()  # (the tuple it returns is kept for reuse from then on)
before = gc.get_count()[0]
a = c.count_in_args() - before
before = gc.get_count()[0]
b = c.count_plain() - before
print("bound method alive during the arguments:", a - b)


# an attribute that is not a method is released by the object first
class Holder:
    pass


h = Holder()
h.callback = lambda: sys.getrefcount(h)
print(h.callback())


# what super() finds when it is not a plain function
class Kinds(Base):
    label = "class attribute"

    @classmethod
    def make(cls):
        return cls.__name__

    @staticmethod
    def static(x):
        return x * 2

    @property
    def prop(self):
        return "property"


class MoreKinds(Kinds):
    def make(self):
        return super().make()

    def static(self, x):
        return super().static(x)

    def prop_call(self):
        return super().prop.upper()

    def label_call(self):
        return super().label.title()

    def builtin(self):
        return super().__repr__().startswith("<")

    def missing(self):
        return super().nothing()


m = MoreKinds("m")
print(m.make(), m.static(21), m.prop_call(), m.label_call(), m.builtin())
try:
    m.missing()
except AttributeError as e:
    print("AttributeError:", e)


class MyList(list):
    def append(self, x):
        super().append(x * 10)
        return len(self)


ml = MyList()
print(ml.append(1), ml.append(2), ml)


# the name super rebound, globally and locally
class Rebound(Base):
    def f(self):
        return super().f()

    def local_super(self):
        super = lambda: Base("local")
        return super().g(5)


real_super = super
super = lambda: Base("fake")
print(Rebound("r").f())
super = real_super
del super
print(Rebound("r").f(), Rebound("r").local_super())


# a method changed after its first super() call, and a diamond
class Top:
    def who(self):
        return ["Top"]


class Left(Top):
    def who(self):
        return ["Left"] + super().who()


class Right(Top):
    def who(self):
        return ["Right"] + super().who()


class Bottom(Left, Right):
    def who(self):
        return ["Bottom"] + super().who()


print(Bottom().who(), Left().who())
Right.who = lambda self: ["new Right"]
print(Bottom().who())
del Right.who
print(Bottom().who())


# self rebound, deleted, or not an instance of __class__
class Odd(Base):
    def rebound(self):
        self = OddChild("other")
        return super().greet()

    def deleted(self):
        del self
        return super().f()

    def no_args():
        return super().f()

    def wrong(self):
        return super().f()

    def nested(self):
        def inner():
            return super().f()
        return inner()


class OddChild(Odd):
    pass


o = Odd("odd")
print(o.rebound())
for call in (o.deleted, Odd.no_args, o.nested, lambda: Odd.wrong(Base("x"))):
    try:
        call()
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__ + ":", e)


# an argument that raises, and a method that raises
class Raising(Base):
    def bad_arg(self):
        return super().g(1 / 0)

    def bad_call(self):
        return super().g()


for call in (Raising("x").bad_arg, Raising("x").bad_call):
    try:
        call()
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__ + ":", e)


# super() in a generator method and in a deep chain
class Gen(Base):
    def items(self):
        yield super().g(1)
        yield super().f() > 0


print(list(Gen("g").items()))


class Counter:
    def depth(self, n):
        return 0


class Deep(Counter):
    def depth(self, n):
        return n if n == 0 else 1 + super().depth(n - 1) + Deep.depth(self, n - 1)


print(Deep().depth(10))


# a metaclass's method: self is a class, whose own MRO super() searches
class MetaBase(type):
    def describe(self, *extra):
        return ("MetaBase.describe", getattr(self, "__name__", self), extra)


class Meta(MetaBase):
    def describe(self, x):
        return super().describe(x)


class WithMeta(metaclass=Meta):
    pass


class Both(Meta, WithMeta, metaclass=Meta):
    pass


print(WithMeta.describe(1), Meta.describe(Both, 2))


# the first parameter keyword-only: super() has no argument
class KwOnly(Base):
    def k(*, self):
        return super().g(1)


try:
    KwOnly.k(self=KwOnly("x"))
except RuntimeError as e:
    print("RuntimeError:", e)
