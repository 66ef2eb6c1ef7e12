"""ctypes: C data types over minipy's heap, the part memory lessons use.

Provides the simple types of a 64-bit Linux CPython (c_byte … c_ulong,
c_float, c_double, c_char, c_bool, c_void_p, py_object, with the same
aliases: c_int64 is c_long, c_size_t is c_ulong, …), from_address, the
.value of each, POINTER/pointer with .contents, cast, sizeof, addressof
and ArgumentError. The C half is the builtin module _ctypes.

Unlike CPython, every read of memory that a ctypes object did not make
itself is checked against minipy's heap: an address outside it raises
ValueError instead of crashing the process, and values are written only
into ctypes objects' own buffers. Not yet: arrays (c_long * 3), structures
and unions, c_char_p/c_wchar_p, byref, memmove/memset/string_at, loading
shared libraries (CDLL) and calling foreign functions.
"""

import sys as _sys

from _ctypes import _CData, _SimpleCData, _Pointer, sizeof, addressof, _cast


class ArgumentError(Exception):
    pass


class c_byte(_SimpleCData):
    _type_ = "b"

class c_ubyte(_SimpleCData):
    _type_ = "B"

class c_short(_SimpleCData):
    _type_ = "h"

class c_ushort(_SimpleCData):
    _type_ = "H"

class c_int(_SimpleCData):
    _type_ = "i"

class c_uint(_SimpleCData):
    _type_ = "I"

class c_long(_SimpleCData):
    _type_ = "l"

class c_ulong(_SimpleCData):
    _type_ = "L"

class c_float(_SimpleCData):
    _type_ = "f"

class c_double(_SimpleCData):
    _type_ = "d"

class c_char(_SimpleCData):
    _type_ = "c"

class c_bool(_SimpleCData):
    _type_ = "?"

class c_void_p(_SimpleCData):
    _type_ = "P"

class py_object(_SimpleCData):
    _type_ = "O"


# On 64-bit Linux these are the same types, as in CPython.
c_int8 = c_byte
c_uint8 = c_ubyte
c_int16 = c_short
c_uint16 = c_ushort
c_int32 = c_int
c_uint32 = c_uint
c_int64 = c_longlong = c_ssize_t = c_long
c_uint64 = c_ulonglong = c_size_t = c_ulong
c_voidp = c_void_p

_pointer_type_cache = {}


def _pointer_type(cls, module):
    try:
        return _pointer_type_cache[cls]
    except (KeyError, TypeError):
        pass
    if not isinstance(cls, type):
        raise TypeError("must be a ctypes type")
    if not issubclass(cls, _CData):
        raise TypeError("_type_ must have storage info")
    made = type("LP_" + cls.__name__, (_Pointer,), {"_type_": cls, "__module__": module})
    _pointer_type_cache[cls] = made
    return made


def POINTER(cls):
    """The type of pointers to instances of the ctypes type cls (cached)."""
    return _pointer_type(cls, _sys._getframe(1).f_globals.get("__name__"))


def pointer(obj):
    """A new pointer to the ctypes instance obj."""
    cls = _pointer_type(type(obj), _sys._getframe(1).f_globals.get("__name__"))
    return cls(obj)


def cast(obj, typ):
    """The address obj holds (an int, None, a pointer or c_void_p) as an
    instance of the pointer type typ: cast(id(x), py_object).value is x."""
    if obj is None:
        address = 0
    elif isinstance(obj, int):
        address = obj
    elif isinstance(obj, _Pointer) or (isinstance(obj, _SimpleCData) and obj._type_ == "P"):
        address = None
    else:
        raise ArgumentError("argument 1: TypeError: wrong type")
    return _cast(obj, address, typ)
