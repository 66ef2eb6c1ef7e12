"""Python values to JSON text: JSONEncoder, encode_basestring(_ascii).

minipy's json.encoder, after CPython 3.11's, with the same output byte for
byte: separators, indentation, key conversion and sorting, NaN/Infinity,
"\\uXXXX" escapes (surrogate pairs beyond the BMP), the circular-reference
check, default(), and iterencode's chunks (which json.dump writes one by
one) cut where CPython's are. The string escaping, and encode() without
indent, are the C++ ones of _json (runtime/modules/json_encode.cpp), as
CPython's are C; py_encode_basestring(_ascii) and the chunks of
iterencode here give the same text in Python.
"""

__all__ = ["JSONEncoder", "encode_basestring", "encode_basestring_ascii"]

INFINITY = float("inf")

_SHORT_ESCAPES = {
    '"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f",
}
_CONTROL_CHARACTERS = {code: None for code in range(32)}


def _escape(ch):
    """The JSON escape of one character."""
    short = _SHORT_ESCAPES.get(ch)
    if short is not None:
        return short
    code = ord(ch)
    if code < 0x10000:
        return "\\u%04x" % code
    code -= 0x10000
    return "\\u%04x\\u%04x" % (0xD800 | (code >> 10), 0xDC00 | (code & 0x3FF))


def py_encode_basestring(s):
    """s as a JSON string, non-ASCII characters kept as they are."""
    if '"' not in s and "\\" not in s and len(s.translate(_CONTROL_CHARACTERS)) == len(s):
        return '"' + s + '"'
    out = []
    for ch in s:
        if ch == '"' or ch == "\\" or ch < " ":
            out.append(_escape(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def py_encode_basestring_ascii(s):
    """s as a JSON string of ASCII characters only."""
    if s.isascii() and s.isprintable() and '"' not in s and "\\" not in s:
        return '"' + s + '"'
    out = []
    for ch in s:
        if " " <= ch <= "~" and ch != '"' and ch != "\\":
            out.append(ch)
        else:
            out.append(_escape(ch))
    return '"' + "".join(out) + '"'


try:
    from _json import encode_basestring as c_encode_basestring
    from _json import encode_basestring_ascii as c_encode_basestring_ascii
    from _json import make_encoder as c_make_encoder
except ImportError:
    c_encode_basestring = c_encode_basestring_ascii = c_make_encoder = None

# The C++ versions (runtime/modules/json.cpp) do the same, faster.
encode_basestring = c_encode_basestring or py_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii or py_encode_basestring_ascii


class JSONEncoder(object):
    """Encodes Python values as JSON.

    Python                       JSON
    dict                         object
    list, tuple                  array
    str                          string
    int, float (and subclasses)  number
    True, False, None            true, false, null

    Other values go through default(), which a subclass overrides to
    return something encodable (the base raises TypeError).
    """

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        """What to encode in place of o, which JSON cannot represent.
        Override it in a subclass; this one raises TypeError."""
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        """The JSON text of o, as one str."""
        if isinstance(o, str):
            return encode_basestring_ascii(o) if self.ensure_ascii else encode_basestring(o)
        return "".join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o in pieces, as a generator; json.dump writes
        each piece as it comes."""
        if _one_shot and c_make_encoder is not None and self.indent is None:
            # encode() joins the pieces anyway: the C++ encoder makes the
            # whole text at once.
            encode_str = encode_basestring_ascii if self.ensure_ascii else encode_basestring
            encoder = c_make_encoder({} if self.check_circular else None, self.default, encode_str, self.indent,
                                     self.key_separator, self.item_separator, self.sort_keys, self.skipkeys,
                                     self.allow_nan)
            return encoder(o, 0)
        return _Encoding(self).chunks(o, 0)


class _Encoding(object):
    """One run of an encoder over one value: the settings read once, and
    the containers being encoded (for the circular-reference check)."""

    def __init__(self, encoder):
        self.markers = {} if encoder.check_circular else None
        self.encode_str = encode_basestring_ascii if encoder.ensure_ascii else encode_basestring
        self.allow_nan = encoder.allow_nan
        self.default = encoder.default
        self.sort_keys = encoder.sort_keys
        self.skipkeys = encoder.skipkeys
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent
        self.item_separator = encoder.item_separator
        self.key_separator = encoder.key_separator

    def float_text(self, o):
        # A float compares unequal to itself only when it is NaN.
        if o != o:
            text = "NaN"
        elif o == INFINITY:
            text = "Infinity"
        elif o == -INFINITY:
            text = "-Infinity"
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            # The C++ encoder leaves out the value, as CPython's C one does.
            raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
        return text

    def scalar_text(self, o):
        """The text of a str, None, bool, int or float; None for anything else."""
        if isinstance(o, str):
            return self.encode_str(o)
        if o is None:
            return "null"
        if o is True:
            return "true"
        if o is False:
            return "false"
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.float_text(o)
        return None

    def enter(self, o):
        markers = self.markers
        if markers is not None:
            marker = id(o)
            if marker in markers:
                raise ValueError("Circular reference detected")
            markers[marker] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def chunks(self, o, level):
        text = self.scalar_text(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.list_chunks(o, level)
        elif isinstance(o, dict):
            yield from self.dict_chunks(o, level)
        else:
            self.enter(o)
            yield from self.chunks(self.default(o), level)
            self.leave(o)

    def list_chunks(self, items, level):
        if not items:
            yield "[]"
            return
        self.enter(items)
        head = "["
        indent = self.indent
        if indent is not None:
            level += 1
            newline = "\n" + indent * level
            separator = self.item_separator + newline
            head += newline
        else:
            newline = None
            separator = self.item_separator
        first = True
        for value in items:
            if not first:
                head = separator
            first = False
            text = self.scalar_text(value)
            if text is not None:
                yield head + text
                continue
            yield head
            if isinstance(value, (list, tuple)):
                yield from self.list_chunks(value, level)
            elif isinstance(value, dict):
                yield from self.dict_chunks(value, level)
            else:
                yield from self.chunks(value, level)
        if newline is not None:
            yield "\n" + indent * (level - 1)
        yield "]"
        self.leave(items)

    def key_text(self, key):
        """The key as a str, or None to skip it (skipkeys)."""
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.float_text(key)
        if key is True:
            return "true"
        if key is False:
            return "false"
        if key is None:
            return "null"
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")

    def dict_chunks(self, mapping, level):
        if not mapping:
            yield "{}"
            return
        self.enter(mapping)
        yield "{"
        indent = self.indent
        if indent is not None:
            level += 1
            newline = "\n" + indent * level
            separator = self.item_separator + newline
            yield newline
        else:
            newline = None
            separator = self.item_separator
        items = sorted(mapping.items()) if self.sort_keys else mapping.items()
        first = True
        for key, value in items:
            key = self.key_text(key)
            if key is None:
                continue
            if not first:
                yield separator
            first = False
            yield self.encode_str(key)
            yield self.key_separator
            text = self.scalar_text(value)
            if text is not None:
                yield text
            elif isinstance(value, (list, tuple)):
                yield from self.list_chunks(value, level)
            elif isinstance(value, dict):
                yield from self.dict_chunks(value, level)
            else:
                yield from self.chunks(value, level)
        if newline is not None:
            yield "\n" + indent * (level - 1)
        yield "}"
        self.leave(mapping)
