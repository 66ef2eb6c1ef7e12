# Messages that name a class use its __qualname__: property without a setter,
# deleter or getter, object.__init_subclass__ given arguments.
class O:
    class I:
        @property
        def q(self):
            return 1
        r = property()
for f in (lambda: setattr(O.I(), "q", 5), lambda: delattr(O.I(), "q"), lambda: O.I().r):
    try:
        f()
    except AttributeError as e:
        print(e)
class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
for call in [lambda: O.I.__init_subclass__(x=1), lambda: O.I.__init_subclass__(1), lambda: object.__init_subclass__(1), lambda: object.__init_subclass__(x=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
try:
    class Z(Base, bogus=1):
        pass
except TypeError as e:
    print(e)
def f():
    class W(metaclass=type, z=1):
        pass
try:
    f()
except TypeError as e:
    print(e)
class Ok(Base):
    pass
print("Ok made")
