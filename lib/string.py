"""Character classes as strings, capwords, $-templates and a custom str.format.

minipy's own version of CPython's string module:

- the constants whitespace, ascii_lowercase, ascii_uppercase, ascii_letters,
  digits, hexdigits, octdigits, punctuation and printable;
- capwords(s, sep=None);
- Template: "$name", "${name}" and "$$" substitution with substitute(),
  safe_substitute(), get_identifiers() and is_valid(); a subclass may
  change delimiter, idpattern, braceidpattern and flags;
- Formatter: str.format's machinery as overridable methods (format,
  vformat, parse, get_field, get_value, check_unused_args, format_field,
  convert_field).

Not yet: minipy has no re module, so Template has no compiled `pattern`
attribute (a subclass that sets one gets NotImplementedError), its flags
is the plain number 2 (re.IGNORECASE's value), and idpattern and
braceidpattern may use classes, literals and quantifiers but not groups or
alternatives (see _IdPattern).
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits",
           "octdigits", "printable", "punctuation", "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words (at sep, or at runs of whitespace), capitalize
    each and join them again with sep (or a single space)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


# ------------------------------------------------------------ Template
#
# CPython builds Template's placeholder pattern as a regular expression
# from delimiter, idpattern, braceidpattern and flags. minipy has no re
# module: the delimiter is matched as text, and the identifier patterns
# are read by _IdPattern, which understands what identifier patterns use:
# character classes ([a-z], [^...], \w \d \s and their negations), '.',
# literal characters, the quantifiers * + ? {m} {m,} {m,n} (and their lazy
# forms), and inline flags around or before the whole pattern ((?a:...),
# (?i:...), (?-i:...), (?i)). Like CPython's, the pattern is read in
# verbose mode: whitespace outside a class and # comments are ignored.

_IGNORECASE = 2
_ASCII = 256
_nothing = {}


class _IdPattern:
    # One identifier pattern, compiled to a list of (test, min, max, lazy).

    def __init__(self, pattern, flags):
        self.pattern = pattern
        self.ignore_case = bool(flags & _IGNORECASE)
        self.ascii = bool(flags & _ASCII)
        body = self._strip_flags(pattern)
        self.atoms = self._parse(body)

    def _unsupported(self):
        raise NotImplementedError("minipy's string.Template cannot read the pattern %r: it has no re module, "
                                  "and reads only classes, literals and quantifiers" % self.pattern)

    def _apply_flags(self, letters):
        on = True
        for c in letters:
            if c == '-':
                on = False
            elif c == 'i':
                self.ignore_case = on
            elif c == 'a':
                self.ascii = on
            elif c not in 'Lux':
                self._unsupported()

    def _strip_flags(self, body):
        while body.startswith('(?'):
            close = body.find(')')
            colon = body.find(':')
            if close < 0:
                self._unsupported()
            if 0 <= colon < close:
                # (?flags:...) must wrap everything that follows.
                if not body.endswith(')'):
                    self._unsupported()
                self._apply_flags(body[2:colon])
                body = body[colon + 1:-1]
            else:
                self._apply_flags(body[2:close])
                body = body[close + 1:]
        return body

    def _escape_test(self, c):
        ascii = self.ascii
        if not c:
            self._unsupported()
        if c in 'wW':
            test = (lambda ch: ch.isascii() and (ch.isalnum() or ch == '_')) if ascii else \
                (lambda ch: ch.isalnum() or ch == '_')
        elif c in 'dD':
            test = (lambda ch: '0' <= ch <= '9') if ascii else (lambda ch: ch.isdecimal())
        elif c in 'sS':
            test = (lambda ch: ch in ' \t\n\r\f\v') if ascii else (lambda ch: ch.isspace())
        else:
            return None
        if c.isupper():
            return lambda ch: not test(ch)
        return test

    def _parse_class(self, body, i):
        # body[i] follows '['; returns (test, index after ']').
        negate = body[i:i + 1] == '^'
        if negate:
            i += 1
        items = []
        first = True
        while True:
            if i >= len(body):
                self._unsupported()
            c = body[i]
            if c == ']' and not first:
                i += 1
                break
            first = False
            if c == '\\':
                test = self._escape_test(body[i + 1:i + 2])
                if test is not None:
                    items.append(test)
                    i += 2
                    continue
                c = body[i + 1:i + 2]
                i += 1
            if body[i + 1:i + 2] == '-' and body[i + 2:i + 3] not in ('', ']'):
                high = body[i + 2]
                if high == '\\':
                    high = body[i + 3:i + 4]
                    i += 1
                items.append((lambda lo, hi: lambda ch: lo <= ch <= hi)(c, high))
                i += 3
            else:
                items.append((lambda one: lambda ch: ch == one)(c))
                i += 1

        def test(ch):
            return any(item(ch) for item in items) != negate
        return test, i

    def _parse(self, body):
        atoms = []
        i = 0
        n = len(body)
        while i < n:
            c = body[i]
            if c in ' \t\n\r\f\v':
                i += 1
                continue
            if c == '#':
                while i < n and body[i] != '\n':
                    i += 1
                continue
            if c == '[':
                test, i = self._parse_class(body, i + 1)
            elif c == '\\':
                test = self._escape_test(body[i + 1:i + 2])
                if test is None:
                    test = (lambda one: lambda ch: ch == one)(body[i + 1:i + 2])
                i += 2
            elif c == '.':
                test = lambda ch: ch != '\n'
                i += 1
            elif c in '()|^$*+?{':
                self._unsupported()
            else:
                test = (lambda one: lambda ch: ch == one)(c)
                i += 1
            low, high, i = self._quantifier(body, i)
            lazy = body[i:i + 1] == '?'
            if lazy:
                i += 1
            atoms.append((self._folded(test), low, high, lazy))
        return atoms

    def _quantifier(self, body, i):
        c = body[i:i + 1]
        if c == '*':
            return 0, None, i + 1
        if c == '+':
            return 1, None, i + 1
        if c == '?':
            return 0, 1, i + 1
        if c == '{':
            close = body.find('}', i)
            if close < 0:
                self._unsupported()
            inside = body[i + 1:close]
            low, comma, high = inside.partition(',')
            if not low.isdigit() or (high and not high.isdigit()):
                self._unsupported()
            return int(low), (int(high) if high else (None if comma else int(low))), close + 1
        return 1, 1, i

    def _folded(self, test):
        if not self.ignore_case:
            return test
        return lambda ch: test(ch) or test(ch.lower()) or test(ch.upper())

    def ends(self, text, pos):
        # Every place a match starting at pos can end, in the order the
        # regular expression engine would try them.
        return self._ends_from(0, text, pos)

    def _ends_from(self, k, text, pos):
        if k == len(self.atoms):
            yield pos
            return
        test, low, high, lazy = self.atoms[k]
        most = pos
        while most < len(text) and (high is None or most - pos < high) and test(text[most]):
            most += 1
        if most - pos < low:
            return
        counts = range(low, most - pos + 1) if lazy else range(most - pos, low - 1, -1)
        for count in counts:
            yield from self._ends_from(k + 1, text, pos + count)


class Template:
    """A string with $-placeholders: "$name" or "${name}" is replaced by a
    value, "$$" by "$". Names are ASCII identifiers unless a subclass sets
    idpattern (and braceidpattern for the braced form)."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        cls._compile()

    @classmethod
    def _compile(cls):
        if 'pattern' in cls.__dict__:
            raise NotImplementedError("minipy's string.Template has no re module: a subclass may set "
                                      "delimiter, idpattern, braceidpattern and flags, not pattern")
        cls._named = _IdPattern(cls.idpattern, cls.flags)
        cls._braced = _IdPattern(cls.braceidpattern or cls.idpattern, cls.flags)

    def __init__(self, template):
        self.template = template

    # -- scanning: each placeholder as (start, end, kind, name), kind being
    # 'escaped', 'named', 'braced' or 'invalid' (a delimiter followed by
    # nothing usable: the match is the delimiter alone).

    def _delimiter_at(self, i):
        text = self.template
        delimiter = self.delimiter
        piece = text[i:i + len(delimiter)]
        if self.flags & _IGNORECASE:
            return piece.lower() == delimiter.lower()
        return piece == delimiter

    def _braced_end(self, i):
        # Where "{name}" starting at i ends, or None.
        text = self.template
        if text[i:i + 1] != '{':
            return None
        for end in self._braced.ends(text, i + 1):
            if text[end:end + 1] == '}':
                return end
        return None

    def _placeholders(self):
        text = self.template
        size = len(self.delimiter)
        n = len(text)
        i = 0
        while i < n:
            if not self._delimiter_at(i):
                i += 1
                continue
            after = i + size
            named_end = next(self._named.ends(text, after), None)
            if size and self._delimiter_at(after):
                found = (i, after + size, 'escaped', None)
            elif named_end is not None:
                found = (i, named_end, 'named', text[after:named_end])
            elif self._braced_end(after) is not None:
                end = self._braced_end(after)
                found = (i, end + 1, 'braced', text[after + 1:end])
            else:
                found = (i, after, 'invalid', None)
            yield found
            i = found[1] if found[1] > i else i + 1

    def _unrecognized(self):
        # What CPython raises when a named group matched the empty string.
        raise ValueError('Unrecognized named group in pattern', self.idpattern)

    def _invalid(self, start):
        # The position reported is just after the delimiter.
        start += len(self.delimiter)
        lines = self.template[:start].splitlines(keepends=True)
        if not lines:
            line, column = 1, 1
        else:
            line = len(lines)
            column = start - len(''.join(lines[:-1]))
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (line, column))

    @staticmethod
    def _key(kind, name):
        # The mapping key of a placeholder: None for "$$" and invalid ones,
        # and for a named one that matched nothing (as CPython's
        # `named or braced` reads it).
        if kind == 'named':
            return name or None
        return name

    def _replace(self, convert):
        pieces = []
        done = 0
        for start, end, kind, name in self._placeholders():
            pieces.append(self.template[done:start])
            pieces.append(convert(start, end, kind, self._key(kind, name)))
            done = end
        pieces.append(self.template[done:])
        return ''.join(pieces)

    @staticmethod
    def _lookup(mapping, kws):
        # Keywords come before the mapping, as a ChainMap would have them.
        if mapping is _nothing:
            return kws.__getitem__
        if not kws:
            return mapping.__getitem__

        def both(name):
            try:
                return kws[name]
            except KeyError:
                pass
            try:
                return mapping[name]
            except KeyError:
                pass
            raise KeyError(name)
        return both

    def substitute(self, mapping=_nothing, /, **kws):
        """Replace every placeholder by its value, from mapping and the
        keyword arguments; a missing name raises KeyError, a malformed
        placeholder ValueError."""
        lookup = self._lookup(mapping, kws)

        def convert(start, end, kind, key):
            if key is not None:
                return str(lookup(key))
            if kind == 'escaped':
                return self.delimiter
            if kind == 'invalid':
                self._invalid(start)
            self._unrecognized()
        return self._replace(convert)

    def safe_substitute(self, mapping=_nothing, /, **kws):
        """Like substitute(), but placeholders without a value, and
        malformed ones, stay as they are."""
        lookup = self._lookup(mapping, kws)

        def convert(start, end, kind, key):
            if key is not None:
                try:
                    return str(lookup(key))
                except KeyError:
                    return self.template[start:end]
            if kind == 'escaped':
                return self.delimiter
            if kind == 'invalid':
                return self.template[start:end]
            self._unrecognized()
        return self._replace(convert)

    def is_valid(self):
        """True when the template has no malformed placeholder."""
        return all(kind != 'invalid' for _, _, kind, _ in self._placeholders())

    def get_identifiers(self):
        """The names of the placeholders, in order of first appearance."""
        names = []
        for _, _, kind, name in self._placeholders():
            key = self._key(kind, name)
            if key is not None:
                if key not in names:
                    names.append(key)
            elif kind not in ('escaped', 'invalid'):
                self._unrecognized()
        return names


Template._compile()


# ------------------------------------------------------------ Formatter

def _decimal_value(text):
    # The value of a field-name part made only of decimal digits, else None.
    if not text:
        return None
    value = 0
    for c in text:
        if not c.isdecimal():
            return None
        value = value * 10 + int(c)
    return value


def _parse_format(text):
    # str.format's markup, as (literal, field name, format spec, conversion)
    # tuples; a literal alone has None for the other three.
    n = len(text)
    i = 0
    while i < n:
        start = i
        brace = None
        while i < n:
            c = text[i]
            i += 1
            if c in '{}':
                brace = c
                break
        at_end = i >= n
        literal_end = i
        if brace == '}' and (at_end or text[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if brace == '{' and at_end:
            raise ValueError("Single '{' encountered in format string")
        if brace is None:
            yield text[start:i], None, None, None
            return
        if text[i] == brace:
            # "{{" or "}}": the literal keeps one brace.
            i += 1
            yield text[start:literal_end], None, None, None
            continue
        literal = text[start:literal_end - 1]
        field, spec, conversion, i = _parse_field(text, i)
        yield literal, field, spec, conversion


def _parse_field(text, i):
    # The field after a "{" at i - 1: its name, format spec, conversion,
    # and where the text goes on.
    n = len(text)
    name_start = i
    c = None
    while i < n:
        c = text[i]
        i += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while i < n and text[i] != ']':
                i += 1
            continue
        if c in '}:!':
            break
    name = text[name_start:i - 1]
    if c not in ('!', ':'):
        if c != '}':
            raise ValueError("expected '}' before end of string")
        return name, '', None, i
    conversion = None
    if c == '!':
        if i >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = text[i]
        i += 1
        if i < n:
            c = text[i]
            i += 1
            if c == '}':
                return name, '', conversion, i
            if c != ':':
                raise ValueError("expected ':' after conversion specifier")
    spec_start = i
    depth = 1
    while i < n:
        c = text[i]
        i += 1
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                return name, text[spec_start:i - 1], conversion, i
    raise ValueError("unmatched '{' in format spec")


def _split_field_name(name):
    # The first part of a field name (an int when it is all digits), and
    # an iterator over the rest as (is attribute, name or index) pairs.
    i = 0
    while i < len(name) and name[i] not in '.[':
        i += 1
    first = name[:i]
    number = _decimal_value(first)
    return (first if number is None else number), _field_name_rest(name, i)


def _field_name_rest(name, i):
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        if c == '.':
            start = i
            while i < n and name[i] not in '.[':
                i += 1
            part = name[start:i]
            is_attr = True
            key = part
        elif c == '[':
            start = i
            while i < n and name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            part = name[start:i]
            i += 1
            is_attr = False
            number = _decimal_value(part)
            key = part if number is None else number
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        if not part:
            raise ValueError("Empty attribute in format string")
        yield is_attr, key


class Formatter:
    """str.format as a class whose steps can be overridden: parse() splits
    the format string, get_field() finds each value, convert_field() applies
    !r / !s / !a and format_field() formats it."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        # auto_arg_index: the next number for "{}", or False once a field
        # has been numbered by hand.
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            # The format spec may hold fields of its own ("{0:{1}}").
            format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args, recursion_depth - 1,
                                                        auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """The pieces of format_string: (literal_text, field_name,
        format_spec, conversion) tuples, the last three None after a
        literal with no field."""
        if not isinstance(format_string, str):
            raise TypeError("expected str, got %s" % type(format_string).__name__)
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """The value a field names ("0", "name", "0.attr", "name[key]"), and
        the key of the argument it came from."""
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first
