"""Names for the interpreter's own types, and helpers to create classes.

minipy's types module, after CPython 3.11's: FunctionType, LambdaType,
CodeType, CellType, MethodType, BuiltinFunctionType, BuiltinMethodType,
WrapperDescriptorType, MethodWrapperType, MethodDescriptorType,
ClassMethodDescriptorType, GetSetDescriptorType, MemberDescriptorType,
ModuleType, GeneratorType, TracebackType, FrameType, MappingProxyType,
SimpleNamespace, GenericAlias, UnionType, NoneType, NotImplementedType, EllipsisType;
new_class, prepare_class, resolve_bases and DynamicClassAttribute.

Not yet: CoroutineType, AsyncGeneratorType and coroutine() (minipy has no
async).
"""

import sys


def _function():
    pass

FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)
MappingProxyType = type(type.__dict__)
SimpleNamespace = type(sys.implementation)


def _cell_factory():
    value = 1

    def reader():
        return value
    return reader.__closure__[0]

CellType = type(_cell_factory())


def _generator():
    yield 1

GeneratorType = type(_generator())


MethodType = type(_function.__get__(0))


# A class is a reference cycle (its __mro__ holds it), so deleting a helper
# class would leave garbage for the script's next gc.collect(); this one stays.
class _SlotHolder:
    __slots__ = ("_slot",)

MemberDescriptorType = type(_SlotHolder._slot)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])
GetSetDescriptorType = type(FunctionType.__dict__["__code__"])

ModuleType = type(sys)

try:
    raise TypeError
except TypeError as exc:
    TracebackType = type(exc.__traceback__)
    FrameType = type(exc.__traceback__.tb_frame)

GenericAlias = type(list[int])
UnionType = type(int | str)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)

del sys, _function, _cell_factory, _generator


# ------------------------------------------------------- creating classes

def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class as a class statement would: bases resolved, the
    metaclass chosen, its namespace prepared and filled by exec_body(ns)."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    """Replace each base that is not a class but has __mro_entries__ by what
    that method returns (PEP 560)."""
    new_bases = list(bases)
    changed = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        entries = base.__mro_entries__(bases)
        changed = True
        if not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = entries
        shift += len(entries) - 1
    if not changed:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace, remaining keywords) for a class statement
    with these bases and keywords; `metaclass=` among kwds chooses it."""
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, "__prepare__"):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    """The most derived of meta and the bases' metaclasses."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


class DynamicClassAttribute:
    """A property on instances that reads as the class's own attribute of
    the same name on the class (through __getattr__): what enum uses for
    member.name and member.value."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or getattr(fget, "__doc__", None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        doc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, doc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


__all__ = [n for n in globals() if n[:1] != "_"]
