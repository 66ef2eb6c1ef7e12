"""Type hints: the names annotated code imports, subscriptable, with CPython's reprs.

minipy's version of CPython 3.11's typing module, enough for annotated code
to import and run: Any, Union, Optional, Literal, ClassVar, Final, NoReturn,
Never, Self, TypeAlias, the generic aliases (List, Dict, Tuple, Set,
FrozenSet, Type, Callable, Iterable, Iterator, Generator, Sequence, Mapping
and the other collections.abc names), TypeVar, Generic, Protocol with
runtime_checkable, the Supports* protocols, IO/TextIO/BinaryIO, NamedTuple,
TypedDict, NewType, cast, overload, final, no_type_check, get_type_hints,
get_origin, get_args, TYPE_CHECKING, and (from _typing_extra.py) Annotated,
ParamSpec, Concatenate, assert_never, reveal_type, dataclass_transform.  Reprs are CPython's (typing.List[int],
typing.Optional[int], ~T).

Not yet: TypeVarTuple, Unpack, assert_type, Generic[P] and ParamSpec
substitution (__parameters__ lists only TypeVars), the typing.io/typing.re
submodules, and Protocol checks beyond "has these attributes".
"""

import collections
import collections.abc
import functools
import sys
import types

__all__ = [
    'Any', 'Callable', 'ClassVar', 'Final', 'Generic', 'Literal', 'Optional', 'Protocol',
    'Tuple', 'Type', 'TypeVar', 'Union', 'AbstractSet', 'ByteString', 'Container',
    'Collection', 'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping',
    'MappingView', 'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized',
    'ValuesView', 'Reversible', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List',
    'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator', 'AnyStr',
    'cast', 'final', 'get_args', 'get_origin', 'get_type_hints', 'NewType', 'no_type_check',
    'NoReturn', 'Never', 'Self', 'overload', 'runtime_checkable', 'Text', 'TYPE_CHECKING',
    'TypeAlias', 'ChainMap', 'Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator',
    'ForwardRef', 'LiteralString', 'TypeGuard', 'no_type_check_decorator', 'IO', 'TextIO',
    'BinaryIO', 'SupportsInt', 'SupportsFloat', 'SupportsIndex', 'SupportsAbs', 'SupportsRound',
    'Annotated', 'ParamSpec', 'ParamSpecArgs', 'ParamSpecKwargs', 'Concatenate', 'assert_never',
    'reveal_type', 'dataclass_transform',
]

TYPE_CHECKING = False


def _type_repr(obj):
    """How typing names a type inside a subscript."""
    if isinstance(obj, type) and not isinstance(obj, types.GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    return repr(obj)


def _type_check(arg, message):
    """Check a subscript argument as CPython 3.11 does: little is refused at run time."""
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in (Generic, Protocol, ClassVar, Final):
        raise TypeError('%s is not valid as type argument' % (arg,))
    if any(arg is form for form in (Any, LiteralString, NoReturn, Never, Self, TypeAlias)):
        return arg
    if isinstance(arg, _SpecialForm) or arg is Generic or arg is Protocol:
        raise TypeError('Plain %s is not valid as type argument' % (arg,))
    if type(arg) is tuple:
        raise TypeError('%s Got %.100r.' % (message, arg))
    return arg


def _collect_parameters(args):
    params = []
    for arg in args:
        if isinstance(arg, TypeVar):
            if arg not in params:
                params.append(arg)
        elif isinstance(arg, (list, tuple)):
            for p in _collect_parameters(arg):
                if p not in params:
                    params.append(p)
        else:
            for p in getattr(arg, '__parameters__', ()):
                if isinstance(p, TypeVar) and p not in params:
                    params.append(p)
    return tuple(params)


def _substitute(arg, mapping):
    if isinstance(arg, TypeVar):
        return mapping.get(arg, arg)
    if isinstance(arg, list):
        return [_substitute(a, mapping) for a in arg]
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg[tuple(mapping.get(p, p) for p in arg.__parameters__)]
    return arg


class ForwardRef:
    """An annotation written as a string, evaluated later by get_type_hints."""

    def __init__(self, arg):
        if not isinstance(arg, str):
            raise TypeError('Forward reference must be a string -- got %r' % (arg,))
        self.__forward_arg__ = arg

    def _evaluate(self, globalns, localns):
        return eval(self.__forward_arg__, globalns, localns)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return 'ForwardRef(%r)' % (self.__forward_arg__,)


class _SpecialForm:
    """Any, Union, Optional, ClassVar and the other names that are not classes."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError('%s is not subscriptable' % self)
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError('Cannot instantiate %r' % self)

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass %r' % self)

    def __instancecheck__(self, obj):
        raise TypeError('%s cannot be used with isinstance()' % self)

    def __subclasscheck__(self, cls):
        raise TypeError('%s cannot be used with issubclass()' % self)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _one_type(form, parameters):
    item = _type_check(parameters, '%s accepts only single type.' % form._name)
    return _GenericAlias(form, (item,), name=form._name)


def _union(form, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        p = _type_check(p, 'Union[arg, ...]: each arg must be a type.')
        if isinstance(p, _UnionGenericAlias):
            items = p.__args__
        elif isinstance(p, types.UnionType):
            items = p.__args__
        else:
            items = (p,)
        for item in items:
            if item not in flat:
                flat.append(item)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(form, tuple(flat), name='Union')


def _optional(form, parameters):
    arg = _type_check(parameters, 'Optional[t] requires a single type.')
    return Union[arg, type(None)]


def _literal(form, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _LiteralGenericAlias(form, parameters, name='Literal')


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError('typing.Any cannot be used with isinstance()')
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return 'typing.Any'
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """The type every value has; since 3.11 it can also be a base class."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError('Any cannot be instantiated')
        return super().__new__(cls)


NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
ClassVar = _SpecialForm('ClassVar', _one_type)
Final = _SpecialForm('Final', _one_type)
TypeGuard = _SpecialForm('TypeGuard', _one_type)
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
Literal = _SpecialForm('Literal', _literal)


class _BaseAlias:
    """What subscripting a typing name gives; it stands for its origin class."""

    def __init__(self, origin, name=None):
        self.__origin__ = origin
        self._name = name

    def __call__(self, *args, **kwargs):
        if self._name is not None:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        result = []
        if self.__origin__ not in bases:
            result.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _BaseAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            if isinstance(self.__origin__, type) and not issubclass(self.__origin__, Generic):
                result.append(Generic)
        return tuple(result)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _GenericAlias(_BaseAlias):
    """A subscripted alias: List[int], Dict[str, T], Box[int]."""

    def __init__(self, origin, args, name=None):
        super().__init__(origin, name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is ... else a for a in args)
        self.__parameters__ = _collect_parameters(args)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, args):
        if not self.__parameters__:
            raise TypeError('%s is not a generic class' % self)
        if not isinstance(args, tuple):
            args = (args,)
        if len(args) != len(self.__parameters__):
            raise TypeError('Too %s arguments for %s; actual %d, expected %d'
                            % ('many' if len(args) > len(self.__parameters__) else 'few',
                               self, len(args), len(self.__parameters__)))
        mapping = dict(zip(self.__parameters__, args))
        new_args = tuple(_substitute(a, mapping) for a in self.__args__)
        return self.copy_with(new_args)

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name)

    def _origin_repr(self):
        if self._name:
            return 'typing.' + self._name
        return _type_repr(self.__origin__)

    def __repr__(self):
        if len(self.__args__) == 0:
            args = '()'
        else:
            args = ', '.join(_type_repr(a) for a in self.__args__)
        return '%s[%s]' % (self._origin_repr(), args)

    def __reduce__(self):
        return operator_getitem, (self.__origin__, self.__args__)


def operator_getitem(origin, args):
    return origin[args]


def _whole_parameter_list(arg):
    """Whether Callable's first argument stands for all the parameters: ..., P or Concatenate."""
    return arg is ... or isinstance(arg, (ParamSpec, _ConcatenateGenericAlias))


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        if len(self.__args__) == 2 and _whole_parameter_list(self.__args__[0]):
            return 'typing.Callable[%s, %s]' % (_type_repr(self.__args__[0]),
                                                _type_repr(self.__args__[1]))
        params = ', '.join(_type_repr(a) for a in self.__args__[:-1])
        return 'typing.Callable[[%s], %s]' % (params, _type_repr(self.__args__[-1]))


class _UnionGenericAlias(_GenericAlias):
    def copy_with(self, args):
        return Union[args]

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[1] if args[0] is type(None) else args[0]
            return 'typing.Optional[%s]' % _type_repr(other)
        return 'typing.Union[%s]' % ', '.join(_type_repr(a) for a in args)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if isinstance(arg, _BaseAlias) and not isinstance(arg, _SpecialGenericAlias):
                raise TypeError('Subscripted generics cannot be used with class and instance checks')
            if issubclass(cls, arg):
                return True
        return False


class _LiteralGenericAlias(_GenericAlias):
    def __init__(self, origin, args, name=None):
        _BaseAlias.__init__(self, origin, name)
        self.__args__ = args
        self.__parameters__ = ()

    def __repr__(self):
        return 'typing.Literal[%s]' % ', '.join(repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _SpecialGenericAlias(_BaseAlias):
    """An unsubscripted alias such as List: it still works with isinstance."""

    def __init__(self, origin, nparams, name=None):
        super().__init__(origin, name or origin.__name__)
        self._nparams = nparams

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p, 'Parameters to generic types must be types.') for p in params)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError('Too %s arguments for %s; actual %d, expected %d'
                            % ('many' if len(params) > self._nparams else 'few',
                               self, len(params), self._nparams))
        return _GenericAlias(self.__origin__, params, name=self._name)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        return issubclass(cls, self.__origin__)

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__

    def __hash__(self):
        return hash(self.__origin__)


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if _whole_parameter_list(args):
            items = (args, result)
        elif isinstance(args, list):
            items = tuple(args) + (result,)
        else:
            raise TypeError('Callable[args, result]: args must be a list. Got %.100r.' % (args,))
        return _CallableGenericAlias(self.__origin__, items, name='Callable')


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) == 2 and params[1] is ...:
            return _GenericAlias(tuple, (_type_check(params[0], 'Tuple[t, ...]: t must be a type.'), ...),
                                 name='Tuple')
        return _GenericAlias(tuple, tuple(_type_check(p, 'Tuple[t0, t1, ...]: each t must be a type.')
                                          for p in params), name='Tuple')


_abc = collections.abc
Hashable = _SpecialGenericAlias(_abc.Hashable, 0)
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 1)
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 3)
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 1)
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 1)
Iterable = _SpecialGenericAlias(_abc.Iterable, 1)
Iterator = _SpecialGenericAlias(_abc.Iterator, 1)
Reversible = _SpecialGenericAlias(_abc.Reversible, 1)
Sized = _SpecialGenericAlias(_abc.Sized, 0)
Container = _SpecialGenericAlias(_abc.Container, 1)
Collection = _SpecialGenericAlias(_abc.Collection, 1)
Callable = _CallableType(_abc.Callable, 2)
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, name='AbstractSet')
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1)
Mapping = _SpecialGenericAlias(_abc.Mapping, 2)
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2)
Sequence = _SpecialGenericAlias(_abc.Sequence, 1)
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1)
ByteString = _SpecialGenericAlias(_abc.ByteString, 0)
Tuple = _TupleType(tuple, -1, name='Tuple')
List = _SpecialGenericAlias(list, 1, name='List')
Deque = _SpecialGenericAlias(collections.deque, 1, name='Deque')
Set = _SpecialGenericAlias(set, 1, name='Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, name='FrozenSet')
MappingView = _SpecialGenericAlias(_abc.MappingView, 1)
KeysView = _SpecialGenericAlias(_abc.KeysView, 1)
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2)
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1)
Dict = _SpecialGenericAlias(dict, 2, name='Dict')
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2)
Counter = _SpecialGenericAlias(collections.Counter, 1)
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2)
Generator = _SpecialGenericAlias(_abc.Generator, 3)
Type = _SpecialGenericAlias(type, 1, name='Type')
Text = str


class TypeVar:
    """A type variable: T = TypeVar('T'); its repr is ~T (+T covariant, -T contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__constraints__ = tuple(_type_check(t, 'TypeVar(name, constraint, ...): constraints must be types.')
                                     for t in constraints)
        self.__bound__ = None if bound is None else _type_check(bound, 'Bound must be a type.')
        try:
            self.__module__ = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass an instance of TypeVar')


class Generic:
    """The base of user-defined generic classes: class Box(Generic[T])."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p, 'Parameters to generic types must be types.') for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError('Parameter list to %s[...] cannot be empty' % cls.__qualname__)
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError('Parameters to %s[...] must all be type variables '
                                    'or parameter specification variables.' % cls.__name__)
            if len(set(params)) != len(params):
                raise TypeError('Parameters to %s[...] must all be unique' % cls.__name__)
        elif len(params) != len(cls.__parameters__):
            raise TypeError('Too %s arguments for %s; actual %d, expected %d'
                            % ('many' if len(params) > len(cls.__parameters__) else 'few',
                               cls, len(params), len(cls.__parameters__)))
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        params = []
        explicit = None
        for base in cls.__dict__.get('__orig_bases__', ()):
            if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                if explicit is not None:
                    raise TypeError('Cannot inherit from Generic[...] multiple times.')
                explicit = base.__parameters__
            for p in getattr(base, '__parameters__', ()):
                if p not in params:
                    params.append(p)
        cls.__parameters__ = tuple(explicit if explicit is not None else params)


def _generic_new(cls, *args, **kwargs):
    if cls is Generic:
        raise TypeError('Type Generic cannot be instantiated; it can be used only as a base class')
    return object.__new__(cls)


class _ProtocolMeta(type(collections.abc.Iterable)):
    """The metaclass of Protocol: isinstance checks attributes for runtime_checkable protocols."""

    def __instancecheck__(cls, instance):
        if getattr(cls, '_is_protocol', False) and cls.__dict__.get('_is_runtime_protocol') is not None:
            if not cls._is_runtime_protocol:
                raise TypeError('Instance and class checks can only be used with '
                                '@runtime_checkable protocols')
            if all(hasattr(instance, attr) and
                   (not callable(getattr(cls, attr, None)) or getattr(instance, attr) is not None)
                   for attr in _protocol_attrs(cls)):
                return True
        return super().__instancecheck__(instance)


_SKIPPED = {'__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__',
            '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
            '__class_getitem__', '__parameters__', '__orig_bases__', '__qualname__',
            '_is_protocol', '_is_runtime_protocol', '__init_subclass__', '_abc_impl',
            '__protocol_attrs__', '__orig_class__'}


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        for attr in list(base.__dict__) + list(base.__dict__.get('__annotations__', {})):
            if not attr.startswith('_abc_') and attr not in _SKIPPED:
                attrs.add(attr)
    return attrs


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


class Protocol(Generic, metaclass=_ProtocolMeta):
    """The base of structural types; with runtime_checkable, isinstance checks the attributes."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if '_is_runtime_protocol' not in cls.__dict__:
            cls._is_runtime_protocol = False
        if cls._is_protocol and cls.__init__ is object.__init__:
            cls.__init__ = _no_init


AnyStr = TypeVar('AnyStr', bytes, str)


def runtime_checkable(cls):
    """Let isinstance() check a protocol by the attributes its instances have."""
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


@runtime_checkable
class SupportsInt(Protocol):
    """Has __int__."""
    __slots__ = ()

    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """Has __float__."""
    __slots__ = ()

    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """Has __index__."""
    __slots__ = ()

    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs(Protocol):
    """Has __abs__."""
    __slots__ = ()

    def __abs__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol):
    """Has __round__."""
    __slots__ = ()

    def __round__(self, ndigits=0):
        pass


class IO(Generic[AnyStr]):
    """The type of open files and streams, for annotations."""
    __slots__ = ()


class BinaryIO(IO[bytes]):
    """The type of binary streams, for annotations."""
    __slots__ = ()


class TextIO(IO[str]):
    """The type of text streams, for annotations."""
    __slots__ = ()


def cast(typ, val):
    """Tell a type checker val has type typ; at run time it is val unchanged."""
    return val


def _overload_dummy(*args, **kwds):
    raise NotImplementedError('You should not call an overloaded function. A series of '
                              '@overload-decorated functions outside a stub module should '
                              'always be followed by an implementation that is not '
                              '@overload-ed.')


def overload(func):
    """Mark a signature of an overloaded function; the undecorated definition is the real one."""
    return _overload_dummy


def final(f):
    """Mark a method or class as final; at run time it only sets __final__."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Mark a function or class so type checkers ignore its annotations."""
    if isinstance(arg, type):
        for value in list(arg.__dict__.values()):
            if isinstance(value, types.FunctionType):
                value.__no_type_check__ = True
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    @functools.wraps(decorator)
    def wrapped(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped


class NewType:
    """A distinct name for a type, for checkers; at run time calling it returns its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        try:
            self.__module__ = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            self.__module__ = '__main__'

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass an instance of NewType. Perhaps you were looking for: '
                        '`%s = NewType(%r, %s)`' % (self.__name__, self.__name__, self.__name__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def get_origin(tp):
    """The unsubscripted form: list for List[int], Union for Optional[int]."""
    if isinstance(tp, _UnionGenericAlias):
        return Union
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if isinstance(tp, types.UnionType):
        return types.UnionType
    if isinstance(tp, (_BaseAlias, types.GenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """The subscript's arguments: (str, int) for Dict[str, int]."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if not _whole_parameter_list(args[0]):
            return (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, (_GenericAlias, types.GenericAlias, types.UnionType)):
        return tp.__args__
    return ()


def _eval_hint(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        value = ForwardRef(value)
    if isinstance(value, ForwardRef):
        return _eval_hint(value._evaluate(globalns, localns), globalns, localns)
    if isinstance(value, _GenericAlias) and not isinstance(value, _LiteralGenericAlias):
        args = tuple(_eval_hint(a, globalns, localns) if not isinstance(a, list)
                     else [_eval_hint(x, globalns, localns) for x in a] for a in value.__args__)
        if args != value.__args__:
            if isinstance(value, _CallableGenericAlias):
                return value.__class__(value.__origin__, args, name=value._name)
            return value.copy_with(args)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class, module or function, with string annotations evaluated."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            annotations = base.__dict__.get('__annotations__', {})
            if globalns is None:
                module = sys.modules.get(base.__module__)
                base_globals = getattr(module, '__dict__', {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            for name, value in annotations.items():
                hints[name] = _eval_hint(value, base_globals, base_locals)
        return hints if include_extras else {k: _strip_annotations(v) for k, v in hints.items()}
    if globalns is None:
        if isinstance(obj, types.ModuleType):
            globalns = obj.__dict__
        else:
            inner = obj
            while hasattr(inner, '__wrapped__'):
                inner = inner.__wrapped__
            globalns = getattr(inner, '__globals__', {})
    if localns is None:
        localns = globalns
    annotations = getattr(obj, '__annotations__', None)
    if annotations is None:
        if isinstance(obj, (types.FunctionType, types.BuiltinFunctionType, types.MethodType,
                            types.ModuleType)):
            return {}
        raise TypeError('%r is not a module, class, method, or function.' % (obj,))
    hints = {name: _eval_hint(value, globalns, localns) for name, value in annotations.items()}
    return hints if include_extras else {k: _strip_annotations(v) for k, v in hints.items()}


def _caller_module(depth=2):
    try:
        return sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return '__main__'


def _make_namedtuple(name, fields, module, defaults=()):
    fields = [(n, _type_check(t, 'field %s annotation must be a type' % n)) for n, t in fields]
    cls = collections.namedtuple(name, [n for n, t in fields], defaults=defaults, module=module)
    cls.__annotations__ = dict(fields)
    return cls


_NAMEDTUPLE_KEEP_OUT = frozenset({'__module__', '__name__', '__annotations__'})
_NAMEDTUPLE_RESERVED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                                  '_field_defaults', '_make', '_replace', '_asdict', '_source'})


class NamedTupleMeta(type):
    """Turns `class P(NamedTuple)` with annotated fields into a collections.namedtuple."""

    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        annotations = ns.get('__annotations__', {})
        with_defaults = []
        for name in annotations:
            if name in ns:
                with_defaults.append(name)
            elif with_defaults:
                raise TypeError('Non-default namedtuple field %s cannot follow default field%s %s'
                                % (name, 's' if len(with_defaults) > 1 else '',
                                   ', '.join(with_defaults)))
        result = _make_namedtuple(typename, annotations.items(), ns['__module__'],
                                  [ns[name] for name in with_defaults])
        for key, value in ns.items():
            if key in _NAMEDTUPLE_RESERVED:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key not in _NAMEDTUPLE_KEEP_OUT and key not in result._fields:
                setattr(result, key, value)
        return result


def NamedTuple(typename, fields=None, /, **kwargs):
    """A namedtuple whose fields have types: NamedTuple('P', [('x', int)]) or class syntax."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError('Either list of fields or keywords can be provided to NamedTuple, not both')
    return _make_namedtuple(typename, fields, _caller_module())


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


class _TypedDictMeta(type):
    """Makes `class Movie(TypedDict)` a dict type whose instances are plain dicts."""

    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        result = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        own = {n: _type_check(t, 'TypedDict(\'Name\', {f0: t0, f1: t1, ...}); '
                                 'f0, f1, ... must be types.')
               for n, t in ns.get('__annotations__', {}).items()}
        annotations.update(own)
        (required if total else optional).update(own)
        result.__annotations__ = annotations
        result.__required_keys__ = frozenset(required)
        result.__optional_keys__ = frozenset(optional)
        result.__total__ = total
        return result

    def __init__(cls, name, bases, ns, total=True):
        super().__init__(name, bases, ns)

    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with declared keys: TypedDict('Movie', {'name': str}) or class syntax."""
    if fields is None:
        fields = kwargs
    ns = {'__annotations__': dict(fields), '__module__': _caller_module()}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


# Last: _typing_extra builds on the classes above (it imports this module back).
from _typing_extra import (Annotated, Concatenate, ParamSpec, ParamSpecArgs,  # noqa: E402
                           ParamSpecKwargs, _AnnotatedAlias, _ConcatenateGenericAlias,
                           _strip_annotations, assert_never, dataclass_transform, reveal_type)
