"""Packing values into bytes and back, laid out as C structs.

minipy's own version of CPython's struct module, which like CPython's is
the builtin module _struct (C++ here, C there) under its public name:
pack, unpack, calcsize, iter_unpack, pack_into, unpack_from, the Struct
class and struct.error. Every format character and byte order
(@ = < > !) is supported, with x86-64's native sizes and alignment.
The buffers read are any bytes-like object (bytes, bytearray, a
contiguous memoryview, array.array); pack_into writes into a bytearray,
a writable memoryview or an array.array.
"""

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "Struct", "error"]

from _struct import *
from _struct import _clearcache
