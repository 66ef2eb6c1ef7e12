"""Higher-order functions: tools that take or return functions.

minipy's functools, after CPython 3.11's. partial, reduce, cmp_to_key and
the wrapper lru_cache returns are the C++ objects of _functools
(runtime/modules/functools.cpp), as CPython's are written in C; the rest is
here: update_wrapper, wraps and their
WRAPPER_ASSIGNMENTS / WRAPPER_UPDATES, total_ordering, partialmethod,
lru_cache and cache with cache_info / cache_clear / cache_parameters,
cached_property, singledispatch and singledispatchmethod.

Not yet: singledispatch does not accept union types (minipy has no
`int | str`) and orders abstract base classes more simply than CPython's
C3 merge.
"""

from _functools import partial, reduce, cmp_to_key, _lru_cache_wrapper
from collections import namedtuple

__all__ = [
    "update_wrapper", "wraps", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES",
    "total_ordering", "cache", "cmp_to_key", "lru_cache", "reduce", "partial",
    "partialmethod", "singledispatch", "singledispatchmethod", "cached_property",
]

GenericAlias = type(list[int])


# ---------------------------------------------------------------- wrappers

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the attributes named in
    `assigned`, merge the dicts named in `updated`, and point __wrapped__ at
    wrapped. Returns wrapper."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last, so a __wrapped__ copied from wrapped's __dict__ does not win.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper: @wraps(f) def wrapper(...)."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ---------------------------------------------------------- total_ordering
#
# Each function derives one comparison from the class's own root method; the
# root's NotImplemented passes through. They are shared by every class the
# decorator completes, as in CPython, and keep their own __qualname__.

def _gt_from_lt(self, other):
    lower = type(self).__lt__(self, other)
    if lower is NotImplemented:
        return lower
    return not lower and self != other

def _le_from_lt(self, other):
    lower = type(self).__lt__(self, other)
    if lower is NotImplemented:
        return lower
    return lower or self == other

def _ge_from_lt(self, other):
    lower = type(self).__lt__(self, other)
    if lower is NotImplemented:
        return lower
    return not lower

def _ge_from_le(self, other):
    at_most = type(self).__le__(self, other)
    if at_most is NotImplemented:
        return at_most
    return not at_most or self == other

def _lt_from_le(self, other):
    at_most = type(self).__le__(self, other)
    if at_most is NotImplemented:
        return at_most
    return at_most and self != other

def _gt_from_le(self, other):
    at_most = type(self).__le__(self, other)
    if at_most is NotImplemented:
        return at_most
    return not at_most

def _lt_from_gt(self, other):
    higher = type(self).__gt__(self, other)
    if higher is NotImplemented:
        return higher
    return not higher and self != other

def _ge_from_gt(self, other):
    higher = type(self).__gt__(self, other)
    if higher is NotImplemented:
        return higher
    return higher or self == other

def _le_from_gt(self, other):
    higher = type(self).__gt__(self, other)
    if higher is NotImplemented:
        return higher
    return not higher

def _le_from_ge(self, other):
    at_least = type(self).__ge__(self, other)
    if at_least is NotImplemented:
        return at_least
    return not at_least or self == other

def _gt_from_ge(self, other):
    at_least = type(self).__ge__(self, other)
    if at_least is NotImplemented:
        return at_least
    return at_least and self != other

def _lt_from_ge(self, other):
    at_least = type(self).__ge__(self, other)
    if at_least is NotImplemented:
        return at_least
    return not at_least

_DERIVED = {
    "__lt__": [("__gt__", _gt_from_lt), ("__le__", _le_from_lt), ("__ge__", _ge_from_lt)],
    "__le__": [("__ge__", _ge_from_le), ("__lt__", _lt_from_le), ("__gt__", _gt_from_le)],
    "__gt__": [("__lt__", _lt_from_gt), ("__ge__", _ge_from_gt), ("__le__", _le_from_gt)],
    "__ge__": [("__le__", _le_from_ge), ("__gt__", _gt_from_ge), ("__lt__", _lt_from_ge)],
}


def total_ordering(cls):
    """Class decorator: given one of __lt__, __le__, __gt__, __ge__ (and
    __eq__), define the other three from it."""
    defined = [name for name in _DERIVED if getattr(cls, name, None) is not getattr(object, name, None)]
    if not defined:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    # The root is chosen in the order __lt__, __le__, __gt__, __ge__.
    root = max(defined)
    for name, function in _DERIVED[root]:
        if name not in defined:
            function.__name__ = name
            setattr(cls, name, function)
    return cls


# ------------------------------------------------------------ partialmethod

class partialmethod(object):
    """A partial for methods: partialmethod(f, *args, **keywords) in a class
    body binds like f itself, then adds the stored arguments."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("{!r} is not callable or a descriptor".format(func))
        if isinstance(func, partialmethod):
            # Flatten: one partialmethod holding both sets of arguments.
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ", ".join(map(repr, self.args))
        keywords = ", ".join("{}={!r}".format(k, v) for k, v in self.keywords.items())
        return "{}.{}({}, {}, {})".format(type(self).__module__, type(self).__qualname__,
                                          self.func, args, keywords)

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            merged = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **merged)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        result = None
        if get is not None:
            bound = get(obj, cls)
            if bound is not self.func:
                # The function bound itself (a method, a classmethod...):
                # the stored arguments follow what it bound.
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    __class_getitem__ = classmethod(GenericAlias)


# ---------------------------------------------------------------- lru_cache

# What cache_info() returns, as in CPython: a namedtuple.
_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


def lru_cache(maxsize=128, typed=False):
    """Decorator: remember the results of the most recent maxsize calls
    (None: all of them); with typed, 1 and 1.0 are cached apart. The
    decorated function gains cache_info(), cache_clear() and
    cache_parameters()."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used bare: @lru_cache
        user_function, maxsize = maxsize, 128
        return _decorate_with_cache(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _decorate_with_cache(user_function, maxsize, typed)
    return decorating_function


def _decorate_with_cache(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
    wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
    return update_wrapper(wrapper, user_function)


def cache(user_function, /):
    """An unbounded cache: lru_cache(maxsize=None)."""
    return lru_cache(maxsize=None)(user_function)


# ---------------------------------------------------------- cached_property

_NOT_FOUND = object()


class cached_property(object):
    """A property computed once per instance, then kept in the instance's
    __dict__ (where later lookups find it first)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            storage = instance.__dict__
        except AttributeError:
            raise TypeError(
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            ) from None
        value = storage.get(self.attrname, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            try:
                storage[self.attrname] = value
            except TypeError:
                raise TypeError(
                    f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                    f"does not support item assignment for caching {self.attrname!r} property."
                ) from None
        return value

    __class_getitem__ = classmethod(GenericAlias)


# ----------------------------------------------------------- singledispatch

def _is_dispatch_type(cls):
    return isinstance(cls, type)


def _dispatch_order(cls, types):
    """cls's MRO with the other registered classes cls is a (virtual)
    subclass of, each placed before `object`, the more derived first."""
    mro = list(cls.__mro__)
    extra = []
    for t in types:
        if t in mro or not isinstance(t, type):
            continue
        if issubclass(cls, t):
            extra.append(t)
    for i, a in enumerate(extra):
        for b in extra[i + 1:]:
            if not issubclass(a, b) and not issubclass(b, a):
                raise RuntimeError("Ambiguous dispatch: {} or {}".format(a, b))
    # The more derived of two related classes comes first.
    extra.sort(key=lambda t: -len(t.__mro__))
    position = mro.index(object) if object in mro else len(mro)
    return mro[:position] + extra + mro[position:]


def _find_impl(cls, registry):
    for t in _dispatch_order(cls, registry.keys()):
        if t in registry:
            return registry[t]
    return None


def _first_annotation(func):
    """(parameter name, class) of the first annotated parameter of func."""
    annotations = getattr(func, "__annotations__", None) or {}
    for name, value in annotations.items():
        if name == "return":
            continue
        if isinstance(value, str):
            namespace = getattr(func, "__globals__", {})
            value = eval(value, namespace)
        return name, value
    return None


def singledispatch(func):
    """Decorator: a generic function that picks an implementation by the
    type of its first argument. Add implementations with .register(cls) or
    .register on a function whose first parameter is annotated."""
    import weakref
    from types import MappingProxyType

    registry = {}
    dispatch_cache = weakref.WeakKeyDictionary()
    cache_token = None

    def dispatch(cls):
        """The implementation chosen for an argument of class cls."""
        nonlocal cache_token
        if cache_token is not None:
            from abc import get_cache_token
            current = get_cache_token()
            if cache_token != current:
                dispatch_cache.clear()
                cache_token = current
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        try:
            impl = registry[cls]
        except KeyError:
            impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """register(cls, func) adds func for cls; register(cls) and a bare
        register on an annotated function are decorators."""
        nonlocal cache_token
        if _is_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. {cls!r} is not a class or union type.")
            if not getattr(cls, "__annotations__", None):
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    "Use either `@register(some_class)` or plain `@register` on an annotated function."
                )
            func = cls
            found = _first_annotation(func)
            if found is None:
                raise TypeError(
                    f"Invalid first argument to `register()`: {func!r}. "
                    "Use either `@register(some_class)` or plain `@register` on an annotated function."
                )
            argname, cls = found
            if not _is_dispatch_type(cls):
                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
        registry[cls] = func
        if cache_token is None and hasattr(cls, "__abstractmethods__"):
            from abc import get_cache_token
            cache_token = get_cache_token()
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f"{funcname} requires at least 1 positional argument")
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, "__name__", "singledispatch function")
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = MappingProxyType(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod(object):
    """singledispatch for methods: dispatches on the first argument after
    self (or cls)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Add an implementation, as singledispatch's register."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)
