"""Binary search in sorted sequences, and insertion that keeps them sorted.

minipy's own version of CPython's bisect module: bisect_left, bisect_right
(also named bisect), insort_left and insort_right (also named insort), each
with lo, hi and key= as in Python 3.10 and later. Only `<` is used to
compare; `key`, when given, applies to the sequence's items (and, in the
insort functions, to the new item) but not to the x searched for.

The functions are C++ (the builtin module _bisect, as CPython's are C);
the Python versions here are what they do, and what runs without _bisect.
"""

def _bounds(a, lo, hi):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    # -1 means "the end" as well, as in CPython's C version.
    if hi is None or hi == -1:
        hi = len(a)
    return lo, hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Return the index where x would be inserted in the sorted a, after any
    items equal to x: every item of a[lo:i] is <= x, every one of a[i:hi] > x.
    """
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if x < item:
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Return the index where x would be inserted in the sorted a, before any
    items equal to x: every item of a[lo:i] is < x, every one of a[i:hi] >= x.
    """
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if item < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted list a, after any items equal to it."""
    where = bisect_right(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(where, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted list a, before any items equal to it."""
    where = bisect_left(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(where, x)


# The C++ versions (runtime/modules/bisect.cpp) replace the ones above.
try:
    from _bisect import *
except ImportError:
    pass

bisect = bisect_right
insort = insort_right
