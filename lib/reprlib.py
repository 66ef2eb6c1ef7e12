"""repr() with limits: long strings, numbers and containers are abbreviated.

minipy's own version of CPython's reprlib module (as of Python 3.11):

- Repr, whose attributes are the limits: maxlevel (6, how deep nested
  containers are shown), maxtuple, maxlist, maxset, maxfrozenset, maxdeque
  (6 items each), maxarray (5), maxdict (4 entries), maxstring (30
  characters), maxlong (40 digits), maxother (30 characters of any other
  repr) and fillvalue ('...', what stands for the rest). A subclass adds
  repr_TYPENAME(obj, level) methods for more types;
- repr(obj), Repr's with the default limits;
- recursive_repr(fillvalue='...'), a decorator for __repr__ methods that
  shows fillvalue instead of recursing into an object already being shown.

minipy runs one thread, so recursive_repr keys its guard on the object alone
where CPython adds the thread's id.
"""

__all__ = ["Repr", "repr", "recursive_repr"]

import builtins


def recursive_repr(fillvalue='...'):
    """Decorator for __repr__: a call for an object whose repr is already
    being computed returns fillvalue instead of recursing."""

    def decorating_function(user_function):
        running = set()

        def wrapper(self):
            key = id(self)
            if key in running:
                return fillvalue
            running.add(key)
            try:
                return user_function(self)
            finally:
                running.discard(key)

        # What functools.wraps would copy (reprlib comes before functools).
        wrapper.__module__ = getattr(user_function, '__module__')
        wrapper.__doc__ = getattr(user_function, '__doc__')
        wrapper.__name__ = getattr(user_function, '__name__')
        wrapper.__qualname__ = getattr(user_function, '__qualname__')
        wrapper.__annotations__ = getattr(user_function, '__annotations__', {})
        return wrapper

    return decorating_function


def _first(iterable, count):
    # The first `count` items of iterable, as a list.
    items = []
    if count <= 0:
        return items
    for item in iterable:
        items.append(item)
        if len(items) >= count:
            break
    return items


def _sorted_if_possible(x):
    # Sets and dict keys are shown sorted when their items can be compared.
    try:
        return sorted(x)
    except Exception:
        return list(x)


class Repr:
    """Limited reprs; the limits are instance attributes."""

    def __init__(self):
        self.fillvalue = '...'
        self.maxlevel = 6
        self.maxtuple = 6
        self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = 6
        self.maxfrozenset = 6
        self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        # The method named after the type ("repr_list"), else repr_instance.
        typename = '_'.join(type(x).__name__.split()) if ' ' in type(x).__name__ else type(x).__name__
        method = getattr(self, 'repr_' + typename, None)
        if method is not None:
            return method(x, level)
        return self.repr_instance(x, level)

    def _cut(self, s, limit):
        # Keep the start and the end of s, the fill value between them.
        if len(s) <= limit:
            return s
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        return s[:head] + self.fillvalue + s[len(s) - tail:]

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        n = len(x)
        if level <= 0 and n:
            inside = self.fillvalue
        else:
            pieces = [self.repr1(item, level - 1) for item in _first(x, maxiter)]
            if n > maxiter:
                pieces.append(self.fillvalue)
            inside = ', '.join(pieces)
            if n == 1 and trail:
                right = trail + right
        return left + inside + right

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return "array('%s')" % x.typecode
        return self._repr_iterable(x, level, "array('%s', [" % x.typecode, '])', self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._repr_iterable(_sorted_if_possible(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._repr_iterable(_sorted_if_possible(x), level, 'frozenset({', '})', self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        pieces = []
        for key in _first(_sorted_if_possible(x), self.maxdict):
            pieces.append(self.repr1(key, level - 1) + ': ' + self.repr1(x[key], level - 1))
        if len(x) > self.maxdict:
            pieces.append(self.fillvalue)
        return '{' + ', '.join(pieces) + '}'

    def repr_str(self, x, level):
        s = builtins.repr(x[:self.maxstring])
        if len(s) > self.maxstring:
            # Shorten the text itself, then its repr, so escapes and
            # quotes stay whole at the ends.
            head = max(0, (self.maxstring - 3) // 2)
            tail = max(0, self.maxstring - 3 - head)
            s = builtins.repr(x[:head] + x[len(x) - tail:])
            s = s[:head] + self.fillvalue + s[len(s) - tail:]
        return s

    def repr_int(self, x, level):
        return self._cut(builtins.repr(x), self.maxlong)

    def repr_instance(self, x, level):
        try:
            s = builtins.repr(x)
        except Exception:
            # A broken __repr__ still gets a description.
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        return self._cut(s, self.maxother)


aRepr = Repr()
repr = aRepr.repr
