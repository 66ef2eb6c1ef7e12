"""Pretty-printing: reprs of nested data laid out to fit a line width.

minipy's own version of CPython's pprint module: pprint(), pformat(), pp(),
saferepr(), isreadable(), isrecursive() and PrettyPrinter with indent,
width, depth, stream, compact, sort_dicts and underscore_numbers, its
format() hook and its pprint/pformat/isreadable/isrecursive methods.

A repr that fits in the room left on the line is written as it is. One
that does not is broken up if it is a dict, list, tuple, set, frozenset,
str (cut between words, as adjacent string literals), bytes,
mappingproxy or types.SimpleNamespace (the types whose own __repr__ is
the builtin one): one item per line, each indented under the opening
bracket. A container met again inside itself is shown as
<Recursion on list with id=...>; deeper than `depth` levels, as [...].
Dict keys are sorted unless sort_dicts is false.

Dataclass instances whose __repr__ is the generated one are laid out a
field per line, as CPython does. Long bytes and bytearrays are cut into
pieces as CPython cuts them. Not yet: collections' types are laid out like
CPython's once a collections module can be imported.
"""

import sys as _sys

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    """Write object's pretty repr and a newline to stream (sys.stdout)."""
    printer = PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                            sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    """Return object's pretty repr as a string."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() with dicts in their own order unless sort_dicts is true."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """repr(object), with recursive containers shown as <Recursion on ...>."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Whether saferepr(object) could be read back by eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _safe_key:
    # A sort key that orders anything: values that cannot be compared with
    # each other are ordered by type name, then by id.
    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return (str(type(self.obj)), id(self.obj)) < (str(type(other.obj)), id(other.obj))


def _safe_tuple(pair):
    # The sort key of a dict item: key first, then value.
    return _safe_key(pair[0]), _safe_key(pair[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


class _TextSink:
    # What pformat writes into: a stream with only write().
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def getvalue(self):
        return ''.join(self.parts)


class PrettyPrinter:
    """Formats objects with its settings: indent (spaces added per nesting
    level), width (the line length aimed at), depth (levels shown before
    '...'), stream (where pprint() writes; sys.stdout when None), compact
    (several short items on one line), sort_dicts and underscore_numbers
    (ints written as 1_000_000)."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        sink = _TextSink()
        self._format(object, sink, 0, 0, {}, 0)
        return sink.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        text, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """The hook subclasses override: returns (repr, readable, recursive)
        for object; context holds the ids of the containers being shown,
        maxlevels the depth limit (None or 0: none), level the depth."""
        return self._safe_repr(object, context, maxlevels, level)

    # -- the layout
    #
    # _format writes object at the current column. `indent` is the column
    # where continuation lines start; `allowance` is how many characters
    # will follow object on its last line (closing brackets, a comma), so
    # they must fit too; `context` holds the ids of the containers being
    # written, `level` the depth.

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        text = self._repr(object, context, level)
        if len(text) > self._width - indent - allowance:
            layout = self._dispatch.get(type(object).__repr__, None)
            if layout is not None:
                context[key] = 1
                layout(self, object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
            if _is_dataclass_instance(object):
                context[key] = 1
                self._pprint_dataclass(object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
        stream.write(text)

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    _dispatch = {}

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        if len(object):
            items = sorted(object.items(), key=_safe_tuple) if self._sort_dicts else object.items()
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        stream.write('}')

    _dispatch[dict.__repr__] = _pprint_dict

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    _dispatch[list.__repr__] = _pprint_list

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        end = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(end), context, level)
        stream.write(end)

    _dispatch[tuple.__repr__] = _pprint_tuple

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        if cls is set:
            stream.write('{')
            end = '}'
        else:
            stream.write(cls.__name__ + '({')
            end = '})'
            indent += len(cls.__name__) + 1
        items = sorted(object, key=_safe_key)
        self._format_items(items, stream, indent, allowance + len(end), context, level)
        stream.write(end)

    _dispatch[set.__repr__] = _pprint_set
    _dispatch[frozenset.__repr__] = _pprint_set

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        # Alone at the top level the pieces get parentheses, so the result
        # is still one expression.
        if level == 1:
            indent += 1
            allowance += 1
        chunks = []
        lines = object.splitlines(True)
        room = self._width - indent
        for i, line in enumerate(lines):
            last_line = i == len(lines) - 1
            text = repr(line)
            if len(text) <= (room - allowance if last_line else room):
                chunks.append(text)
                continue
            # Too long: cut between words, each piece as long as fits.
            words = _words_with_spaces(line)
            current = ''
            for j, word in enumerate(words):
                candidate = current + word
                limit = room - allowance if (last_line and j == len(words) - 1) else room
                if len(repr(candidate)) > limit:
                    if current:
                        chunks.append(repr(current))
                    current = word
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            stream.write(text)
            return
        if level == 1:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(chunks))
        if level == 1:
            stream.write(')')

    _dispatch[str.__repr__] = _pprint_str

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(_wrap_bytes_repr(object, self._width - indent, allowance)))
        if parens:
            stream.write(')')

    _dispatch[bytes.__repr__] = _pprint_bytes

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        # The bytes' pieces, lined up after "bytearray(" and never in parentheses of their own.
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + len('bytearray('), allowance + 1, context, level + 1)
        stream.write(')')

    _dispatch[bytearray.__repr__] = _pprint_bytearray

    def _pprint_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write('mappingproxy(')
        self._format(object.copy(), stream, indent + 13, allowance + 1, context, level)
        stream.write(')')

    _dispatch[type(type.__dict__).__repr__] = _pprint_mappingproxy

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        # SimpleNamespace shows itself as "namespace"; subclasses by name.
        name = 'namespace' if type(object) is type(_sys.implementation) else object.__class__.__name__
        stream.write(name + '(')
        self._format_namespace_items(object.__dict__.items(), stream, indent + len(name) + 1, allowance, context,
                                     level)
        stream.write(')')

    _dispatch[type(_sys.implementation).__repr__] = _pprint_simplenamespace

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        import dataclasses
        name = object.__class__.__name__
        items = [(f.name, getattr(object, f.name)) for f in dataclasses.fields(object) if f.repr]
        stream.write(name + '(')
        self._format_namespace_items(items, stream, indent + len(name) + 1, allowance, context, level)
        stream.write(')')

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        separator = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            last = i == last_index
            text = self._repr(key, context, level)
            stream.write(text)
            stream.write(': ')
            # A value that is not the last is followed by a comma.
            self._format(value, stream, indent + len(text) + 2, allowance if last else 1, context, level)
            if not last:
                stream.write(separator)

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        separator = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            last = i == last_index
            stream.write(key)
            stream.write('=')
            if id(value) in context:
                # As the dataclass repr shows a recursive reference.
                stream.write("...")
            else:
                self._format(value, stream, indent + len(key) + 1, allowance if last else 1, context, level)
            if not last:
                stream.write(separator)

    def _format_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        separator = ',\n' + ' ' * indent
        delimiter = ''
        # In compact mode `room` is what is left of the current line.
        room = max_room = self._width - indent + 1
        it = iter(items)
        try:
            following = next(it)
        except StopIteration:
            return
        last = False
        while not last:
            item = following
            try:
                following = next(it)
            except StopIteration:
                last = True
                max_room -= allowance
                room -= allowance
            if self._compact:
                text = self._repr(item, context, level)
                needed = len(text) + 2
                if room < needed:
                    room = max_room
                    if delimiter:
                        delimiter = separator
                if room >= needed:
                    room -= needed
                    stream.write(delimiter)
                    delimiter = ', '
                    stream.write(text)
                    continue
            stream.write(delimiter)
            delimiter = separator
            self._format(item, stream, indent, allowance if last else 1, context, level)

    # -- one-line reprs

    def _safe_repr(self, object, context, maxlevels, level):
        # (repr, readable, recursive): repr() of object, except that dicts,
        # lists and tuples are written item by item so recursion and the
        # depth limit can be shown, with dict keys sorted if asked.
        typ = type(object)
        if typ in _builtin_scalars:
            return repr(object), True, False
        r = getattr(typ, "__repr__", None)
        if issubclass(typ, int) and r is int.__repr__:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        is_dict = issubclass(typ, dict) and r is dict.__repr__
        if is_dict:
            if not object:
                return "{}", True, False
            pattern = "{%s}"
        elif issubclass(typ, list) and r is list.__repr__:
            if not object:
                return "[]", True, False
            pattern = "[%s]"
        elif issubclass(typ, tuple) and r is tuple.__repr__:
            if len(object) == 1:
                pattern = "(%s,)"
            elif not object:
                return "()", True, False
            else:
                pattern = "(%s)"
        else:
            text = repr(object)
            return text, (text and not text.startswith('<')), False
        key = id(object)
        if maxlevels and level >= maxlevels:
            return pattern % "...", False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        readable = True
        recursive = False
        parts = []
        level += 1
        if is_dict:
            items = sorted(object.items(), key=_safe_tuple) if self._sort_dicts else object.items()
            for k, v in items:
                krepr, kreadable, krecursive = self.format(k, context, maxlevels, level)
                vrepr, vreadable, vrecursive = self.format(v, context, maxlevels, level)
                parts.append("%s: %s" % (krepr, vrepr))
                readable = readable and kreadable and vreadable
                if krecursive or vrecursive:
                    recursive = True
        else:
            for item in object:
                irepr, ireadable, irecursive = self.format(item, context, maxlevels, level)
                parts.append(irepr)
                if not ireadable:
                    readable = False
                if irecursive:
                    recursive = True
        del context[key]
        return pattern % ", ".join(parts), readable, recursive


_builtin_scalars = frozenset({str, bytes, float, bool, type(None)})


def _words_with_spaces(line):
    # line cut after each run of whitespace that follows a word: every piece
    # is some non-space characters and then the spaces after them.
    pieces = []
    n = len(line)
    i = 0
    while i < n:
        start = i
        while i < n and not line[i].isspace():
            i += 1
        while i < n and line[i].isspace():
            i += 1
        pieces.append(line[start:i])
    return pieces


def _wrap_bytes_repr(object, width, allowance):
    # bytes cut at multiples of 4, each piece as long as fits in width (the
    # last one leaving room for the allowance).
    pieces = []
    current = b''
    last = len(object) // 4 * 4
    for i in range(0, len(object), 4):
        part = object[i:i + 4]
        candidate = current + part
        if i == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                pieces.append(repr(current))
            current = part
        else:
            current = candidate
    if current:
        pieces.append(repr(current))
    return pieces


def _is_dataclass_instance(object):
    # A dataclass instance whose repr is the generated one (only when a
    # dataclasses module exists and has been imported).
    dataclasses = _sys.modules.get('dataclasses')
    if dataclasses is None or isinstance(object, type) or not dataclasses.is_dataclass(object):
        return False
    return (object.__dataclass_params__.repr and hasattr(object.__repr__, "__wrapped__")
            and "__create_fn__" in object.__repr__.__wrapped__.__qualname__)


def _add_collections_layouts():
    # collections' types have layouts of their own when the module exists.
    try:
        import collections
    except ImportError:
        return
    P = PrettyPrinter

    def ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1, context, level)
        stream.write(')')

    def default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '({')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        self._format_dict_items(object.most_common(), stream, indent + len(name) + 1, allowance + 2, context, level)
        stream.write('})')

    def chain_map(self, object, stream, indent, allowance, context, level):
        if not len(object.maps):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        indent += len(name) + 1
        for i, m in enumerate(object.maps):
            if i == len(object.maps) - 1:
                self._format(m, stream, indent, allowance + 1, context, level)
                stream.write(')')
            else:
                self._format(m, stream, indent, 1, context, level)
                stream.write(',\n' + ' ' * indent)

    def deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '([')
        indent += len(name) + 1
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
        else:
            self._format_items(object, stream, indent, 2, context, level)
            stream.write('],\n%smaxlen=%s)' % (' ' * indent, self._repr(object.maxlen, context, level)))

    def wrapped_data(self, object, stream, indent, allowance, context, level):
        self._format(object.data, stream, indent, allowance, context, level - 1)

    for name, layout in (('OrderedDict', ordered_dict), ('defaultdict', default_dict), ('Counter', counter),
                         ('ChainMap', chain_map), ('deque', deque), ('UserDict', wrapped_data),
                         ('UserList', wrapped_data), ('UserString', wrapped_data)):
        cls = getattr(collections, name, None)
        if cls is not None:
            P._dispatch[cls.__repr__] = layout


_add_collections_layouts()
