# super(): zero-argument and two-argument forms, cooperative multiple inheritance.
class Base:
    def __init__(self, value):
        print("Base.__init__", value)
        self.value = value
    def method(self):
        return "Base.method"
    @classmethod
    def create(cls):
        return f"Base.create for {cls.__name__}"
    @staticmethod
    def static():
        return "Base.static"
class Derived(Base):
    def __init__(self, value):
        print("Derived.__init__")
        super().__init__(value * 2)
    def method(self):
        return "Derived>" + super().method()
    @classmethod
    def create(cls):
        return "Derived>" + super().create()
    def static_via_super(self):
        return super().static()
d = Derived(5)
print(d.value, d.method(), Derived.create(), d.static_via_super())
class Two(Derived):
    def method(self):
        return "Two>" + super(Derived, self).method()
print(Two(1).method())
print(super(Two, Two(2)).method())
class Mixin1:
    def __init__(self, **kw):
        print("Mixin1")
        super().__init__(**kw)
class Mixin2:
    def __init__(self, **kw):
        print("Mixin2")
        super().__init__(**kw)
class Combined(Mixin1, Mixin2):
    def __init__(self):
        print("Combined")
        super().__init__()
Combined()
class Root:
    def hello(self, trail):
        return trail + ["Root"]
class L(Root):
    def hello(self, trail):
        return super().hello(trail + ["L"])
class R(Root):
    def hello(self, trail):
        return super().hello(trail + ["R"])
class Diamond(L, R):
    def hello(self, trail):
        return super().hello(trail + ["Diamond"])
print(Diamond().hello([]))
s = super(Diamond, Diamond())
print(type(s).__name__, s.hello(["via s"]))
class WithComprehension(Base):
    def __init__(self):
        super().__init__("comp")
    def method(self):
        parts = [super().method() for _ in range(1)] if False else []
        return parts, super().method()
print(WithComprehension().method())
class Prop(Base):
    @property
    def value_twice(self):
        return super().method() * 2
print(Prop(1).value_twice)
def outside(self):
    return super(Derived, self).method()
print(outside(d))
try:
    super(Base, 1)
except TypeError as e:
    print(type(e).__name__, e)
class NoParent:
    def m(self):
        return super().m()
try:
    NoParent().m()
except AttributeError as e:
    print(type(e).__name__, e)
class Str(Base):
    def __init__(self):
        pass
    def __repr__(self):
        return "Str:" + super().__repr__()[:11]
print(repr(Str()))
