"""Regular expressions: Python 3.11's re module on PCRE2.

minipy's own version of CPython's re. Patterns are read with Python's
syntax and messages (re._translate) and matched by PCRE2 through the
builtin module _re. It provides compile, search, match, fullmatch, split,
findall, finditer, sub, subn, escape, purge, error, the flags (I, M, S,
X, A, U, L, T, DEBUG and their long names) as RegexFlag, Pattern and
Match with CPython's attributes, methods and reprs, sub templates (\\1,
\\g<name>, \\g<0>) and Python 3.7's rules for empty matches.

Pattern.scanner() and the Scanner lexer are there too.

Not yet: re.DEBUG's dump, re.LOCALE's locale (bytes patterns use ASCII
rules), pickling of patterns and matches. Where PCRE2 and
CPython's engine differ, tests/golden/DEVIATIONS.md says how.
"""

import enum
import sys

import _re
from re._translate import translate as _translate

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


# ------------------------------------------------------------- flags

class RegexFlag(enum.IntFlag, boundary=enum.KEEP):
    """The re flags: ints that print as re.IGNORECASE|re.MULTILINE."""

    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128

    __str__ = object.__str__

    # The members by the module's name (CPython's global_flag_repr), with
    # bits that are no member in hex.
    def __repr__(self):
        if self._name_ is None:
            return "re.RegexFlag(%r)" % self._value_
        return "|".join(hex(int(n)) if n[0].isdigit() else "re." + n for n in self._name_.split("|"))


NOFLAG = RegexFlag.NOFLAG
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE
T = TEMPLATE = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG

# Pattern.__repr__ lists flags in this order (CPython's pattern_repr).
_REPR_ORDER = (
    ("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8),
    ("DOTALL", 16), ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128), ("ASCII", 256),
)


# ------------------------------------------------------------- error

class error(Exception):
    """A pattern or template that is not a valid regular expression.

    msg is the message alone, pattern and pos where it went wrong (or
    None), lineno and colno the position's line and column.
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


# PCRE2's words for the problems the translation leaves for it to find.
_PCRE2_MESSAGES = {
    "lookbehind assertion is not fixed length": "look-behind requires fixed-width pattern",
}


# ---------------------------------------------------------- Pattern

def _check_subject(pattern, string):
    if isinstance(string, str):
        if not pattern._is_str:
            raise TypeError("cannot use a bytes pattern on a string-like object")
    elif isinstance(string, bytes):
        if pattern._is_str:
            raise TypeError("cannot use a string pattern on a bytes-like object")
    else:
        raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)


def _bounds(string, pos, endpos):
    n = len(string)
    pos = int(pos)
    endpos = int(endpos)
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos < 0:
        endpos = 0
    elif endpos > n:
        endpos = n
    return pos, endpos


class _ReadOnly:
    """An attribute read from another slot that cannot be set or deleted."""

    __slots__ = ("_slot",)

    def __init__(self, slot):
        self._slot = slot

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return getattr(obj, self._slot)

    def __set__(self, obj, value):
        raise AttributeError("readonly attribute")

    def __delete__(self, obj):
        raise AttributeError("readonly attribute")


_object_new = object.__new__


class Pattern:
    """A compiled regular expression (re.compile's result)."""

    __slots__ = ("_pattern", "_flags", "_groups", "_groupindex", "_code", "_is_str", "_names", "__weakref__")

    pattern = _ReadOnly("_pattern")
    flags = _ReadOnly("_flags")
    groups = _ReadOnly("_groups")
    groupindex = _ReadOnly("_groupindex")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def __repr__(self):
        text = repr(self._pattern)[:200]
        flags = int(self._flags)
        if self._is_str and flags & (4 | 32 | 256) == 32:
            flags &= ~32  # re.UNICODE is a str pattern's default
        if not flags:
            return "re.compile(%s)" % text
        names = []
        for name, bit in _REPR_ORDER:
            if flags & bit:
                names.append("re." + name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        return "re.compile(%s, %s)" % (text, "|".join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self._pattern == other._pattern and self._flags == other._flags

    def __hash__(self):
        return hash((self._pattern, self._flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _find(self, string, pos, endpos, mode):
        spans = self._code.find(string, pos, endpos, mode)
        if spans is None:
            return None
        if pos or endpos != sys.maxsize:
            pos, endpos = _bounds(string, pos, endpos)
            return _new_match(self, string, pos, endpos, spans)
        return _new_match(self, string, 0, len(string), spans)

    def match(self, string, pos=0, endpos=sys.maxsize):
        """The match at pos (or None)."""
        return self._find(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=sys.maxsize):
        """The match of all of string[pos:endpos] (or None)."""
        return self._find(string, pos, endpos, 2)

    def search(self, string, pos=0, endpos=sys.maxsize):
        """The first match at or after pos (or None)."""
        return self._find(string, pos, endpos, 0)

    # The spans of every match from pos on, an empty match allowed next to
    # the one before (Python 3.7's rule) but not twice at the same place.
    # findall, split and sub read the spans without making Match objects.
    def _spans(self, string, pos=0, endpos=sys.maxsize):
        _check_subject(self, string)
        pos, endpos = _bounds(string, pos, endpos)
        find = self._code.scanner(string).find
        start = pos
        not_empty = 0
        while start <= endpos:
            spans = find(start, endpos, 0, not_empty)
            if spans is None:
                return
            yield spans
            not_empty = spans[0] == spans[1]
            start = spans[1]

    def _iterate(self, string, pos=0, endpos=sys.maxsize):
        _check_subject(self, string)
        first, last = _bounds(string, pos, endpos)
        for spans in self._spans(string, pos, endpos):
            yield _new_match(self, string, first, last, spans)

    def scanner(self, string, pos=0, endpos=sys.maxsize):
        """An object whose match() and search() go on from the last match."""
        return _PatternScanner(self, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=sys.maxsize):
        """An iterator over the matches, as Match objects."""
        _check_subject(self, string)  # now, not at the first next()
        return self._iterate(string, pos, endpos)

    def findall(self, string, pos=0, endpos=sys.maxsize):
        """Every match's text; with groups, their texts ('' when unmatched)."""
        groups = self._groups
        if groups == 0:
            return [string[s[0]:s[1]] for s in self._spans(string, pos, endpos)]
        empty = string[:0]
        if groups == 1:
            return [string[s[2]:s[3]] if s[2] >= 0 else empty for s in self._spans(string, pos, endpos)]
        result = []
        for s in self._spans(string, pos, endpos):
            result.append(tuple(string[s[i]:s[i + 1]] if s[i] >= 0 else empty for i in range(2, 2 * groups + 2, 2)))
        return result

    def split(self, string, maxsplit=0):
        """string cut at the matches, with the groups' texts between."""
        result = []
        last = 0
        n = 0
        width = 2 * self._groups + 2
        for s in self._spans(string):
            if maxsplit and n >= maxsplit:  # a negative maxsplit splits nothing
                break
            result.append(string[last:s[0]])
            for i in range(2, width, 2):
                result.append(string[s[i]:s[i + 1]] if s[i] >= 0 else None)
            last = s[1]
            n += 1
        result.append(string[last:])
        return result

    def subn(self, repl, string, count=0):
        """(the new string, the number of replacements made)."""
        function = None
        literal = None
        template = None
        if callable(repl):
            function = repl
        else:
            template = _compile_template(self, repl)
            if len(template) == 1 and not isinstance(template[0], int):
                literal = template[0]
        pieces = []
        last = 0
        n = 0
        for s in self._spans(string):
            if count and n >= count:  # a negative count replaces nothing
                break
            if last < s[0]:
                pieces.append(string[last:s[0]])
            # A function's result is not checked here: join reports a
            # wrong type with its index, as CPython's does.
            if function is not None:
                piece = function(_new_match(self, string, 0, len(string), s))
                if piece is not None:
                    pieces.append(piece)
            elif literal is not None:
                pieces.append(literal)
            else:
                pieces.append(_expand_spans(string, s, template))
            last = s[1]
            n += 1
        if last < len(string):
            pieces.append(string[last:])
        return string[:0].join(pieces), n

    def sub(self, repl, string, count=0):
        """string with the matches replaced by repl (a template or a function)."""
        return self.subn(repl, string, count)[0]



# ------------------------------------------------------------ Match

class _PatternScanner:
    """What Pattern.scanner() returns (CPython's SRE_Scanner): each match()
    or search() starts where the last match ended, an empty match is not
    repeated at the same place, and after the first failure every call
    returns None."""

    def __init__(self, pattern, string, pos, endpos):
        _check_subject(pattern, string)
        self.pattern = pattern
        self._string = string
        self._first, self._last = _bounds(string, pos, endpos)
        self._at = self._first
        self._find = pattern._code.scanner(string).find
        self._not_empty = 0
        self._exhausted = False

    def _next(self, mode):
        if self._exhausted or self._at > self._last:
            self._exhausted = True
            return None
        spans = self._find(self._at, self._last, mode, self._not_empty)
        if spans is None:
            self._exhausted = True
            return None
        self._not_empty = spans[0] == spans[1]
        self._at = spans[1]
        return _new_match(self.pattern, self._string, self._first, self._last, spans)

    def match(self):
        return self._next(1)

    def search(self):
        return self._next(0)


class Match:
    """The result of a successful match: the groups' spans and texts."""

    __slots__ = ("_re", "_string", "_pos", "_endpos", "_spans")

    re = _ReadOnly("_re")
    string = _ReadOnly("_string")
    pos = _ReadOnly("_pos")
    endpos = _ReadOnly("_endpos")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def _index(self, group):
        if type(group) is int and 0 <= group <= self._re._groups:
            return group
        if isinstance(group, str):
            index = self._re._groupindex.get(group)
        elif isinstance(group, int):
            index = int(group)
        else:
            index = None
        if index is None or not 0 <= index <= self._re._groups:
            raise IndexError("no such group")
        return index

    def _text(self, index, default=None):
        start = self._spans[2 * index]
        if start < 0:
            return default
        return self._string[start:self._spans[2 * index + 1]]

    def group(self, *groups):
        """One group's text (group 0 is the whole match), or a tuple of several."""
        if not groups:
            return self._string[self._spans[0]:self._spans[1]]
        if len(groups) == 1:
            return self._text(self._index(groups[0]))
        return tuple(self._text(self._index(g)) for g in groups)

    def __getitem__(self, group):
        return self._text(self._index(group))

    def groups(self, default=None):
        """Every group's text, default for those that did not take part."""
        spans = self._spans
        string = self._string
        result = []
        for i in range(2, len(spans), 2):
            start = spans[i]
            result.append(default if start < 0 else string[start:spans[i + 1]])
        return tuple(result)

    def groupdict(self, default=None):
        """The named groups' texts by name."""
        return {name: self._text(index, default) for name, index in self._re._groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        index = self._index(group)
        return self._spans[2 * index], self._spans[2 * index + 1]

    @property
    def regs(self):
        return tuple((self._spans[2 * i], self._spans[2 * i + 1]) for i in range(self._re._groups + 1))

    # The group that closed last: the one ending last, of those the
    # outermost (PCRE2 does not record the order in which groups closed).
    @property
    def lastindex(self):
        best = None
        best_end = -1
        best_start = 0
        spans = self._spans
        for i in range(1, self._re._groups + 1):
            start, end = spans[2 * i], spans[2 * i + 1]
            if start < 0:
                continue
            if end > best_end or (end == best_end and start < best_start):
                best, best_end, best_start = i, end, start
        return best

    @property
    def lastgroup(self):
        index = self.lastindex
        if index is None:
            return None
        return self._re._names.get(index)

    def expand(self, template):
        """template with its \\1 and \\g<name> references filled in."""
        return _expand(self, _compile_template(self._re, template))

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self._spans[0], self._spans[1], repr(self._text(0))[:50])

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

def _class_getitem(cls, item):
    from types import GenericAlias
    return GenericAlias(cls, item)


Pattern.__class_getitem__ = classmethod(_class_getitem)
Match.__class_getitem__ = classmethod(_class_getitem)


def _new_match(pattern, string, pos, endpos, spans):
    m = _object_new(Match)
    m._re = pattern
    m._string = string
    m._pos = pos
    m._endpos = endpos
    m._spans = spans
    return m


# --------------------------------------------------------- templates

_TEMPLATE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
_template_cache = {}


# A template as a list of literal texts and group numbers.
def _compile_template(pattern, template):
    key = (pattern, type(template), template)
    parts = _template_cache.get(key)
    if parts is not None:
        return parts
    parts = _parse_template(pattern, template)
    if len(_template_cache) >= 512:
        _template_cache.clear()
    _template_cache[key] = parts
    return parts


def _parse_template(pattern, template):
    if not isinstance(template, (str, bytes)):
        raise TypeError("decoding to str: need a bytes-like object, %s found" % type(template).__name__)
    is_str = isinstance(template, str)
    text = template if is_str else template.decode("latin-1")
    parts = []
    literal = []
    i = 0
    n = len(text)

    def fail(message, pos):
        return error(message, template, pos)

    while i < n:
        c = text[i]
        if c != "\\":
            literal.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise fail("bad escape (end of pattern)", start)
        c = text[i]
        i += 1
        group = None
        if c == "g":
            if i >= n or text[i] != "<":
                raise fail("missing <", i)
            name_start = i + 1
            end = text.find(">", name_start)
            if end < 0:
                if name_start >= n:
                    raise fail("missing group name", name_start)
                raise fail("missing >, unterminated name", name_start)
            name = text[name_start:end]
            if not name:
                raise fail("missing group name", name_start)
            i = end + 1
            if name.isdigit() and name.isascii():
                group = int(name)
                if group > pattern._groups:
                    raise fail("invalid group reference %d" % group, name_start)
            elif name.isidentifier():
                group = pattern._groupindex.get(name)
                if group is None:
                    raise IndexError("unknown group name %r" % name)
            else:
                raise fail("bad character in group name %r" % name, name_start)
        elif c == "0":
            digits = c
            while len(digits) < 3 and i < n and text[i] in "01234567":
                digits += text[i]
                i += 1
            literal.append(chr(int(digits, 8)))
            continue
        elif c in "123456789":
            digits = c
            if i < n and text[i] in "0123456789":
                if (c in "01234567" and text[i] in "01234567" and i + 1 < n and text[i + 1] in "01234567"):
                    digits = text[start + 1:i + 2]
                    i += 2
                    code = int(digits, 8)
                    if code > 0o377:
                        raise fail("octal escape value \\%s outside of range 0-0o377" % digits, start)
                    literal.append(chr(code))
                    continue
                digits += text[i]
                i += 1
            group = int(digits)
            if group > pattern._groups:
                raise fail("invalid group reference %d" % group, start + 1)
        elif c in _TEMPLATE_ESCAPES:
            literal.append(_TEMPLATE_ESCAPES[c])
            continue
        elif c.isascii() and c.isalpha():
            raise fail("bad escape \\" + c, start)
        else:
            literal.append("\\" + c)
            continue
        if literal:
            parts.append("".join(literal))
            literal = []
        parts.append(group)
    if literal or not parts:
        parts.append("".join(literal))
    if not is_str:
        parts = [p if isinstance(p, int) else p.encode("latin-1") for p in parts]
    return parts


def _expand(match, template):
    return _expand_spans(match._string, match._spans, template)


def _expand_spans(string, spans, template):
    pieces = []
    for part in template:
        if isinstance(part, int):
            start = spans[2 * part]
            if start >= 0:
                pieces.append(string[start:spans[2 * part + 1]])
        else:
            pieces.append(part)
    return string[:0].join(pieces)


# ------------------------------------------------------- compilation

_MAXCACHE = 512
_cache = {}


def _compile(pattern, flags):
    # A RegexFlag is equal to its int, so both find the same entry.
    key = (type(pattern), pattern, flags)
    found = _cache.get(key)
    if found is not None:
        return found
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    compiled = _make_pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        # Drop the oldest entry, as CPython's cache does.
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    _cache[key] = compiled
    return compiled


def _make_pattern(pattern, flags):
    is_str = isinstance(pattern, str)
    if is_str:
        if flags & LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if flags & ASCII and flags & UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & LOCALE and flags & ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    text, flags, groups, groupindex = _translate(pattern, flags, error)
    if is_str:
        if flags & ASCII and flags & UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
        if not flags & ASCII:
            flags |= 32  # re.UNICODE; Pattern.flags is a plain int
        code = _re.compile(text, flags)
    else:
        code = _re.compile(text.encode("latin-1"), flags)
    if isinstance(code, tuple):
        message = _PCRE2_MESSAGES.get(code[0], code[0])
        raise error(message)
    p = _object_new(Pattern)
    p._pattern = pattern
    p._flags = flags
    p._code = code
    p._groups = code.groups
    p._is_str = is_str
    p._groupindex = _mappingproxy(groupindex)
    p._names = {number: name for name, number in groupindex.items()}
    return p


def compile(pattern, flags=0):
    """Compile a regular expression pattern into a Pattern."""
    return _compile(pattern, flags)


def purge():
    """Clear the cache of compiled patterns and templates."""
    _cache.clear()
    _template_cache.clear()


def match(pattern, string, flags=0):
    """The match of pattern at the start of string (or None)."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """The match of pattern against all of string (or None)."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """The first match of pattern anywhere in string (or None)."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """string with the matches of pattern replaced by repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """(sub's result, the number of replacements made)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """string cut at the matches of pattern."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Every non-overlapping match of pattern in string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator over the matches of pattern in string."""
    return _compile(pattern, flags).finditer(string)


def template(pattern, flags=0):
    """Compile a template pattern (deprecated in CPython)."""
    return _compile(pattern, flags | TEMPLATE)


# The characters escape() puts a backslash before (CPython 3.7's set).
_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    """pattern with every character that is special in a regex escaped."""
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    text = pattern.decode("latin-1")
    return "".join("\\" + c if c in _SPECIAL else c for c in text).encode("latin-1")


def _mappingproxy(d):
    from types import MappingProxyType
    return MappingProxyType(d)


class Scanner:
    """A small lexer: lexicon is a list of (pattern, action) pairs. scan()
    reads the string from the start, at each place taking the first pattern
    that matches there (as an alternation would) and calling its action
    with the scanner and the matched text (the match is in self.match) when
    the action is callable, keeping what it returns unless that is None (a
    None action keeps nothing). It stops where nothing matches, or where a
    match is empty, and returns the kept results and the rest of the string.

    Unlike CPython's, each pattern is matched on its own, so inside an
    action self.match's group numbers are the pattern's own."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        self._phrases = [(compile(phrase, flags), action) for phrase, action in lexicon]

    def _match_at(self, string, at):
        for pattern, action in self._phrases:
            found = pattern.match(string, at)
            if found is not None:
                return found, action
        return None, None

    def scan(self, string):
        results = []
        at = 0
        while True:
            found, action = self._match_at(string, at)
            if found is None or found.end() == at:
                break
            if callable(action):
                self.match = found
                action = action(self, found.group())
            if action is not None:
                results.append(action)
            at = found.end()
        return results, string[at:]
