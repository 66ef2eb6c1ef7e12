"""The newer typing names: Annotated, ParamSpec, Concatenate and the 3.11 helpers.

Part of minipy's typing module, kept in its own file so typing.py stays
short; typing imports everything here and re-exports it.  Provides
CPython 3.11's Annotated (with __metadata__ and flattening of nested
Annotated), ParamSpec with P.args / P.kwargs, Concatenate, assert_never,
reveal_type and dataclass_transform, plus the helper get_type_hints uses
to strip Annotated.

Not yet: substituting a ParamSpec in a generic (__parameters__ lists only
TypeVars), Generic[P], TypeVarTuple and Unpack.
"""

import sys
import types
import typing as _t


class _AnnotatedAlias(_t._GenericAlias):
    """Annotated[T, x, ...]: T for every purpose, with x, ... kept as __metadata__."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        _t._GenericAlias.__init__(self, origin, (origin,))
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (_t._type_repr(self.__origin__),
                                             ', '.join(repr(m) for m in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Annotated[T, x]: the type T carrying the extra value x for tools that read it."""
    __module__ = 'typing'
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError('Annotated[...] should be used with at least two arguments '
                            '(a type and an annotation).')
        origin = params[0]
        # ClassVar and Final may be wrapped; _type_check would refuse them.
        if not (isinstance(origin, _t._GenericAlias) and origin.__origin__ in (_t.ClassVar, _t.Final)):
            origin = _t._type_check(origin, 'Annotated[t, ...]: t must be a type.')
        return _AnnotatedAlias(origin, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError('Cannot subclass %s.Annotated' % cls.__module__)


def _strip_annotations(tp):
    """tp with every Annotated[T, ...] inside it replaced by T."""
    if isinstance(tp, _AnnotatedAlias):
        return _strip_annotations(tp.__origin__)
    if isinstance(tp, _t._GenericAlias) and not isinstance(tp, _t._LiteralGenericAlias):
        args = tuple(_strip_annotations(a) for a in tp.__args__)
        if args != tp.__args__:
            return tp.copy_with(args)
    elif isinstance(tp, types.GenericAlias):
        args = tuple(_strip_annotations(a) for a in tp.__args__)
        if args != tp.__args__:
            return types.GenericAlias(tp.__origin__, args)
    elif isinstance(tp, types.UnionType):
        args = tuple(_strip_annotations(a) for a in tp.__args__)
        if args != tp.__args__:
            result = args[0]
            for a in args[1:]:
                result = result | a
            return result
    return tp


class ParamSpecArgs:
    """P.args: the type of *args in a function whose parameters are P."""
    __module__ = 'typing'

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.args' % self.__origin__.__name__

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__


class ParamSpecKwargs:
    """P.kwargs: the type of **kwargs in a function whose parameters are P."""
    __module__ = 'typing'

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.kwargs' % self.__origin__.__name__

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__


class ParamSpec:
    """A parameter list variable: P = ParamSpec('P'); its repr is ~P like a TypeVar's."""
    __module__ = 'typing'

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = None if bound is None else _t._type_check(bound, 'Bound must be a type.')
        try:
            self.__module__ = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return _t.Union[self, other]

    def __ror__(self, other):
        return _t.Union[other, self]


class _ConcatenateGenericAlias(_t._GenericAlias):
    pass


def _concatenate(form, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Concatenate of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not (parameters[-1] is ... or isinstance(parameters[-1], ParamSpec)):
        raise TypeError('The last parameter to Concatenate should be a ParamSpec variable or ellipsis.')
    head = tuple(_t._type_check(p, 'Concatenate[arg, ...]: each arg must be a type.')
                 for p in parameters[:-1])
    return _ConcatenateGenericAlias(form, head + (parameters[-1],), name='Concatenate')


Concatenate = _t._SpecialForm('Concatenate', _concatenate)


def assert_never(arg, /):
    """Fail: a type checker proves this is never reached, so reaching it is a bug."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError('Expected code to be unreachable, but got: %s' % value)


def reveal_type(obj, /):
    """At run time, say on stderr what type obj has, and give it back."""
    print('Runtime type is %r' % type(obj).__name__, file=sys.stderr)
    return obj


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Mark a decorator, base class or metaclass as creating dataclass-like classes."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default,
            'order_default': order_default,
            'kw_only_default': kw_only_default,
            'field_specifiers': field_specifiers,
            'kwargs': kwargs,
        }
        return cls_or_fn
    return decorator
