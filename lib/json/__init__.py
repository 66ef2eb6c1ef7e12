"""JSON (RFC 8259) encoding and decoding: dumps/dump and loads/load.

minipy's json package, after CPython 3.11's: dumps, dump, loads, load with
all their options (indent, separators, sort_keys, ensure_ascii, default,
skipkeys, allow_nan, check_circular, cls; object_hook, object_pairs_hook,
parse_float, parse_int, parse_constant, strict), JSONEncoder and
JSONDecoder for subclassing, and JSONDecodeError with CPython's messages
and positions. The output, the errors and what dump writes are CPython's.

Parsing and string escaping are C++ (_json, runtime/modules/json.cpp), as
CPython's are C; the rest is Python.

Not yet: json.tool; bytes in UTF-16 or UTF-32 (minipy has no codec for
them: loads raises LookupError).
"""

__version__ = "2.0.9"
__all__ = [
    "dump", "dumps", "load", "loads",
    "JSONDecoder", "JSONDecodeError", "JSONEncoder",
]

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

_BYTES_TYPES = (bytes, bytearray)

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def _encoder_for(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators, default,
                 sort_keys, kw):
    """The shared default encoder when every option has its default value,
    else a new one of class cls."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None
            and indent is None and separators is None and default is None and not sort_keys and not kw):
        return _default_encoder
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
         indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Write obj as JSON to fp (anything with a write(str) method), piece
    by piece. The options are those of dumps."""
    encoder = _encoder_for(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators,
                           default, sort_keys, kw)
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    """obj as a JSON str.

    skipkeys: leave out dict keys that are not str, int, float, bool or
    None (else TypeError). ensure_ascii: escape every non-ASCII character.
    check_circular: ValueError for a container inside itself (else the
    recursion goes on until RecursionError). allow_nan: write NaN,
    Infinity, -Infinity (else ValueError). indent: pretty-print, with that
    many spaces (or that str) per level. separators: (item, key)
    separators, by default (', ', ': '), or (',', ': ') with an indent.
    default: called for values JSON cannot represent; returns one it can.
    sort_keys: write dicts in key order. cls: a JSONEncoder subclass.
    """
    encoder = _encoder_for(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators,
                           default, sort_keys, kw)
    return encoder.encode(obj)


def detect_encoding(b):
    """The encoding of JSON bytes: from a byte order mark, or from where
    the zero bytes are (the first two characters of JSON are ASCII)."""
    if b.startswith((b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00")):
        return "utf-32"
    if b.startswith((b"\xfe\xff", b"\xff\xfe")):
        return "utf-16"
    if b.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if len(b) >= 4:
        if not b[0]:
            return "utf-16-be" if b[1] else "utf-32-be"
        if not b[1]:
            return "utf-16-le" if b[2] or b[3] else "utf-32-le"
    elif len(b) == 2:
        if not b[0]:
            return "utf-16-be"
        if not b[1]:
            return "utf-16-le"
    return "utf-8"


def _decode_bytes(b):
    encoding = detect_encoding(b)
    if encoding == "utf-8-sig":
        return bytes(b[3:]).decode("utf-8", "surrogatepass")
    return b.decode(encoding, "surrogatepass")


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
         object_pairs_hook=None, **kw):
    """The Python value of the JSON document fp.read() returns. The
    options are those of loads."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    """The Python value of the JSON document s (str, bytes or bytearray).

    object_hook(dict) and object_pairs_hook(list of pairs) replace each
    decoded object (the pairs hook wins). parse_float, parse_int and
    parse_constant receive the text of each float, int, and NaN/Infinity/
    -Infinity. cls: a JSONDecoder subclass. Raises JSONDecodeError.
    """
    if isinstance(s, str):
        if s.startswith("\ufeff"):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, _BYTES_TYPES):
            raise TypeError(f"the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}")
        s = _decode_bytes(s)
    if (cls is None and object_hook is None and parse_int is None and parse_float is None
            and parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw["object_hook"] = object_hook
    if object_pairs_hook is not None:
        kw["object_pairs_hook"] = object_pairs_hook
    if parse_float is not None:
        kw["parse_float"] = parse_float
    if parse_int is not None:
        kw["parse_int"] = parse_int
    if parse_constant is not None:
        kw["parse_constant"] = parse_constant
    return cls(**kw).decode(s)
