"""Character classes as strings, capwords, $-templates and a custom str.format.

minipy's own version of CPython's string module:

- the constants whitespace, ascii_lowercase, ascii_uppercase, ascii_letters,
  digits, hexdigits, octdigits, punctuation and printable;
- capwords(s, sep=None);
- Template: "$name", "${name}" and "$$" substitution with substitute(),
  safe_substitute(), get_identifiers() and is_valid(); a subclass may
  change delimiter, idpattern, braceidpattern and flags, or give its own
  compiled pattern;
- Formatter: str.format's machinery as overridable methods (format,
  vformat, parse, get_field, get_value, check_unused_args, format_field,
  convert_field).

"""

import re as _re

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
# A template's placeholders are found by one regular expression per class,
# made from its delimiter, idpattern, braceidpattern and flags when the
# class is defined (a class may also give its own `pattern`). Whatever
# pattern is used, its groups name what each match is: `escaped` (the
# delimiter twice), `named` ($name), `braced` (${name}) or `invalid` (a
# delimiter followed by nothing usable, matched as the empty string). A
# pattern a class gives itself is compiled like the made one.

_nothing = {}


def _placeholder_pattern(cls):
    if 'pattern' in cls.__dict__:
        source = cls.pattern
    else:
        delimiter = _re.escape(cls.delimiter)
        braced = cls.braceidpattern or cls.idpattern
        source = (delimiter + '(?:'
                  + '(?P<escaped>' + delimiter + ')'
                  + '|(?P<named>' + cls.idpattern + ')'
                  + '|{(?P<braced>' + braced + ')}'
                  + '|(?P<invalid>))')
    # Read in verbose mode, a class's own pattern too, as CPython does.
    return _re.compile(source, cls.flags | _re.VERBOSE)


class Template:
    """A string with $-placeholders: "$name" or "${name}" is replaced by a
    value, "$$" by "$". Names are ASCII identifiers unless a subclass sets
    idpattern (and braceidpattern for the braced form), or its own pattern."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        cls.pattern = _placeholder_pattern(cls)

    def __init__(self, template):
        self.template = template

    def _invalid(self, match):
        # Line and column (both from 1) of what follows the delimiter.
        at = match.start('invalid')
        lines = self.template[:at].splitlines(keepends=True)
        if not lines:
            line, column = 1, 1
        else:
            line = len(lines)
            column = at - len(''.join(lines[:-1]))
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (line, column))

    def _unrecognized(self):
        raise ValueError('Unrecognized named group in pattern', self.pattern)

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

        def convert(match):
            name = match.group('named') or match.group('braced')
            if name is not None:
                return str(lookup(name))
            if match.group('escaped') is not None:
                return self.delimiter
            if match.group('invalid') is not None:
                self._invalid(match)
            self._unrecognized()
        return self.pattern.sub(convert, self.template)

    def safe_substitute(self, mapping=_nothing, /, **kws):
        """Like substitute(), but placeholders without a value, and
        malformed ones, stay as they are."""
        lookup = self._lookup(mapping, kws)

        def convert(match):
            name = match.group('named') or match.group('braced')
            if name is not None:
                try:
                    return str(lookup(name))
                except KeyError:
                    return match.group()
            if match.group('escaped') is not None:
                return self.delimiter
            if match.group('invalid') is not None:
                return match.group()
            self._unrecognized()
        return self.pattern.sub(convert, self.template)

    def is_valid(self):
        """True when the template has no malformed placeholder."""
        for match in self.pattern.finditer(self.template):
            if match.group('invalid') is not None:
                return False
            if (match.group('named') is None and match.group('braced') is None
                    and match.group('escaped') is None):
                self._unrecognized()
        return True

    def get_identifiers(self):
        """The names of the placeholders, in order of first appearance."""
        names = []
        for match in self.pattern.finditer(self.template):
            name = match.group('named') or match.group('braced')
            if name is not None and name not in names:
                names.append(name)
            elif (name is None and match.group('invalid') is None
                  and match.group('escaped') is None):
                self._unrecognized()
        return names


Template.pattern = _placeholder_pattern(Template)


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
