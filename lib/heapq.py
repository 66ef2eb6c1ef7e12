"""Heap queues: lists kept as binary min-heaps, where heap[0] is the smallest.

minipy's own version of CPython's heapq module: heappush, heappop, heapify,
heapreplace, heappushpop, nlargest, nsmallest and merge (with key= and
reverse=). The invariant is heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2]
for every k with children; only `<` is used to compare. Items move the way
they do in CPython's C version, so a heap printed after the same pushes and
pops shows the same list.

heappush, heappop, heapify, heapreplace, heappushpop and the max-heap
helpers are C++ (the builtin module _heapq, as CPython's are C); the
Python versions here are what they do, and what runs without _heapq.
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest", "heappushpop"]


def _check_list(heap, function, which=" 1"):
    if not isinstance(heap, list):
        # Named as CPython's argument checks name it: "None" for None.
        got = "None" if heap is None else type(heap).__name__
        raise TypeError(f"{function}() argument{which} must be list, not {got}")


# The two sifts. "Up" moves an item toward the root past larger parents;
# "down" first walks the hole at pos down to a leaf along the smaller
# children, then lets the item rise from there, which costs fewer
# comparisons than stopping early (the item usually belongs near the
# bottom). Both are the sifts of CPython's implementation, so the same
# operations leave the same lists.

def _sift_up(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_down(heap, pos):
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        if child + 1 < end and not heap[child] < heap[child + 1]:
            child += 1
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_up(heap, top, pos)


def _sift_up_max(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        if heap[parent] < item:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_down_max(heap, pos):
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        if child + 1 < end and not heap[child + 1] < heap[child]:
            child += 1
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_up_max(heap, top, pos)


def heappush(heap, item):
    """Push item onto heap, keeping the heap invariant."""
    _check_list(heap, "heappush")
    heap.append(item)
    _sift_up(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop and return the smallest item of heap, keeping the heap invariant."""
    _check_list(heap, "heappop", "")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sift_down(heap, 0)
    return smallest


def heapreplace(heap, item):
    """Pop and return the smallest item of heap, then push item.

    The heap size does not change, and the item returned may be larger than
    the one pushed; heappushpop() is the other order.
    """
    _check_list(heap, "heapreplace")
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sift_down(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item onto heap, then pop and return the smallest item; faster
    than heappush() followed by heappop()."""
    _check_list(heap, "heappushpop")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_down(heap, 0)
    return item


def heapify(x):
    """Rearrange the list x into a heap, in place, in linear time."""
    _check_list(x, "heapify", "")
    # Every node past the middle is a leaf; fix the others bottom up.
    for pos in reversed(range(len(x) // 2)):
        _sift_down(x, pos)


def _heapify_max(x):
    for pos in reversed(range(len(x) // 2)):
        _sift_down_max(x, pos)


def _heappop_max(heap):
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _sift_down_max(heap, 0)
    return largest


def _heapreplace_max(heap, item):
    largest = heap[0]
    heap[0] = item
    _sift_down_max(heap, 0)
    return largest


# The C++ versions (runtime/modules/heapq.cpp) replace the ones above.
try:
    from _heapq import *
except ImportError:
    pass
try:
    from _heapq import _heapify_max, _heappop_max, _heapreplace_max
except ImportError:
    pass


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator over all their values.

    Like sorted(itertools.chain(*iterables)) but lazy: it holds one value
    per input. Equal values come out in the order of their inputs. key and
    reverse mean what they mean to sorted(), and each input must already be
    sorted that way.
    """
    # Each heap entry is [sort key, input number, value, next-function]:
    # the input number breaks ties (in input order, also when reversed) and
    # keeps the comparison away from the values and functions.
    if reverse:
        make_heap, replace, pop = _heapify_max, _heapreplace_max, _heappop_max
        step = -1
    else:
        make_heap, replace, pop = heapify, heapreplace, heappop
        step = 1
    entries = []
    for number, iterable in enumerate(iterables):
        advance = iter(iterable).__next__
        try:
            value = advance()
        except StopIteration:
            continue
        entries.append([value if key is None else key(value), number * step, value, advance])
    make_heap(entries)
    while len(entries) > 1:
        entry = entries[0]
        while True:
            yield entry[2]
            try:
                value = entry[3]()
            except StopIteration:
                pop(entries)
                break
            entry[0] = value if key is None else key(value)
            entry[2] = value
            replace(entries, entry)
            entry = entries[0]
    if entries:
        # One input left: the rest of it needs no comparisons.
        entry = entries[0]
        yield entry[2]
        yield from _rest(entry[3])


def _rest(advance):
    while True:
        try:
            value = advance()
        except StopIteration:
            return
        yield value


def nsmallest(n, iterable, key=None):
    """Return the n smallest items of iterable, smallest first: the same list
    as sorted(iterable, key=key)[:n], found with a heap of n items.
    """
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """Return the n largest items of iterable, largest first: the same list
    as sorted(iterable, key=key, reverse=True)[:n], found with a heap of n items.
    """
    return _select(n, iterable, key, True)


def _select(n, iterable, key, largest):
    if n == 1:
        # One item: min() or max(), which keep the first of equals.
        it = iter(iterable)
        missing = object()
        pick = max if largest else min
        found = pick(it, default=missing) if key is None else pick(it, default=missing, key=key)
        return [] if found is missing else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    if n <= 0:
        return []
    # Keep the n best seen so far in a heap whose root is the worst of them
    # (a max-heap for nsmallest, a min-heap for nlargest). Entries are
    # (sort key, order, item): the order number makes equal keys keep
    # their input order and spares comparing the items themselves.
    it = iter(iterable)
    entries = []
    order = 0
    for item in it:
        entries.append((item if key is None else key(item), order if not largest else -order, item))
        order += 1
        if order == n:
            break
    if not entries:
        return []
    if largest:
        heapify(entries)
        worst = entries[0][0]
        for item in it:
            k = item if key is None else key(item)
            if worst < k:
                heapreplace(entries, (k, -order, item))
                worst = entries[0][0]
                order += 1
        entries.sort(reverse=True)
    else:
        _heapify_max(entries)
        worst = entries[0][0]
        for item in it:
            k = item if key is None else key(item)
            if k < worst:
                _heapreplace_max(entries, (k, order, item))
                worst = entries[0][0]
                order += 1
        entries.sort()
    return [entry[2] for entry in entries]
