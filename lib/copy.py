"""Shallow and deep copies of Python objects.

minipy's own version of CPython's copy module: copy(x), deepcopy(x, memo)
and the Error exception (also named error).

copy(x) makes a new container holding the same items; deepcopy(x) copies
the items too, recursively. Immutable values (numbers, strings, tuples of
them, functions, classes, ranges...) are their own copies. Other objects
are copied by the first rule that applies:

1. the class's __copy__(x), or the instance's __deepcopy__(memo);
2. a reduction function registered in copyreg.dispatch_table;
3. x.__reduce_ex__(4) (or x.__reduce__()), whose result names a callable
   and its arguments to make the new object, then its state, list items
   and dict items (see object.__reduce_ex__).

The memo of deepcopy maps id(original) to its copy, so an object reached
twice is copied once and a structure that contains itself is copied
without endless recursion; memo[id(memo)] keeps the originals alive
meanwhile, since an id is only unique while its object lives.

A bytearray is copied through its __reduce_ex__, as in CPython. Not yet:
minipy has no complex numbers, so they are not in the tables.
"""

import types
import weakref
from copyreg import dispatch_table

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


# ------------------------------------------------------------ shallow copies

def _copy_immutable(x):
    return x


# Types copied by returning the object itself, or by a method of their own
# (the private names are CPython's, which some programs extend).
_copy_dispatch = {t: _copy_immutable for t in (type(None), int, float, bool, str, tuple, bytes, frozenset, type, range,
                               slice, property, types.BuiltinFunctionType, type(Ellipsis), type(NotImplemented),
                               types.FunctionType, weakref.ref, types.CodeType)}
_copy_dispatch[list] = list.copy
_copy_dispatch[dict] = dict.copy
_copy_dispatch[set] = set.copy


def copy(x):
    """Return a shallow copy of x: a new container with the same items."""
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduction(x, cls, "un(shallow)copyable object of type %s")
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _reduction(x, cls, complaint):
    # How x describes itself: the registry first, then its own methods.
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor:
        return reductor()
    raise Error(complaint % cls)


# ------------------------------------------------------------ deep copies

def deepcopy(x, memo=None, _nil=[]):
    """Return a deep copy of x, its items copied recursively.

    memo maps id(original) to copy for the objects copied so far.
    """
    if memo is None:
        memo = {}
    key = id(x)
    y = memo.get(key, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduction(x, cls, "un(deep)copyable object of type %s")
            y = x if isinstance(rv, str) else _reconstruct(x, memo, *rv)
    # An object that is its own copy needs no memo entry.
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo):
    y = []
    # Recorded before the items are copied, so an item that leads back to
    # x finds this copy.
    memo[id(x)] = y
    for item in x:
        y.append(deepcopy(item, memo))
    return y


def _deepcopy_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # Copying the items may have copied this very tuple through a list
    # inside it; that copy is the answer then.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for old, new in zip(x, items):
        if old is not new:
            return tuple(items)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deepcopy_dispatch = {t: _deepcopy_atomic for t in (type(None), type(Ellipsis), type(NotImplemented), int, float, bool,
                                      bytes, str, types.CodeType, type, range, types.BuiltinFunctionType,
                                      types.FunctionType, weakref.ref, property)}
_deepcopy_dispatch[list] = _deepcopy_list
_deepcopy_dispatch[tuple] = _deepcopy_tuple
_deepcopy_dispatch[dict] = _deepcopy_dict
_deepcopy_dispatch[types.MethodType] = _deepcopy_method


def _keep_alive(x, memo):
    # The memo's keys are ids, valid only while their objects live: keep
    # every original in a list stored under the memo's own id.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


# ------------------------------------------------------------ rebuilding

def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *, deepcopy=deepcopy):
    # Makes the copy from a __reduce_ex__ result: func(*args), then the
    # state (through __setstate__, or into __dict__ and the slots), then
    # the list and dict items. Deep when there is a memo.
    deep = memo is not None
    if deep and args:
        args = (deepcopy(arg, memo) for arg in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for name, value in slotstate.items():
                    setattr(y, name, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
