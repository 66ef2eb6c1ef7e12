# abc: virtual subclasses with register(), __subclasshook__, and isinstance/issubclass through ABCMeta
from abc import ABC, ABCMeta, abstractmethod, get_cache_token

class Drawable(ABC):
    @abstractmethod
    def draw(self): ...

class Sprite:
    def draw(self): return "sprite"

print(isinstance(Sprite(), Drawable), issubclass(Sprite, Drawable))
token = get_cache_token()
result = Drawable.register(Sprite)
print(result is Sprite, isinstance(Sprite(), Drawable), issubclass(Sprite, Drawable), get_cache_token() > token)
print(Sprite.__mro__, Drawable in Sprite.__mro__)

@Drawable.register
class Text:
    pass
print(issubclass(Text, Drawable), isinstance(Text(), Drawable))
class Subtext(Text):
    pass
print(issubclass(Subtext, Drawable))
print(Drawable.register(Sprite) is Sprite)

class Concrete(Drawable):
    def draw(self): return "concrete"
print(issubclass(Concrete, Drawable), isinstance(Concrete(), Drawable))
print(Drawable.__subclasses__() == [Concrete])

# Registering builtins.
class Number(ABC):
    pass
Number.register(int)
Number.register(float)
print(isinstance(3, Number), isinstance(2.5, Number), isinstance(True, Number), isinstance("3", Number))
print(issubclass(bool, Number), issubclass(complex if False else str, Number))

# __subclasshook__: structural checks.
class HasLength(ABC):
    @classmethod
    def __subclasshook__(cls, other):
        if cls is HasLength:
            return any("__len__" in klass.__dict__ for klass in other.__mro__)
        return NotImplemented
print(isinstance([], HasLength), isinstance({}, HasLength), isinstance(3, HasLength), issubclass(str, HasLength))
class Sized(HasLength):
    pass
print(issubclass(list, Sized))

class Closes(ABC):
    @classmethod
    def __subclasshook__(cls, other):
        return hasattr(other, "close") or NotImplemented
class File:
    def close(self): pass
print(issubclass(File, Closes), issubclass(int, Closes))

errors = [
    lambda: Drawable.register(3),
    lambda: issubclass(3, Drawable),
    lambda: Concrete.register(Drawable),
]
for f in errors:
    try:
        f()
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__ + ":", e)

class BadHook(ABC):
    @classmethod
    def __subclasshook__(cls, other):
        return 1
try:
    issubclass(int, BadHook)
except AssertionError as e:
    print("AssertionError:", e)

print(isinstance(Sprite, ABCMeta), isinstance(Drawable, ABCMeta), type(Drawable).__module__)
