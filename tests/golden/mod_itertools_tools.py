# The iterators that end with their input, used as the documentation's
# recipes and ordinary scripts use them.
import itertools
import operator
from itertools import (accumulate, chain, compress, dropwhile, filterfalse, islice, pairwise, starmap,
                       takewhile, tee, zip_longest)

# Running totals, products, maxima; with an initial value.
data = [3, 4, 6, 2, 1, 9, 0, 7, 5, 8]
print(list(accumulate(data)))
print(list(accumulate(data, operator.mul)))
print(list(accumulate(data, max)))
print(list(accumulate(data, initial=100)))
print(list(accumulate([], initial=100)), list(accumulate([])))
print(list(accumulate("abc")))
print(list(accumulate([1, 2, 3], lambda total, x: total * 10 + x)))
print(list(accumulate(iterable=[1, 2], func=operator.sub, initial=10)))
# Amortisation: the balance after each payment.
print([round(x, 2) for x in accumulate([-100] * 3, lambda bal, pmt: bal * 1.05 + pmt, initial=1000)])

# chain and chain.from_iterable.
print(list(chain("ab", [1, 2], (3,), range(2))))
print(list(chain.from_iterable(["ab", "cd"])), list(chain()), list(chain.from_iterable([])))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(chain.from_iterable(matrix)))
print(chain[int], type(chain.from_iterable([])))

# compress with selectors.
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(compress(range(10), (x % 3 == 0 for x in range(10)))))
print(list(compress("ABC", [1, 1])))

# dropwhile / takewhile / filterfalse.
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, "", "a", None, [], [0]])))
print(list(filterfalse(bool, [0, 1, 2, 0])))
lines = ["# comment", "# another", "code = 1", "# inline", "more = 2"]
print(list(dropwhile(lambda line: line.startswith("#"), lines)))
tw = takewhile(lambda x: x < 3, [1, 2, 3, 1, 2])
print(list(tw), list(tw))

# starmap with tuples and other iterables.
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(operator.add, ["ab", "cd", [1, 2]])))
print(list(starmap(lambda *a: a, [(), (1,), [1, 2]])))

# islice like a slice.
print(list(islice("ABCDEFG", 2)))
print(list(islice("ABCDEFG", 2, 4)))
print(list(islice("ABCDEFG", 2, None)))
print(list(islice("ABCDEFG", 0, None, 2)))
print(list(islice("ABCDEFG", None)), list(islice("ABCDEFG", 1, 1)), list(islice("ABC", 5, 10)))
it = iter(range(10))
print(list(islice(it, 3)), next(it), list(islice(it, 2, 4)), next(it))

# pairwise.
print(list(pairwise("ABCDE")), list(pairwise("A")), list(pairwise([])))
print([b - a for a, b in pairwise([1, 4, 9, 16, 25])])

# zip_longest.
print(list(zip_longest("ABCD", "xy", fillvalue="-")))
print(list(zip_longest([1, 2], [3])), list(zip_longest()), list(zip_longest([])))
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)
print(list(grouper("ABCDEFG", 3, "x")))

# tee: independent iterators over one input.
a, b = tee(range(5))
print(list(a), list(b))
a, b, c = tee("xyz", 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee([], 0), len(tee([1], 1)))
def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds))
t1, t2 = tee(iter([1, 2, 3]))
t3 = t1.__copy__()
print(next(t1), list(t3), list(t2), list(t1))
big_a, big_b = tee(range(200))
print(sum(big_a), sum(big_b))
print(type(t1).__name__, type(t1).__module__)

# Recipes from the itertools documentation.
def take(n, iterable):
    return list(islice(iterable, n))

def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)

def all_equal(iterable):
    g = itertools.groupby(iterable)
    return next(g, True) and not next(g, False)

def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = itertools.cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for next_ in nexts:
                yield next_()
        except StopIteration:
            num_active -= 1
            nexts = itertools.cycle(islice(nexts, num_active))

def unique_everseen(iterable, key=None):
    seen = set()
    for element in filterfalse(seen.__contains__, iterable) if key is None else iterable:
        if key is None:
            seen.add(element)
            yield element
        else:
            k = key(element)
            if k not in seen:
                seen.add(k)
                yield element

def sliding_window(iterable, n):
    it = iter(iterable)
    window = tuple(islice(it, n - 1))
    for x in it:
        window = window[1:] + (x,)
        yield window

print(take(3, itertools.count(10)), nth(range(10), 3), nth([], 3, "none"))
print(all_equal("aaaa"), all_equal("aab"), all_equal(""))
print(list(roundrobin("ABC", "D", "EF")))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(sliding_window("ABCDEFG", 4)))
print(list(chain.from_iterable(itertools.combinations([1, 2, 3], r) for r in range(4))))
