"""JSON text to Python values: JSONDecoder, JSONDecodeError, scanstring.

minipy's json.decoder, after CPython 3.11's. The scanner and scanstring
are the C++ ones of _json (runtime/modules/json.cpp), as CPython's are C;
py_scanstring here and json.scanner.py_make_scanner do the same in Python.
Parsing
follows what CPython's C scanner accepts and how it reports errors: the
same messages at the same character positions ("Expecting value: line 1
column 1 (char 0)"), numbers with ASCII digits only, NaN / Infinity /
-Infinity as extensions, object keys shared between objects of one
document (the memo).
"""

from json import scanner

__all__ = ["JSONDecoder", "JSONDecodeError"]

NaN = float("nan")
PosInf = float("inf")
NegInf = float("-inf")


class JSONDecodeError(ValueError):
    """A JSON document could not be parsed.

    msg: what was wrong; doc: the document; pos: the character index where
    it went wrong; lineno and colno: the same as a line and column, from 1.
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {"-Infinity": NegInf, "Infinity": PosInf, "NaN": NaN}

_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
# For str.translate: deleting the control characters shows whether a
# stretch of text has any.
_CONTROL_CHARACTERS = {code: None for code in range(32)}
_WHITESPACE = " \t\n\r"


def _hex4(s, pos):
    """The code unit of the four hex digits at s[pos:pos + 4], or -1."""
    digits = s[pos:pos + 4]
    if len(digits) != 4:
        return -1
    for digit in digits:
        if digit not in _HEX_DIGITS:
            return -1
    return int(digits, 16)


def py_scanstring(s, end, strict=True):
    """Decode the JSON string whose opening quote is at s[end - 1].

    Returns (the str, the index just past its closing quote). With strict,
    control characters inside the string are errors.
    """
    begin = end - 1
    n = len(s)
    pieces = []
    while True:
        quote = s.find('"', end)
        stop = s.find("\\", end, n if quote < 0 else quote)
        if stop < 0:
            stop = n if quote < 0 else quote
        chunk = s[end:stop]
        if strict and len(chunk.translate(_CONTROL_CHARACTERS)) != len(chunk):
            for offset, ch in enumerate(chunk):
                if ch < " ":
                    raise JSONDecodeError("Invalid control character at", s, end + offset)
        if chunk:
            pieces.append(chunk)
        if stop == n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if s[stop] == '"':
            return "".join(pieces), stop + 1
        # A backslash escape.
        pos = stop + 1
        if pos >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        kind = s[pos]
        if kind != "u":
            replacement = _ESCAPES.get(kind)
            if replacement is None:
                raise JSONDecodeError("Invalid \\escape", s, stop)
            pieces.append(replacement)
            end = pos + 1
            continue
        unit = _hex4(s, pos + 1)
        if unit < 0:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, pos)
        end = pos + 5
        # A high surrogate followed by an escaped low one is one character.
        if 0xD800 <= unit <= 0xDBFF and s[end:end + 2] == "\\u":
            low = _hex4(s, end + 2)
            if low < 0:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, end + 1)
            if 0xDC00 <= low <= 0xDFFF:
                unit = 0x10000 + (((unit - 0xD800) << 10) | (low - 0xDC00))
                end += 6
        pieces.append(chr(unit))


try:
    from _json import scanstring as c_scanstring
except ImportError:
    c_scanstring = None

# The C++ version (runtime/modules/json.cpp) does the same, faster.
scanstring = c_scanstring or py_scanstring


class JSONDecoder(object):
    """Decodes JSON documents: decode(s) for a whole document,
    raw_decode(s, idx) for one value at the start of s[idx:].

    JSON       Python
    object     dict (or what object_hook / object_pairs_hook return)
    array      list
    string     str
    number     int or float (or what parse_int / parse_float return)
    true       True
    false      False
    null       None
    NaN, Infinity, -Infinity: float (or what parse_constant returns)
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s, _w=None):
        """The Python value of the JSON document s (a str), which may have
        whitespace around it but nothing else."""
        obj, end = self.raw_decode(s, len(s) - len(s.lstrip(_WHITESPACE)))
        rest = s[end:]
        if rest.strip(_WHITESPACE):
            raise JSONDecodeError("Extra data", s, end + len(rest) - len(rest.lstrip(_WHITESPACE)))
        return obj

    def raw_decode(self, s, idx=0):
        """(value, index where it ends) for the JSON value that starts at
        s[idx]; what follows it is left alone."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
