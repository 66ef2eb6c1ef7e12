"""Streams: files, and text and bytes kept in memory.

minipy's own version of CPython's io module. The classes that do the work
are C++, in the builtin module _io (as CPython's are C): StringIO and
BytesIO (in-memory streams), and the file objects that open() returns,
named as CPython names them (TextIOWrapper for text, BufferedReader,
BufferedWriter and BufferedRandom for binary files). io.open is
builtins.open itself. This module adds the abstract classes IOBase,
RawIOBase, BufferedIOBase and TextIOBase, with the concrete classes
registered as their virtual subclasses, so isinstance(f, io.TextIOBase)
answers as in CPython; and SEEK_SET/SEEK_CUR/SEEK_END, open_code and
text_encoding.

Not yet: FileIO (unbuffered raw files), BufferedRWPair,
IncrementalNewlineDecoder, BlockingIOError, BytesIO.getbuffer() (a
BytesIO does not export its buffer yet), and the abstract classes' default method
implementations (they only answer isinstance).
"""

import abc
from _io import (DEFAULT_BUFFER_SIZE, UnsupportedOperation, open, StringIO, BytesIO, TextIOWrapper,
                 BufferedReader, BufferedWriter, BufferedRandom)

__all__ = ["open", "open_code", "IOBase", "RawIOBase", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE",
           "text_encoding"]

# Where seek() counts from: the start, the current position, the end.
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def open_code(path):
    """Opens path for reading as bytes, as the import system reads code."""
    if not isinstance(path, str):
        raise TypeError(f"open_code() argument 'path' must be str, not {type(path).__name__}")
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    """The encoding to use for text: `encoding`, or "locale" for None."""
    if encoding is None:
        return "locale"
    return encoding


class IOBase(metaclass=abc.ABCMeta):
    """The base of every stream class."""


class RawIOBase(IOBase):
    """The base of unbuffered binary streams."""


class BufferedIOBase(IOBase):
    """The base of buffered binary streams (BytesIO, the binary files)."""


class TextIOBase(IOBase):
    """The base of text streams (StringIO, the text files)."""


for _cls in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom):
    BufferedIOBase.register(_cls)
for _cls in (StringIO, TextIOWrapper):
    TextIOBase.register(_cls)
del _cls
