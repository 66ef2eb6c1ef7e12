"""Enumerations: classes whose attributes are a fixed set of named, unique members.

minipy's version of CPython 3.11's enum module.  It provides EnumType (and
its old name EnumMeta), Enum, ReprEnum, IntEnum, StrEnum, Flag, IntFlag,
auto, unique, FlagBoundary with STRICT/CONFORM/EJECT/KEEP, the functional
API (Enum('Color', 'RED GREEN')), member and nonmember, enum.property,
verify with EnumCheck (UNIQUE, CONTINUOUS, NAMED_FLAGS), and global_enum.
Members keep CPython's reprs, strs, lookup by value and by name, aliases,
iteration order, the flag operators with CPython's pseudo-members for
combined values, and its error messages.

Not yet: members whose name is also an attribute of Enum (a member called
`name` hides Enum.name from its own members), _order_ checking, pickling
support beyond what object gives, and the DeprecationWarning CPython 3.11
prints before `non_member in EnumClass` raises TypeError.
"""

import sys
from types import MappingProxyType

__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'ReprEnum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
    'auto', 'unique', 'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
    'member', 'nonmember', 'property', 'verify', 'EnumCheck', 'UNIQUE', 'CONTINUOUS',
    'NAMED_FLAGS', 'global_enum',
]

# Enum itself does not exist while its own class body is being built.
Enum = Flag = ReprEnum = None

_auto_null = object()


class auto:
    """Stands for a member value that the enum computes when the member is defined."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member:
    """Wraps a class-body value that must become a member even though it is a
    function or other descriptor."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Wraps a class-body value that must stay a plain class attribute."""

    def __init__(self, value):
        self.value = value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    # A mangled `__name` of the class body (`_Color__name`) stays a plain attribute.
    prefix = '_%s__' % cls_name
    return (len(name) > len(prefix) and name.startswith(prefix)
            and name[len(prefix)] != '_' and not name.endswith('__'))


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_single_bit(value):
    return value != 0 and value & (value - 1) == 0


class _EnumDict(dict):
    """The namespace of an enum's class body: it remembers which names are members."""

    def __init__(self):
        super().__init__()
        self._member_names = []
        self._last_values = []
        self._ignore = []
        self._generate_next_value = None
        self._cls_name = None

    def __setitem__(self, key, value):
        # member(x) and nonmember(x) decide for x whatever it is.
        wrapper = type(value) if isinstance(value, (member, nonmember)) else None
        if wrapper is not None:
            value = value.value
        if wrapper is None and _is_sunder(key):
            if key == '_generate_next_value_':
                self._generate_next_value = value
            elif key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                self._ignore = list(value)
                for name in self._ignore:
                    if name in self._member_names:
                        raise ValueError('_ignore_ cannot specify already set names: %r' % (name,))
        elif wrapper is nonmember or (wrapper is None and (
                _is_dunder(key) or key in self._ignore or _is_descriptor(value)
                or _is_private(self._cls_name, key))):
            if key in self._member_names:
                raise TypeError('%r already defined as %r' % (key, self[key]))
        else:
            if key in self._member_names:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = self._next_value(key)
                value = value.value
            self._member_names.append(key)
            self._last_values.append(value)
        super().__setitem__(key, value)

    def _next_value(self, key):
        generate = self._generate_next_value
        if isinstance(generate, staticmethod):
            generate = generate.__func__
        return generate(key, 1, len(self._member_names), self._last_values[:])


def _data_type_of(bases):
    """The type members are instances of besides the enum: the first base along the
    chains that makes its own instances (has __new__), or object for a pure enum.
    A plain mixin that only adds methods is not a data type."""
    for chain in bases:
        candidate = None
        for base in chain.__mro__:
            if base is object:
                continue
            if Enum is not None and isinstance(base, EnumType):
                if base._member_type_ is not object:
                    return base._member_type_
                continue
            if '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                return candidate or base
            candidate = candidate or base
    return object


def _mixins(class_name, bases):
    if not bases or Enum is None:
        return object, Enum
    first_enum = bases[-1]
    if not isinstance(first_enum, EnumType):
        raise TypeError("new enumerations should be created as "
                        "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
    for chain in bases:
        for base in chain.__mro__:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("<enum %r> cannot extend %r" % (class_name, base))
    return _data_type_of(bases), first_enum


def _found_outside_enums(enum_class, name):
    """Whether enum_class gets `name` from its data type or object rather than an enum."""
    for base in enum_class.__mro__[1:]:
        if name in base.__dict__:
            return base is object or not isinstance(base, EnumType)
    return True


class EnumType(type):
    """The metaclass of every enum: it turns the class body's plain values into members."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        namespace = _EnumDict()
        namespace._cls_name = cls
        member_type, first_enum = _mixins(cls, bases)
        if first_enum is not None:
            namespace._generate_next_value = getattr(first_enum, '_generate_next_value_', None)
        return namespace

    def __new__(metacls, cls, bases, classdict, *, boundary=None, **kwds):
        member_type, first_enum = _mixins(cls, bases)
        member_names = classdict._member_names
        ignore = classdict._ignore
        body = {}
        for key, value in dict.items(classdict):
            if key not in member_names and key not in ignore and key != '_ignore_':
                body[key] = value
        members = [(name, dict.__getitem__(classdict, name)) for name in member_names]
        # Enum's own __new__ looks members up; a subclass's __new__ makes them.
        user_new = body.pop('__new__', None) if first_enum is not None else None
        if user_new is not None:
            body['__new_member__'] = user_new
        if first_enum is not None:
            body['__new__'] = Enum.__new__
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        body['_member_type_'] = member_type
        if boundary is not None or (Flag is not None and first_enum is not None
                                    and issubclass(first_enum, Flag)):
            body['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
            body['_flag_mask_'] = 0
            body['_all_bits_'] = 0
            body['_inverted_'] = None
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        if first_enum is None:
            return enum_class

        # Enum's own reprs win over the data type's, unless the class defines its own;
        # a direct ReprEnum subclass (IntEnum) prints as its data type does.
        for name in ('__repr__', '__str__', '__format__'):
            if name not in body and _found_outside_enums(enum_class, name):
                type.__setattr__(enum_class, name, getattr(first_enum, name))
        if ReprEnum is not None and ReprEnum in bases:
            if '__format__' not in body:
                type.__setattr__(enum_class, '__format__', member_type.__format__)
            if '__str__' not in body:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                type.__setattr__(enum_class, '__str__', method)

        new_member = user_new
        if new_member is None:
            new_member = getattr(first_enum, '__new_member__', None)
        for name, value in members:
            _add_member(enum_class, member_type, new_member, name, value)

        if Flag is not None and issubclass(enum_class, Flag):
            # The flag operators win over an int data type's.
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
                if name not in body:
                    type.__setattr__(enum_class, name, Flag.__dict__[name])
            mask = 0
            for member in enum_class._member_map_.values():
                if isinstance(member._value_, int) and _is_single_bit(member._value_):
                    mask |= member._value_
            type.__setattr__(enum_class, '_flag_mask_', mask)
            type.__setattr__(enum_class, '_all_bits_', 2 ** mask.bit_length() - 1)
            values = [member._value_ for member in enum_class]
            type.__setattr__(enum_class, '_by_definition_', values != sorted(values))
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        namespace = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names, last = names, [], []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last[:])
                last.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            namespace[name] = value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            namespace['__module__'] = module
        if qualname is not None:
            namespace['__qualname__'] = qualname
        if boundary is None:
            return metacls.__new__(metacls, class_name, bases, namespace)
        return metacls.__new__(metacls, class_name, bases, namespace, boundary=boundary)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


def _add_member(enum_class, member_type, new_member, name, value):
    if isinstance(value, tuple) and member_type is not tuple:
        args = value
    else:
        args = (value,)
    if new_member is not None:
        member = new_member(enum_class, *args)
    elif member_type is object:
        member = object.__new__(enum_class)
    else:
        member = member_type.__new__(enum_class, *args)
    if '_value_' not in getattr(member, '__dict__', ()):
        if member_type is object:
            member._value_ = value
        else:
            try:
                member._value_ = member_type(*args)
            except Exception:
                member._value_ = value
    value = member._value_
    member._name_ = name
    member.__objclass__ = enum_class
    member.__init__(*args)
    member._sort_order_ = len(enum_class._member_names_)

    canonical = None
    try:
        canonical = enum_class._value2member_map_.get(value)
    except TypeError:
        for other in enum_class._member_map_.values():
            if other._value_ == value:
                canonical = other
                break
    if canonical is not None:
        member = canonical
    else:
        is_flag_alias = (Flag is not None and issubclass(enum_class, Flag)
                         and isinstance(value, int) and not _is_single_bit(value))
        if not is_flag_alias:
            enum_class._member_names_.append(name)
    enum_class._member_map_[name] = member
    type.__setattr__(enum_class, name, member)
    try:
        enum_class._value2member_map_.setdefault(value, member)
    except TypeError:
        enum_class._unhashable_values_.append(value)


class property(property):
    """enum.property: an attribute of members (like name and value) that, read
    on the class, means the member of that name instead; read-only unless it
    has a setter."""

    def __set_name__(self, owner, name):
        self._owner_name = owner.__name__
        self._attr_name = name

    def __get__(self, instance, owner=None):
        if instance is None or self.fget is None:
            try:
                return owner._member_map_[self._attr_name]
            except KeyError:
                # CPython 3.11's EnumType.__getattr__ turns the miss into a bare AttributeError(name).
                raise AttributeError(self._attr_name) from None
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError('<enum %r> cannot set attribute %r' % (self._owner_name, self._attr_name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError('<enum %r> cannot delete attribute %r' % (self._owner_name, self._attr_name))
        self.fdel(instance)


_member_property = property


class Enum(metaclass=EnumType):
    """The base class of enumerations: Color(1) and Color['RED'] find members."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        names = ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']
        for cls in type(self).__mro__:
            if cls in (Enum, object) or (ReprEnum is not None and cls is ReprEnum):
                continue
            for key in cls.__dict__:
                if not key.startswith('_') and key not in names and key not in self._member_map_:
                    names.append(key)
        return sorted(names)

    @_member_property
    def name(self):
        return self._name_

    @_member_property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """An enum whose members print (str and format) as their data type's values do."""


class IntEnum(int, ReprEnum):
    """An enum whose members are also ints."""


class StrEnum(str, ReprEnum):
    """An enum whose members are also strs; auto() gives the lower-cased name."""

    def __new__(cls, *values):
        # The arguments str() takes, each checked as CPython's StrEnum does.
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) > 1 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) > 2 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2],))
        text = str(*values)
        member = str.__new__(cls, text)
        member._value_ = text
        return member

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(Enum):
    """What a Flag does with a value that has bits no member names."""
    STRICT = 'strict'
    CONFORM = 'conform'
    EJECT = 'eject'
    KEEP = 'keep'


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """An enum whose members can be combined with |, & and ^ into new values."""

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        try:
            high = last.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last) from None
        return 2 ** (high + 1)

    @classmethod
    def _iter_member_(cls, value):
        members = []
        for bit in _iter_bits(value):
            member = cls._value2member_map_.get(bit)
            if member is not None:
                members.append(member)
        # Members defined out of value order are listed in definition order.
        if cls._by_definition_:
            members.sort(key=lambda member: member._sort_order_)
        return iter(members)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        if value < 0:
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        boundary = cls._boundary_
        if unknown and boundary is STRICT:
            width = max(all_bits.bit_length(), value.bit_length())
            raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                             % (cls, value, _bits_width(value, width), _bits_width(flag_mask, width)))
        if unknown and boundary is CONFORM:
            value &= flag_mask
            unknown = 0
        if unknown and boundary is EJECT:
            return value
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        known = value & flag_mask
        if known:
            name = '|'.join(member._name_ for member in cls._iter_member_(known))
            if unknown:
                name += '|%s' % unknown
        else:
            name = None
        pseudo._name_ = name
        return cls._value2member_map_.setdefault(value, pseudo)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return self._iter_member_(self._value_)

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        if self._name_ is None:
            return "<%s: %r>" % (self.__class__.__name__, self._value_)
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        other = self._other_value(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._other_value(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._other_value(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                inverted = self.__class__(~self._value_)
            else:
                inverted = self.__class__(self._flag_mask_ ^ self._value_)
            self._inverted_ = inverted
        return self._inverted_


def _iter_bits(value):
    while value:
        bit = value & (~value + 1)
        yield bit
        value ^= bit


def _bits_width(value, width):
    digits = bin(value)[2:]
    return '0b0 ' + digits.rjust(width, '0')


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are also ints and combine with plain ints."""


def unique(enumeration):
    """Class decorator: raise ValueError if any member is an alias of another."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        details = ', '.join('%s -> %s' % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, details))
    return enumeration


class EnumCheck(StrEnum):
    """What verify() can check."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator: verify(UNIQUE, CONTINUOUS, ...) raises ValueError unless the
    enumeration passes every check."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        if issubclass(enumeration, Flag):
            kind = 'flag'
        elif issubclass(enumeration, Enum):
            kind = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                _check_unique(enumeration)
            elif check is CONTINUOUS:
                _check_continuous(enumeration, kind)
            elif check is NAMED_FLAGS:
                _check_named_flags(enumeration)
        return enumeration


def _check_unique(enumeration):
    aliases = ['%s -> %s' % (name, m.name) for name, m in enumeration.__members__.items() if name != m.name]
    if aliases:
        raise ValueError('aliases found in %r: %s' % (enumeration, ', '.join(aliases)))


def _check_continuous(enumeration, kind):
    values = {m.value for m in enumeration}
    if len(values) < 2:
        return
    low, high = min(values), max(values)
    if kind == 'flag':
        # Between the lowest and highest bits, every single bit must be a member.
        expected = [2 ** i for i in range(low.bit_length(), high.bit_length() - 1)]
    else:
        expected = range(low + 1, high)
    missing = [v for v in expected if v not in values]
    if missing:
        message = 'invalid %s %r: missing values %s' % (kind, enumeration.__name__,
                                                       ', '.join(str(v) for v in missing))
        raise ValueError(message[:256])


def _check_named_flags(enumeration):
    canonical = [m.value for m in enumeration]
    names = []
    unnamed = 0
    for name, alias in enumeration._member_map_.items():
        if name in enumeration._member_names_ or alias.value < 0:
            continue
        missed = [bit for bit in _iter_bits(alias.value) if bit not in canonical]
        if missed:
            names.append(name)
            for bit in missed:
                unnamed |= bit
    if not names:
        return
    if len(names) == 1:
        which = 'alias %s is missing' % names[0]
    else:
        which = 'aliases %s and %s are missing' % (', '.join(names[:-1]), names[-1])
    if _is_single_bit(unnamed):
        value = 'value 0x%x' % unnamed
    else:
        value = 'combined values of 0x%x' % unnamed
    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]'
                     % (enumeration.__name__, which, value))


def _global_module_name(member):
    return member.__class__.__module__.rpartition('.')[2]


def _global_enum_repr(self):
    return '%s.%s' % (_global_module_name(self), self._name_)


def _global_flag_repr(self):
    module = _global_module_name(self)
    if self._name_ is None:
        return '%s.%s(%r)' % (module, self.__class__.__name__, self._value_)
    # Bits without a name (KEEP boundary) print as bare numbers.
    return '|'.join(part if part[0].isdigit() else '%s.%s' % (module, part)
                    for part in self._name_.split('|'))


def _global_str(self):
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: put the members in their module's namespace and make them
    print as module.NAME (as re.IGNORECASE does)."""
    type.__setattr__(cls, '__repr__', _global_flag_repr if issubclass(cls, Flag) else _global_enum_repr)
    if update_str or not issubclass(cls, ReprEnum):
        type.__setattr__(cls, '__str__', _global_str)
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls
