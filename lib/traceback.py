"""Print and format exceptions, tracebacks and stacks as the interpreter does.

CPython's traceback module, in the part scripts use: print_exc, format_exc,
print_exception, format_exception, format_exception_only, print_tb,
format_tb, print_stack, format_stack, extract_tb, extract_stack, walk_tb,
walk_stack, format_list, FrameSummary and StackSummary. The text comes from
the interpreter's own printer (the _traceback module), so a printed
traceback is the one an uncaught exception shows, carets included. Not yet:
TracebackException, print_last, exception groups, frame locals in
summaries.
"""

import sys
import _traceback

__all__ = ["extract_stack", "extract_tb", "format_exception", "format_exception_only", "format_list",
           "format_stack", "format_tb", "print_exc", "format_exc", "print_exception", "print_list",
           "print_stack", "print_tb", "FrameSummary", "StackSummary", "walk_stack", "walk_tb"]

_sentinel = object()


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f"Exception expected for value, {type(exc).__name__} found")
        return None, None
    return value, tb


def _limit(limit):
    # As StackSummary.extract: no limit given, sys.tracebacklimit if set.
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


def _print(lines, file):
    if file is None:
        file = sys.stderr
    for line in lines:
        print(line, file=file, end="")


# ------------------------------------------------------------- exceptions

def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines print_exception() would print, as a list of strings."""
    value, tb = _parse_value_tb(exc, value, tb)
    return _traceback.format_exception(value, tb, _limit(limit), chain)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print an exception, its traceback and what is chained to it to file
    (default sys.stderr), as the interpreter prints one nothing caught."""
    _print(format_exception(exc, value, tb, limit=limit, chain=chain), file)


def format_exception_only(exc, /, value=_sentinel):
    """The exception's last lines: its type and message, and its notes."""
    if value is _sentinel:
        value = exc
    return _traceback.format_exception_only(value)


def format_exc(limit=None, chain=True):
    """The exception being handled, formatted as print_exc() prints it."""
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled ("NoneType: None" when none is)."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


# ------------------------------------------------------ tracebacks, stacks

def format_tb(tb, limit=None):
    """A traceback's entries, outermost first, one string each."""
    return _traceback.format_tb(tb, _limit(limit))


def print_tb(tb, limit=None, file=None):
    _print(format_tb(tb, limit), file)


def _caller_frame(f):
    return sys._getframe(2) if f is None else f


def format_stack(f=None, limit=None):
    """The stack from its outermost frame down to f (default: the caller)."""
    return _traceback.format_stack(_caller_frame(f), _limit(limit))


def print_stack(f=None, limit=None, file=None):
    _print(_traceback.format_stack(_caller_frame(f), _limit(limit)), file)


def walk_tb(tb):
    """(frame, line number) for each entry of a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """(frame, line number) from f (default: the caller) out to the first."""
    if f is None:
        f = sys._getframe().f_back  # whoever iterates this generator
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


class FrameSummary:
    """One entry of a traceback or stack: where, and the source line."""

    __slots__ = ("filename", "lineno", "name", "_line", "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _traceback.source_line(self.filename, self.lineno)
        return self._line


class StackSummary(list):
    """A list of FrameSummary objects, outermost first."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        limit = _limit(limit)
        frames = list(frame_gen)
        if limit is not None:
            frames = frames[:limit] if limit >= 0 else frames[limit:]
        result = klass()
        for f, lineno in frames:
            co = f.f_code
            result.append(FrameSummary(co.co_filename, lineno, co.co_name, lookup_line=lookup_lines,
                                       locals=f.f_locals if capture_locals else None))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        """One string per entry; a line repeated more than three times in a
        row is shown three times and counted."""
        result = []
        last = None
        count = 0
        for frame in self:
            key = (frame.filename, frame.lineno, frame.name)
            if key != last:
                if count > 3:
                    result.append(_repeated(count - 3))
                last = key
                count = 0
            count += 1
            if count > 3:
                continue
            row = '  File "{}", line {}, in {}\n'.format(frame.filename, frame.lineno, frame.name)
            if frame.line:
                row += "    {}\n".format(frame.line.strip())
            if frame.locals:
                for name, value in sorted(frame.locals.items()):
                    row += "    {name} = {value}\n".format(name=name, value=value)
            result.append(row)
        if count > 3:
            result.append(_repeated(count - 3))
        return result


def _repeated(count):
    return "  [Previous line repeated {} more time{}]\n".format(count, "s" if count > 1 else "")


def extract_tb(tb, limit=None):
    """A StackSummary of a traceback's entries, outermost first."""
    return StackSummary.extract(walk_tb(tb), limit=limit)


def extract_stack(f=None, limit=None):
    """A StackSummary of the stack down to f (default: the caller)."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    """Format FrameSummary objects or (filename, lineno, name, line) tuples."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    _print(format_list(extracted_list), file)
