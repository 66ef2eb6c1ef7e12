"""Data classes: a decorator that writes __init__, __repr__, __eq__ and more from annotations.

minipy's version of CPython 3.11's dataclasses module: dataclass (init,
repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots), field,
Field, fields, asdict, astuple, replace, is_dataclass, make_dataclass,
FrozenInstanceError, InitVar, KW_ONLY, MISSING, and ClassVar fields.  The
methods are written as source text and built with exec, as CPython builds
them, so their errors (a missing argument, say) read as CPython's.

Not yet: weakref_slot, the __getstate__/__setstate__ pair CPython adds to
frozen slotted classes, and string annotations naming InitVar or KW_ONLY.
"""

import copy
import functools
import keyword
import sys
import types
from reprlib import recursive_repr

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = types.MappingProxyType({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    """Marks an annotation as an argument of __init__ and __post_init__, not a field."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            name = self.type.__name__
        else:
            name = repr(self.type)
        return 'dataclasses.InitVar[%s]' % name

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """What dataclass knows about one field; field() makes these."""
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else types.MappingProxyType(metadata))
        self.kw_only = kw_only
        self._field_type = None

    @recursive_repr()
    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,'
                'hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%r)'
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                   self._field_type))

    def __set_name__(self, owner, name):
        hook = getattr(type(self.default), '__set_name__', None)
        if hook is not None:
            hook(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)'
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe one field: its default or default factory and which methods use it."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(annotation):
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    return (annotation is typing.ClassVar
            or getattr(annotation, '__origin__', None) is typing.ClassVar)


def _is_string_classvar(annotation):
    if not isinstance(annotation, str):
        return False
    head = annotation.strip().split('[', 1)[0].strip()
    return head in ('ClassVar', 'typing.ClassVar')


def _get_field(cls, name, annotation, default_kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, types.MemberDescriptorType):
            default = MISSING
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(annotation) or _is_string_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif isinstance(annotation, InitVar) or annotation is InitVar:
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory' % (f.name,))
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        f.kw_only = False
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                         % (type(f.default), f.name))
    return f


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _make_function(name, args, body, namespace, cls):
    """Build one method from source text, the way CPython writes them."""
    text = 'def %s(%s):\n' % (name, ', '.join(args))
    text += ''.join('    %s\n' % line for line in (body or ['pass']))
    scope = dict(namespace)
    scope.setdefault('__dataclass_builtins_object__', object)
    exec(text, scope)
    function = scope[name]
    function.__qualname__ = '%s.%s' % (cls.__qualname__, name)
    return function


def _field_assign(frozen, name, value):
    if frozen:
        return '__dataclass_builtins_object__.__setattr__(self, %r, %s)' % (name, value)
    return 'self.%s = %s' % (name, value)


def _init_fn(cls, all_fields, std_fields, kw_only_fields, frozen, has_post_init):
    seen_default = False
    for f in std_fields:
        if f.init:
            if f.default is not MISSING or f.default_factory is not MISSING:
                seen_default = True
            elif seen_default:
                raise TypeError('non-default argument %r follows default argument' % (f.name,))
    namespace = {'MISSING': MISSING, '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY}
    body = []
    for f in all_fields:
        if f.default_factory is not MISSING:
            namespace['_dflt_' + f.name] = f.default_factory
            if f.init:
                value = '_dflt_%s() if %s is _HAS_DEFAULT_FACTORY else %s' % (f.name, f.name, f.name)
            else:
                value = '_dflt_%s()' % f.name
        elif f.init:
            if f.default is not MISSING:
                namespace['_dflt_' + f.name] = f.default
            value = f.name
        else:
            value = None
        if value is not None and f._field_type is _FIELD:
            body.append(_field_assign(frozen, f.name, value))
    if has_post_init:
        names = [f.name for f in all_fields if f._field_type is _FIELD_INITVAR]
        body.append('self.%s(%s)' % (_POST_INIT_NAME, ', '.join(names)))

    def param(f):
        if f.default is MISSING and f.default_factory is MISSING:
            return f.name
        if f.default_factory is not MISSING:
            return '%s=_HAS_DEFAULT_FACTORY' % f.name
        return '%s=_dflt_%s' % (f.name, f.name)

    args = ['self'] + [param(f) for f in std_fields]
    if kw_only_fields:
        args += ['*'] + [param(f) for f in kw_only_fields]
    self_name = '__dataclass_self__' if 'self' in [f.name for f in all_fields] else 'self'
    if self_name != 'self':
        args[0] = self_name
        body = [line.replace('self.', self_name + '.').replace('(self,', '(%s,' % self_name)
                for line in body]
    init = _make_function('__init__', args, body, namespace, cls)
    annotations = {f.name: f.type for f in std_fields + kw_only_fields}
    annotations['return'] = None
    init.__annotations__ = annotations
    return init


def _tuple_text(names):
    if not names:
        return '()'
    return '(' + ','.join('self.%s' % name for name in names) + ',)'


def _cmp_fn(cls, name, op, fields_):
    names = [f.name for f in fields_]
    mine = _tuple_text(names)
    theirs = mine.replace('self.', 'other.')
    body = ['if other.__class__ is self.__class__:',
            '    return %s %s %s' % (mine, op, theirs),
            'return NotImplemented']
    return _make_function(name, ['self', 'other'], body, {}, cls)


def _hash_fn(cls, fields_):
    body = ['return hash(%s)' % _tuple_text([f.name for f in fields_])]
    return _make_function('__hash__', ['self'], body, {}, cls)


def _repr_fn(cls, fields_):
    parts = ', '.join('%s={self.%s!r}' % (f.name, f.name) for f in fields_)
    body = ['return self.__class__.__qualname__ + f"(%s)"' % parts]
    inner = _make_function('__repr__', ['self'], body, {}, cls)
    # CPython's generated functions are made inside a __create_fn__; pprint
    # recognises a generated __repr__ by that name on the wrapped function.
    inner.__qualname__ = '__create_fn__.<locals>.__repr__'
    wrapper = _recursion_guard(inner)
    wrapper.__qualname__ = '%s.__repr__' % cls.__qualname__
    return wrapper


def _recursion_guard(user_function):
    # A __repr__ that shows '...' for an object already being shown.
    running = set()

    @functools.wraps(user_function)
    def wrapper(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            return user_function(self)
        finally:
            running.discard(key)
    return wrapper


def _frozen_methods(cls, fields_):
    names = tuple(f.name for f in fields_)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot assign to field %r' % (name,))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot delete field %r' % (name,))
        super(cls, self).__delattr__(name)

    for function in (__setattr__, __delattr__):
        function.__qualname__ = '%s.%s' % (cls.__qualname__, function.__name__)
        if _set_new_attribute(cls, function.__name__, function):
            raise TypeError('Cannot overwrite attribute %s in class %s'
                            % (function.__name__, cls.__name__))


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    all_fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if getattr(base, _PARAMS).frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get('__annotations__', {})
    own_fields = []
    kw_only_seen = False
    for name, annotation in annotations.items():
        if annotation is KW_ONLY or (isinstance(annotation, str) and annotation in ('KW_ONLY', 'dataclasses.KW_ONLY')):
            if kw_only_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been specified' % (name,))
            kw_only_seen = True
            kw_only = True
            continue
        own_fields.append(_get_field(cls, name, annotation, kw_only))

    for f in own_fields:
        all_fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError('%r is a field but has no type annotation' % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, all_fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    field_list = list(all_fields.values())
    real_fields = [f for f in field_list if f._field_type is _FIELD]
    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        init_fields = [f for f in field_list if f._field_type in (_FIELD, _FIELD_INITVAR) and f.init]
        std = [f for f in init_fields if not f.kw_only]
        kws = [f for f in init_fields if f.kw_only]
        candidates = [f for f in field_list if f._field_type in (_FIELD, _FIELD_INITVAR)]
        _set_new_attribute(cls, '__init__', _init_fn(cls, candidates, std, kws, frozen, has_post_init))

    if repr:
        _set_new_attribute(cls, '__repr__', _repr_fn(cls, [f for f in real_fields if f.repr]))

    compared = [f for f in real_fields if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__', _cmp_fn(cls, '__eq__', '==', compared))

    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if _set_new_attribute(cls, name, _cmp_fn(cls, name, op, compared)):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (name, cls.__name__))

    if frozen:
        _frozen_methods(cls, real_fields)

    hashed = [f for f in real_fields if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % (cls.__name__,))
        cls.__hash__ = _hash_fn(cls, hashed)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _hash_fn(cls, hashed)
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        try:
            text = str(_init_signature_text(cls)).replace(' -> None', '')
        except (TypeError, ValueError):
            text = ''
        cls.__doc__ = cls.__name__ + text

    if match_args:
        init_fields = [f for f in field_list if f._field_type in (_FIELD, _FIELD_INITVAR) and f.init]
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in init_fields if not f.kw_only))

    if slots:
        cls = _add_slots(cls, frozen)

    abc = sys.modules.get('abc')
    if abc is not None and hasattr(abc, 'update_abstractmethods'):
        abc.update_abstractmethods(cls)
    return cls


def _init_signature_text(cls):
    """The text CPython's inspect.signature gives for the generated __init__."""
    init = cls.__dict__.get('__init__')
    fields_ = getattr(cls, _FIELDS, {})
    if init is None or not hasattr(init, '__code__'):
        raise ValueError('no signature')
    params = []
    star = False
    for f in fields_.values():
        if f._field_type is _FIELD_CLASSVAR or not f.init:
            continue
        if f.kw_only and not star:
            params.append('*')
            star = True
        text = f.name
        if f.type is not None:
            text += ': ' + _type_text(f.type)
        if f.default_factory is not MISSING:
            text += ' = <factory>'
        elif f.default is not MISSING:
            text += ' = ' + repr(f.default)
        params.append(text)
    return '(' + ', '.join(params) + ') -> None'


def _type_text(annotation):
    if isinstance(annotation, type) and not isinstance(annotation, types.GenericAlias):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return '%s.%s' % (annotation.__module__, annotation.__qualname__)
    if isinstance(annotation, str):
        return repr(annotation)
    if getattr(type(annotation), '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    return repr(annotation)


def _add_slots(cls, is_frozen):
    namespace = dict(cls.__dict__)
    names = tuple(f.name for f in getattr(cls, _FIELDS).values() if f._field_type is _FIELD)
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(getattr(base, '__slots__', ()))
    namespace['__slots__'] = tuple(name for name in names if name not in inherited)
    for name in names:
        namespace.pop(name, None)
    namespace.pop('__dict__', None)
    namespace.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    if is_frozen:
        _rebind_frozen(new_cls, cls)
    return new_cls


def _rebind_frozen(new_cls, old_cls):
    fields_ = [f for f in getattr(new_cls, _FIELDS).values() if f._field_type is _FIELD]
    type.__delattr__(new_cls, '__setattr__')
    type.__delattr__(new_cls, '__delattr__')
    _frozen_methods(new_cls, fields_)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False):
    """Add generated special methods to a class whose fields are its annotations."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The fields of a dataclass or instance, in order, without ClassVars and InitVars."""
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """The instance's fields as a dict, recursing into dataclasses, lists, tuples and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The instance's field values as a tuple, recursing as asdict does."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance like obj, with the given fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be '
                                 'specified with replace()' % (f.name,))
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError('InitVar %r must be specified with replace()' % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False):
    """Create a dataclass from a list of names, (name, type) or (name, type, Field) items."""
    namespace = {} if namespace is None else namespace.copy()
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, annotation = item, 'typing.Any'
        elif len(item) == 2:
            name, annotation = item
        elif len(item) == 3:
            name, annotation, spec = item
            defaults[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        if keyword.iskeyword(name):
            raise TypeError('Field names must not be keywords: %r' % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        annotations[name] = annotation
    namespace.update(defaults)
    namespace['__annotations__'] = annotations
    cls = types.new_class(cls_name, bases, {}, lambda ns: ns.update(namespace))
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots)
