"""Abstract base classes (PEP 3119).

minipy's abc, after CPython 3.11's: ABCMeta (abstract methods gathered into
__abstractmethods__, which makes object() refuse the class with CPython's
"Can't instantiate abstract class X with abstract method(s) ..."; register()
for virtual subclasses; isinstance/issubclass through __subclasshook__, the
registry and the subclasses, with positive and negative caches), ABC,
abstractmethod, get_cache_token and update_abstractmethods, and the
deprecated abstractclassmethod, abstractstaticmethod and abstractproperty.

CPython keeps an ABC's bookkeeping in C (_abc); here it is the _abc_data
object stored as the class's _abc_impl. _dump_registry, _abc_registry_clear
and _abc_caches_clear work on it as CPython's do.
"""

from weakref import WeakSet


def abstractmethod(funcobj):
    """Decorator: mark a method abstract. A class whose metaclass is ABCMeta
    cannot be instantiated while any abstract method is not overridden."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use @classmethod above @abstractmethod."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use @staticmethod above @abstractmethod."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: use @property above @abstractmethod."""

    __isabstractmethod__ = True


class _abc_data(object):
    """One ABC's bookkeeping: its virtual subclasses and the answers of
    issubclass already known. The sets hold classes weakly, so an ABC keeps
    no class alive, and are made on first use (None until then), as
    CPython's are: an ABC nobody checks against costs one small object."""

    __slots__ = ("registry", "cache", "negative_cache", "negative_cache_version")

    def __init__(self):
        self.registry = None
        self.cache = None
        self.negative_cache = None
        # The invalidation counter the negative cache was filled under.
        self.negative_cache_version = ABCMeta._abc_invalidation_counter

    def add_to(self, name, cls):
        """Add cls to the set called name, making the set if need be."""
        found = getattr(self, name)
        if found is None:
            found = WeakSet()
            setattr(self, name, found)
        found.add(cls)


def _abstract_names(cls, namespace, bases):
    """The names of the abstract methods cls still has."""
    abstracts = {name for name, value in namespace.items() if getattr(value, "__isabstractmethod__", False)}
    for base in bases:
        for name in getattr(base, "__abstractmethods__", set()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass of abstract base classes: classes with abstract methods
    that cannot be instantiated, and that can count unrelated classes as
    subclasses (register, __subclasshook__)."""

    # Bumped by every register(), so negative cache entries go stale.
    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls, namespace, bases)
        cls._abc_impl = _abc_data()
        return cls

    def register(cls, subclass):
        """Make subclass a virtual subclass of this ABC; returns subclass,
        so it also works as a class decorator."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.add_to("registry", subclass)
        ABCMeta._abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls)"""
        impl = cls._abc_impl
        subclass = instance.__class__
        if impl.cache is not None and subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (impl.negative_cache_version == ABCMeta._abc_invalidation_counter
                    and impl.negative_cache is not None and subclass in impl.negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls)"""
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        impl = cls._abc_impl
        if impl.cache is not None and subclass in impl.cache:
            return True
        if impl.negative_cache_version < ABCMeta._abc_invalidation_counter:
            impl.negative_cache = None
            impl.negative_cache_version = ABCMeta._abc_invalidation_counter
        elif impl.negative_cache is not None and subclass in impl.negative_cache:
            return False
        answer = cls.__subclasshook__(subclass)
        if answer is not NotImplemented:
            if not isinstance(answer, bool):
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            impl.add_to("cache" if answer else "negative_cache", subclass)
            return answer
        if cls in getattr(subclass, "__mro__", ()):
            impl.add_to("cache", subclass)
            return True
        for registered in list(impl.registry or ()):
            if issubclass(subclass, registered):
                impl.add_to("cache", subclass)
                return True
        for child in cls.__subclasses__():
            if issubclass(subclass, child):
                impl.add_to("cache", subclass)
                return True
        impl.add_to("negative_cache", subclass)
        return False

    def _dump_registry(cls, file=None):
        """Print the ABC's registry and caches, for debugging."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        impl = cls._abc_impl
        print(f"_abc_registry: {set(impl.registry or ())!r}", file=file)
        print(f"_abc_cache: {set(impl.cache or ())!r}", file=file)
        print(f"_abc_negative_cache: {set(impl.negative_cache or ())!r}", file=file)
        print(f"_abc_negative_cache_version: {impl.negative_cache_version!r}", file=file)

    def _abc_registry_clear(cls):
        """Forget the virtual subclasses."""
        cls._abc_impl.registry = None

    def _abc_caches_clear(cls):
        """Forget the cached answers."""
        cls._abc_impl.cache = None
        cls._abc_impl.negative_cache = None


def get_cache_token():
    """A value that changes whenever an ABC's registry changes, so callers
    can tell when answers they cached may be stale."""
    return ABCMeta._abc_invalidation_counter


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added to or
    removed from an ABC after its creation. Returns cls."""
    if not hasattr(cls, "__abstractmethods__"):
        # Not an ABC: nothing to do.
        return cls
    abstracts = set()
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """A base class whose metaclass is ABCMeta: `class Shape(ABC)`."""

    __slots__ = ()
