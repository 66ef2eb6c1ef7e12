"""Tracing the heap's allocations: where the program's memory came from.

minipy's own version of CPython's tracemalloc module, over the builtin
_tracemalloc (the heap's allocation tracer, in C++). It provides start,
stop, is_tracing, clear_traces, get_traceback_limit, get_traced_memory,
reset_peak, get_tracemalloc_memory, get_object_traceback and take_snapshot;
Snapshot with its traces, statistics(), compare_to() and filter_traces();
Filter and DomainFilter; Statistic, StatisticDiff, Frame, Traceback (with
format()) and Trace, printed as CPython prints them.

Snapshot.dump and Snapshot.load write and read JSON, not a pickle (minipy
has no pickle). Sizes are what CPython's allocators would be asked for by
the same objects (see tests/golden/DEVIATIONS.md for where minipy's
allocations differ).
"""

import json as _json
from collections.abc import Sequence, Iterable
from functools import total_ordering

from _tracemalloc import (start, stop, is_tracing, clear_traces, get_traceback_limit,
                          get_traced_memory, reset_peak, get_tracemalloc_memory,
                          _get_object_traceback, _get_traces)


def _format_size(size, sign):
    # At most three significant digits with a unit ("38.6 KiB"), or four or
    # five whole ones ("9216 B", "1023 KiB"); bytes never get a decimal.
    units = ('B', 'KiB', 'MiB', 'GiB', 'TiB')
    for index, unit in enumerate(units):
        last = index == len(units) - 1
        if unit != 'B' and abs(size) < 100:
            spec = "%+.1f %s" if sign else "%.1f %s"
            return spec % (size, unit)
        if last or abs(size) < 10 * 1024:
            spec = "%+.0f %s" if sign else "%.0f %s"
            return spec % (size, unit)
        size /= 1024


class Statistic:
    """Memory allocated at one traceback: total size and number of blocks."""

    __slots__ = ('traceback', 'size', 'count')

    def __init__(self, traceback, size, count):
        self.traceback = traceback
        self.size = size
        self.count = count

    def __hash__(self):
        return hash((self.traceback, self.size, self.count))

    def __eq__(self, other):
        if not isinstance(other, Statistic):
            return NotImplemented
        return (self.traceback, self.size, self.count) == (other.traceback, other.size, other.count)

    def __str__(self):
        text = "%s: size=%s, count=%i" % (self.traceback, _format_size(self.size, False), self.count)
        if self.count:
            text += ", average=%s" % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return '<Statistic traceback=%r size=%i count=%i>' % (self.traceback, self.size, self.count)

    def _sort_key(self):
        return (self.size, self.count, self.traceback)


class StatisticDiff:
    """A Statistic of a new snapshot with its change since an old one."""

    __slots__ = ('traceback', 'size', 'size_diff', 'count', 'count_diff')

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback = traceback
        self.size = size
        self.size_diff = size_diff
        self.count = count
        self.count_diff = count_diff

    def _fields(self):
        return (self.traceback, self.size, self.size_diff, self.count, self.count_diff)

    def __hash__(self):
        return hash(self._fields())

    def __eq__(self, other):
        if not isinstance(other, StatisticDiff):
            return NotImplemented
        return self._fields() == other._fields()

    def __str__(self):
        text = "%s: size=%s (%s), count=%i (%+i)" % (
            self.traceback, _format_size(self.size, False), _format_size(self.size_diff, True),
            self.count, self.count_diff)
        if self.count:
            text += ", average=%s" % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return '<StatisticDiff traceback=%r size=%i (%+i) count=%i (%+i)>' % (
            self.traceback, self.size, self.size_diff, self.count, self.count_diff)

    def _sort_key(self):
        # The biggest change first, then the biggest size.
        return (abs(self.size_diff), self.size, abs(self.count_diff), self.count, self.traceback)


def _compare_grouped_stats(old_group, new_group):
    diffs = []
    for traceback, stat in new_group.items():
        old = old_group.pop(traceback, None)
        old_size, old_count = (old.size, old.count) if old is not None else (0, 0)
        diffs.append(StatisticDiff(traceback, stat.size, stat.size - old_size,
                                   stat.count, stat.count - old_count))
    # What only the old snapshot had is gone now.
    for traceback, stat in old_group.items():
        diffs.append(StatisticDiff(traceback, 0, -stat.size, 0, -stat.count))
    return diffs


@total_ordering
class Frame:
    """One frame of a traceback: a file name and a line number."""

    __slots__ = ("_frame",)

    def __init__(self, frame):
        self._frame = frame  # (filename, lineno)

    @property
    def filename(self):
        return self._frame[0]

    @property
    def lineno(self):
        return self._frame[1]

    def __eq__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame == other._frame

    def __lt__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame < other._frame

    def __hash__(self):
        return hash(self._frame)

    def __str__(self):
        return "%s:%s" % (self.filename, self.lineno)

    def __repr__(self):
        return "<Frame filename=%r lineno=%r>" % (self.filename, self.lineno)


@total_ordering
class Traceback(Sequence):
    """The frames of an allocation, the oldest first.

    _tracemalloc hands over its frames most recent first; they are kept
    turned around, as the Python API has them.
    """

    __slots__ = ("_frames", "_total_nframe")

    def __init__(self, frames, total_nframe=None):
        Sequence.__init__(self)
        self._frames = tuple(reversed(frames))
        self._total_nframe = total_nframe

    @property
    def total_nframe(self):
        return self._total_nframe

    def __len__(self):
        return len(self._frames)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(Frame(frame) for frame in self._frames[index])
        return Frame(self._frames[index])

    def __contains__(self, frame):
        return frame._frame in self._frames

    def __hash__(self):
        return hash(self._frames)

    def __eq__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames == other._frames

    def __lt__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames < other._frames

    def __str__(self):
        return str(self[0])

    def __repr__(self):
        text = "<Traceback %s" % (tuple(self),)
        if self._total_nframe is not None:
            text += " total_nframe=%s" % (self.total_nframe,)
        return text + ">"

    def format(self, limit=None, most_recent_first=False):
        """Lines as a traceback prints them: '  File "x.py", line 3' and the source line."""
        frames = self
        if limit is not None:
            # A positive limit keeps the most recent frames, a negative one the oldest.
            frames = self[-limit:] if limit > 0 else self[:limit]
        if most_recent_first:
            frames = reversed(frames)
        lines = []
        for frame in frames:
            lines.append('  File "%s", line %s' % (frame.filename, frame.lineno))
            source = _source_line(frame.filename, frame.lineno).strip()
            if source:
                lines.append('    %s' % source)
        return lines


# Source lines for Traceback.format, one read per file (linecache's job in
# CPython; minipy has no linecache yet).
_source_cache = {}


def _source_line(filename, lineno):
    lines = _source_cache.get(filename)
    if lines is None:
        try:
            with open(filename, encoding='utf-8') as f:
                lines = f.read().splitlines()
        except (OSError, UnicodeDecodeError, ValueError):
            lines = []
        _source_cache[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def get_object_traceback(obj):
    """The Traceback where obj was allocated, or None if that was not traced."""
    frames = _get_object_traceback(obj)
    if frames is None:
        return None
    return Traceback(frames)


class Trace:
    """One traced block: its domain, size and traceback."""

    __slots__ = ("_trace",)

    def __init__(self, trace):
        self._trace = trace  # (domain, size, frames, total_nframe)

    @property
    def domain(self):
        return self._trace[0]

    @property
    def size(self):
        return self._trace[1]

    @property
    def traceback(self):
        return Traceback(*self._trace[2:])

    def __eq__(self, other):
        if not isinstance(other, Trace):
            return NotImplemented
        return self._trace == other._trace

    def __hash__(self):
        return hash(self._trace)

    def __str__(self):
        return "%s: %s" % (self.traceback, _format_size(self.size, False))

    def __repr__(self):
        return "<Trace domain=%s size=%s, traceback=%r>" % (
            self.domain, _format_size(self.size, False), self.traceback)


class _Traces(Sequence):
    def __init__(self, traces):
        Sequence.__init__(self)
        self._traces = traces

    def __len__(self):
        return len(self._traces)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(Trace(trace) for trace in self._traces[index])
        return Trace(self._traces[index])

    def __contains__(self, trace):
        return trace._trace in self._traces

    def __eq__(self, other):
        if not isinstance(other, _Traces):
            return NotImplemented
        return self._traces == other._traces

    def __repr__(self):
        return "<Traces len=%s>" % len(self)


def _normalize_filename(filename):
    # POSIX file names compare as they are; a .pyc stands for its .py.
    if filename.endswith('.pyc'):
        filename = filename[:-1]
    return filename


# Shell-style patterns as fnmatch reads them: '*' matches any run of
# characters ('/' included), '?' one character, '[seq]' / '[!seq]' one
# character in (not in) seq, with ranges 'a-z'; a '[' without its ']' is
# itself. A pattern is parsed once into tokens, and whole matches are kept.

def _parse_pattern(pattern):
    tokens = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1] != ('*',):
                tokens.append(('*',))
        elif c == '?':
            tokens.append(('?',))
        elif c == '[':
            j = i
            if j < n and pattern[j] == '!':
                j += 1
            if j < n and pattern[j] == ']':
                j += 1
            while j < n and pattern[j] != ']':
                j += 1
            if j >= n:
                tokens.append(('lit', '['))
                continue
            body = pattern[i:j]
            i = j + 1
            negate = body.startswith('!')
            if negate:
                body = body[1:]
            ranges = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == '-':
                    ranges.append((body[k], body[k + 2]))
                    k += 3
                else:
                    ranges.append((body[k], body[k]))
                    k += 1
            tokens.append(('set', negate, tuple(ranges)))
        else:
            tokens.append(('lit', c))
    return tokens


def _token_matches(token, c):
    kind = token[0]
    if kind == 'lit':
        return token[1] == c
    if kind == '?':
        return True
    found = any(low <= c <= high for low, high in token[2])
    return found != token[1]


def _glob_match(name, tokens):
    # Backtracking to the last '*' (linear in practice, as in most globbers).
    t = s = 0
    star_t = star_s = -1
    while s < len(name):
        if t < len(tokens) and tokens[t] == ('*',):
            star_t, star_s = t, s
            t += 1
        elif t < len(tokens) and _token_matches(tokens[t], name[s]):
            t += 1
            s += 1
        elif star_t >= 0:
            star_s += 1
            s = star_s
            t = star_t + 1
        else:
            return False
    while t < len(tokens) and tokens[t] == ('*',):
        t += 1
    return t == len(tokens)


_pattern_cache = {}
_match_cache = {}


def _fnmatch(name, pattern):
    key = (name, pattern)
    result = _match_cache.get(key)
    if result is None:
        tokens = _pattern_cache.get(pattern)
        if tokens is None:
            tokens = _pattern_cache[pattern] = _parse_pattern(pattern)
        if len(_match_cache) > 10000:
            _match_cache.clear()
        result = _match_cache[key] = _glob_match(name, tokens)
    return result


class BaseFilter:
    def __init__(self, inclusive):
        self.inclusive = inclusive

    def _match(self, trace):
        raise NotImplementedError


class Filter(BaseFilter):
    """Keeps (inclusive) or drops traces by file name pattern and line."""

    def __init__(self, inclusive, filename_pattern, lineno=None, all_frames=False, domain=None):
        super().__init__(inclusive)
        self.inclusive = inclusive
        self._filename_pattern = _normalize_filename(filename_pattern)
        self.lineno = lineno
        self.all_frames = all_frames
        self.domain = domain

    @property
    def filename_pattern(self):
        return self._filename_pattern

    def _frame_matches(self, filename, lineno):
        if not _fnmatch(_normalize_filename(filename), self._filename_pattern):
            return False
        return self.lineno is None or lineno == self.lineno

    def _match_frame(self, filename, lineno):
        return self._frame_matches(filename, lineno) != (not self.inclusive)

    def _match_traceback(self, traceback):
        if not self.all_frames:
            # The most recent frame only.
            filename, lineno = traceback[0]
            return self._match_frame(filename, lineno)
        if any(self._frame_matches(filename, lineno) for filename, lineno in traceback):
            return self.inclusive
        return not self.inclusive

    def _match(self, trace):
        domain, size, traceback, total_nframe = trace
        matched = self._match_traceback(traceback)
        if self.domain is None:
            return matched
        if self.inclusive:
            return matched and domain == self.domain
        return matched or domain != self.domain


class DomainFilter(BaseFilter):
    """Keeps (inclusive) or drops the traces of one address space."""

    def __init__(self, inclusive, domain):
        super().__init__(inclusive)
        self._domain = domain

    @property
    def domain(self):
        return self._domain

    def _match(self, trace):
        domain, size, traceback, total_nframe = trace
        return (domain == self.domain) != (not self.inclusive)


# The key that marks a file Snapshot.dump() wrote.
_DUMP_FORMAT = "minipy tracemalloc snapshot"


class Snapshot:
    """The traces of the blocks allocated when it was taken."""

    def __init__(self, traces, traceback_limit):
        self.traces = _Traces(traces)
        self.traceback_limit = traceback_limit

    def dump(self, filename):
        """Write the snapshot to a file that Snapshot.load() reads back.

        CPython pickles it; minipy has no pickle and writes JSON instead, so
        the files of the two interpreters do not mix."""
        traces = [[domain, size, [list(frame) for frame in frames], total]
                  for domain, size, frames, total in self.traces._traces]
        with open(filename, "w", encoding="utf-8") as fp:
            _json.dump({_DUMP_FORMAT: 1, "traceback_limit": self.traceback_limit, "traces": traces}, fp)

    @staticmethod
    def load(filename):
        """The snapshot that Snapshot.dump() wrote to the file."""
        with open(filename, encoding="utf-8") as fp:
            data = _json.load(fp)
        if not isinstance(data, dict) or data.get(_DUMP_FORMAT) != 1:
            raise ValueError("%r is not a snapshot that minipy's tracemalloc dumped" % (filename,))
        traces = [(domain, size, tuple((name, line) for name, line in frames), total)
                  for domain, size, frames, total in data["traces"]]
        return Snapshot(traces, data["traceback_limit"])

    @staticmethod
    def _keeps(include, exclude, trace):
        # Kept when some inclusive filter matches (if there is one) and no
        # exclusive filter rejects it.
        if include and not any(f._match(trace) for f in include):
            return False
        return all(f._match(trace) for f in exclude)

    def filter_traces(self, filters):
        """A new Snapshot with the traces that pass the filters."""
        if not isinstance(filters, Iterable):
            raise TypeError("filters must be a list of filters, not %s" % type(filters).__name__)
        if not filters:
            return Snapshot(self.traces._traces.copy(), self.traceback_limit)
        include = [f for f in filters if f.inclusive]
        exclude = [f for f in filters if not f.inclusive]
        kept = [trace for trace in self.traces._traces if self._keeps(include, exclude, trace)]
        return Snapshot(kept, self.traceback_limit)

    def _group_by(self, key_type, cumulative):
        if key_type not in ('traceback', 'filename', 'lineno'):
            raise ValueError("unknown key_type: %r" % (key_type,))
        if cumulative and key_type not in ('lineno', 'filename'):
            raise ValueError("cumulative mode cannot by used with key type %r" % key_type)
        stats = {}
        keys = {}  # frames (or a frame) -> its Traceback key, made once

        def add(key, size):
            stat = stats.get(key)
            if stat is None:
                stats[key] = Statistic(key, size, 1)
            else:
                stat.size += size
                stat.count += 1

        for domain, size, frames, total_nframe in self.traces._traces:
            if cumulative:
                # Every frame of the traceback counts the block.
                for frame in frames:
                    key = keys.get(frame)
                    if key is None:
                        key_frames = (frame,) if key_type == 'lineno' else ((frame[0], 0),)
                        key = keys[frame] = Traceback(key_frames)
                    add(key, size)
                continue
            key = keys.get(frames)
            if key is None:
                if key_type == 'traceback':
                    key_frames = frames
                elif key_type == 'lineno':
                    key_frames = frames[:1]
                else:
                    key_frames = ((frames[0][0], 0),)
                key = keys[frames] = Traceback(key_frames)
            add(key, size)
        return stats

    def statistics(self, key_type, cumulative=False):
        """Statistics grouped by key_type, the biggest first."""
        stats = list(self._group_by(key_type, cumulative).values())
        stats.sort(reverse=True, key=Statistic._sort_key)
        return stats

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        """StatisticDiffs against old_snapshot, the biggest change first."""
        new_group = self._group_by(key_type, cumulative)
        old_group = old_snapshot._group_by(key_type, cumulative)
        diffs = _compare_grouped_stats(old_group, new_group)
        diffs.sort(reverse=True, key=StatisticDiff._sort_key)
        return diffs


def take_snapshot():
    """A Snapshot of the traces of the blocks allocated now."""
    if not is_tracing():
        raise RuntimeError("the tracemalloc module must be tracing memory "
                           "allocations to take a snapshot")
    return Snapshot(_get_traces(), get_traceback_limit())
