# The size of a dict however it was built: CPython 3.11's layout (a 48-byte
# dict, one keys block with 1/2/4/8-byte indices and 16-byte str entries or
# 24-byte general entries), growth, presizing, copying and clearing.
# Sizes are d.__sizeof__(), which is sys.getsizeof(d) without the
# collector's header (the same header for every tracked type).
import gc
import sys


def size(d):
    return d.__sizeof__()


def growth(make_key, count, insert):
    """(number of keys, size) at every size change while `count` keys go in."""
    d = {}
    changes = [(0, size(d))]
    for i in range(count):
        insert(d, make_key(i))
        if size(d) != changes[-1][1]:
            changes.append((i + 1, size(d)))
    return changes


def setitem(d, k):
    d[k] = None


def setdefault(d, k):
    d.setdefault(k, 0)


print("sys.getsizeof is __sizeof__ plus the collector's header:",
      sys.getsizeof({}) - size({}) == sys.getsizeof([]) - [].__sizeof__(),
      sys.getsizeof({'a': 1}) - size({'a': 1}) == sys.getsizeof([]) - [].__sizeof__())

print("-- empty")
print(size({}), size(dict()), size({**{}}), size(dict({})), size({}.copy()), size(dict.fromkeys([])))

print("-- growth by d[k] = v")
print("str keys", growth(lambda i: 'k%d' % i, 1000, setitem))
print("int keys", growth(lambda i: i, 1000, setitem))
print("mixed   ", growth(lambda i: 'k%d' % i if i % 10 else i, 1000, setitem))
print("str then one int", growth(lambda i: 'k%d' % i if i != 20 else 20, 100, setitem))
print("-- growth by setdefault, 0..100 keys")
print("str keys", growth(lambda i: 's%d' % i, 101, setdefault))
print("int keys", growth(lambda i: i * 7, 101, setdefault))

print("-- int keys across the index widths (1 byte below 256 slots, 2 below 65536, then 4)")
d = {}
last = size(d)
for i in range(100000):
    d[i] = i
    if size(d) != last:
        last = size(d)
        print(len(d), last)

print("-- displays of n items")
for n in (0, 1, 2, 5, 6, 7, 10, 11, 15, 16, 17, 21, 22, 33, 34, 42, 43, 60, 100):
    const_str = eval('{' + ', '.join("'k%d': %d" % (i, i) for i in range(n)) + '}')
    names = {'k%d' % i: 'k%d' % i for i in range(n)}
    var_str = eval('{' + ', '.join('k%d: %d' % (i, i) for i in range(n)) + '}', names)
    ints = eval('{' + ', '.join('%d: %d' % (i, i) for i in range(n)) + '}')
    mixed = eval('{' + ', '.join(("'k%d': %d" if i % 7 else '%d: %d') % (i, i) for i in range(n)) + '}')
    last_int = eval('{' + ', '.join(("'k%d': %d" if i != n - 1 else '%d: %d') % (i, i) for i in range(n)) + '}')
    print(n, size(const_str), size(var_str), size(ints), size(mixed), size(last_int))
print("repeated key", size({'a': 1, 'a': 2, 'a': 3, 'a': 4, 'a': 5, 'a': 6, 'a': 7}),
      size(eval('{' + ', '.join("'a': %d" % i for i in range(20)) + '}')))
print("with **", size({'a': 1, **{'b': 2}}), size({**{'k%d' % i: i for i in range(30)}}),
      size({'x': 0, **{'k%d' % i: i for i in range(30)}}), size({**{'z': 0}, 'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6}))

print("-- dict(), dict(**kw), dict(pairs), dict(mapping), comprehensions, **kwargs")


def kwargs(**kw):
    return kw


for n in (1, 5, 6, 10, 11, 30, 100):
    keys = ['k%d' % i for i in range(n)]
    src = {k: 0 for k in keys}
    print(n, size(dict(**src)), size(dict(zip(keys, range(n)))), size(dict(src)), size(dict(src.items())),
          size({k: 0 for k in keys}), size({i: 0 for i in range(n)}), size(kwargs(**src)))

print("-- fromkeys: from a list, an iterator, a dict, a set, a range")
for n in (0, 1, 5, 6, 10, 11, 21, 22, 100):
    keys = ['k%d' % i for i in range(n)]
    print(n, size(dict.fromkeys(keys)), size(dict.fromkeys(iter(keys))), size(dict.fromkeys(dict.fromkeys(keys))),
          size(dict.fromkeys(set(keys))), size(dict.fromkeys(frozenset(range(n)))), size(dict.fromkeys(range(n))))

print("-- copy, dict(d) and {**d} of compact tables")
for n in (1, 5, 6, 10, 11, 21, 22, 100):
    s = {'k%d' % i: i for i in range(n)}
    g = {i: i for i in range(n)}
    print(n, size(s), size(s.copy()), size(dict(s)), size({**s}), size(g), size(g.copy()), size(dict(g)), size({**g}))
presized = dict.fromkeys(dict.fromkeys(['a']))
print("oversized table", size(presized), size(presized.copy()), size({**presized}))

print("-- after deletions")
for deleted in (0, 10, 33, 34, 60, 99, 100):
    d = {'k%d' % i: i for i in range(100)}
    for i in range(deleted):
        del d['k%d' % i]
    print(deleted, size(d), size(d.copy()), size(dict(d)), size({**d}))
d = {'a': 1, 'b': 2}
del d['a']
print("one of two deleted", size(d), size({**d}), size(d.copy()))
d = {}
sizes = []
for i in range(1000):
    d[i] = i
    if i >= 3:
        del d[i - 3]
    sizes.append(size(d))
print("sliding window of 3 keys", sorted(set(sizes)), size(d), list(d))

print("-- popitem")
d = {'k%d' % i: i for i in range(5)}
d.popitem()
d.popitem()
print(size(d), list(d))
d['x'] = 1
print(size(d), list(d))
d['y'] = 2
d['z'] = 3
print(size(d), list(d))

print("-- clear")
d = {'k%d' % i: i for i in range(100)}
d.clear()
print(size(d))
d['a'] = 1
print(size(d))
d = {i: i for i in range(100)}
d.clear()
d['a'] = 1
print("general table cleared, then a str key", size(d))

print("-- update")
d = {'a': 1}
d.update({'k%d' % i: i for i in range(30)})
print(size(d))
d = {}
d.update({'k%d' % i: i for i in range(30)})
print(size(d))
d = {'a': 1}
d.update([(i, i) for i in range(30)])
print(size(d))
d = {'a': 1}
d.update(**{'k%d' % i: i for i in range(30)})
print(size(d))
print("|", size({'a': 1} | {'b': 2}), size({'k%d' % i: i for i in range(10)} | {'b': 2}))
d = {'a': 1}
d |= {'k%d' % i: i for i in range(10)}
print("|=", size(d))

print("-- keys that are not exact strs")


class S(str):
    __slots__ = ()


d = {'a': 1}
d[S('b')] = 2
print("str subclass key", size(d))
d = {'a': 1}
d[1] = 2
print("int key after a str key", size(d))
d = {1: 1}
d['a'] = 2
print("str key after an int key", size(d))
d = {'a': 1, 2: 3}
del d[2]
print("general table keeps its kind", size(d), size(d.copy()), gc.get_referents(d.copy()), gc.get_referents({**d}))

print("-- dict subclasses")


class D(dict):
    pass


class E(dict):
    __slots__ = ()


# D's instances differ by their __dict__ pointer's place (DEVIATIONS.md);
# only its table is compared.
print(size(D(a=1)) - size(D()), size(D({'k%d' % i: i for i in range(10)})) - size(D()))
print(size(E()), size(E(a=1)), size(E.fromkeys(range(10))))
