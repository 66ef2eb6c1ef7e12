"""The registry copy and pickle consult, and the helpers object.__reduce_ex__ names.

minipy's own version of CPython's copyreg module. It provides:

- dispatch_table, pickle() and constructor(): a function registered for a
  type decides how its instances are copied (copy.copy, copy.deepcopy);
- __newobj__ and __newobj_ex__, the callables in the tuples that
  object.__reduce_ex__(2 or more) returns (runtime/objects/object_reduce.cpp);
- _reconstructor and _reduce_ex, what object.__reduce_ex__(0 or 1) and
  object.__reduce__() use;
- _slotnames(cls), the names of the __slots__ an instance may fill, cached
  as cls.__slotnames__;
- the extension registry of pickle protocol 2 (add_extension,
  remove_extension, clear_extension_cache), kept but used by nothing yet.

Not yet: minipy has no complex numbers and no union types, so
dispatch_table starts empty where CPython's holds entries for those two.
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    # Registering a constructor only checks it; pickle once kept a list.
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


# ------------------------------------------------ protocols 0 and 1

def _reconstructor(cls, base, state):
    # An instance of cls whose builtin part (base) is rebuilt from state.
    if base is object:
        return object.__new__(cls)
    obj = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(obj, state)
    return obj


_HEAPTYPE = 1 << 9


def _builtin_base(cls):
    # The first class along the MRO that is a builtin type: its __new__ is
    # its own (a builtin method bound to it). Classes written in Python
    # inherit a builtin's __new__ or define a function.
    for base in cls.__mro__:
        new = base.__new__
        if type(new) is type(len) and new.__self__ is base:
            return base
    return object


def _reduce_ex(self, proto):
    # object.__reduce_ex__ for protocols below 2: rebuild through
    # _reconstructor, with the builtin part as the state passed to it.
    assert proto < 2
    cls = self.__class__
    base = _builtin_base(cls)
    if base is object:
        builtin_state = None
    elif base is cls:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    else:
        builtin_state = base(self)
    args = (cls, base, builtin_state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        if getattr(self, "__slots__", None):
            raise TypeError(f"cannot pickle {cls.__name__!r} object: a class that defines __slots__ "
                            f"without defining __getstate__ cannot be pickled with protocol {proto}") from None
        try:
            state = self.__dict__
        except AttributeError:
            state = None
    else:
        if type(self).__getstate__ is object.__getstate__ and getattr(self, "__slots__", None):
            raise TypeError("a class that defines __slots__ without defining __getstate__ cannot be pickled")
        state = getstate()
    if state:
        return _reconstructor, args, state
    return _reconstructor, args


# ------------------------------------------------ protocol 2 and above

def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    # Every class along the MRO may add __slots__; private names are stored
    # mangled, and __dict__ / __weakref__ are not values of their own.
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            if "__slots__" not in klass.__dict__:
                continue
            slots = klass.__dict__["__slots__"]
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith("__") and not name.endswith("__"):
                    owner = klass.__name__.lstrip("_")
                    names.append(f"_{owner}{name}" if owner else name)
                else:
                    names.append(name)
    try:
        cls.__slotnames__ = names
    except:  # a builtin type: nothing to cache on
        pass
    return names


# ------------------------------------------------ the extension registry

_extension_registry = {}  # (module, name) -> code
_inverted_registry = {}   # code -> (module, name)
_extension_cache = {}     # code -> object


def add_extension(module, name, code):
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
