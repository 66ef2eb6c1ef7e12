# Classes derived from tuple: __new__, methods, attributes after the items,
# the tuple protocol through overridden dunders, and what stays a plain tuple.
import copy


class Pair(tuple):
    def __new__(cls, first, second):
        return super().__new__(cls, (first, second))

    def total(self):
        return self[0] + self[1]

    @property
    def first(self):
        return self[0]


p = Pair(1, 2)
print(p, repr(p), type(p).__name__, p.total(), p.first)
print(isinstance(p, tuple), isinstance(p, Pair), issubclass(Pair, tuple), Pair.__mro__)
print(p == (1, 2), (1, 2) == p, p != (1, 3), p < (1, 3), hash(p) == hash((1, 2)))
print(len(p), p[1], p[-1], p[:1], type(p[:1]).__name__, 2 in p, list(p), p.count(1), p.index(2))
a, b = p
print(a, b, [*p], {p: 'key'}[(1, 2)])

# Instances have a __dict__ after their items.
p.label = 'origin'
print(p.label, p.__dict__, vars(p), sorted(Pair.__dict__))
del p.label
print(p.__dict__, hasattr(p, 'label'))
try:
    p.missing
except AttributeError as e:
    print('AttributeError:', e)

# Operators make plain tuples, as in CPython.
print(p + (3,), type(p + (3,)).__name__, p * 2, type(p * 1).__name__, type(p[:]).__name__)


# No __new__: tuple's, which takes an iterable.
class Row(tuple):
    pass


r = Row([1, 2, 3])
e = Row()
print(r, e, type(e).__name__, e is Row(), Row(x for x in 'ab'), Row(r) is r, tuple(r), type(tuple(r)).__name__)
print(tuple.__new__(Row, [4, 5]), type(tuple.__new__(Row, [4, 5])).__name__)
for bad in (lambda: tuple.__new__(int), lambda: tuple.__new__(bytes), lambda: object.__new__(Row),
            lambda: Row(1), lambda: Row([1], [2]), lambda: Row(iterable=[1]),
            lambda: tuple(iterable=[])):
    try:
        bad()
    except TypeError as exc:
        print('TypeError:', exc)


# Overridden dunders are used by the protocols.
class Reversed(tuple):
    def __getitem__(self, i):
        return tuple.__getitem__(self, -1 - i)

    def __iter__(self):
        return iter(tuple.__getitem__(self, slice(None, None, -1)))

    def __len__(self):
        return 99

    def __contains__(self, item):
        return item == 'everything'

    def __repr__(self):
        return 'Reversed' + tuple.__repr__(self)


rv = Reversed([1, 2, 3])
print(rv[0], list(rv), len(rv), 'everything' in rv, 1 in rv, rv, str(rv), [rv])
x, y, z = rv
print(x, y, z, sorted(rv), max(rv))


class Point(tuple):
    __slots__ = ()

    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))

    def __eq__(self, other):
        return isinstance(other, Point) and tuple(self) == tuple(other)

    x = property(lambda self: self[0])


pt = Point(3, 4)
print(pt.x, pt == Point(3, 4), pt == (3, 4), Point.__hash__)
try:
    pt.z = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    hash(pt)
except TypeError as e:
    print('TypeError:', e)

# __slots__ other than () has no room in a tuple's layout.
for slots in [('a',), ('__dict__',), ('__weakref__',), 'a', ('1',)]:
    try:
        type('S', (tuple,), {'__slots__': slots})
    except TypeError as e:
        print(repr(slots), 'TypeError:', e)


class Mixin:
    def describe(self):
        return f'{type(self).__name__} of {len(self)}'


class Both(Mixin, tuple):
    pass


bo = Both('xyz')
bo.n = 1
print(bo.describe(), bo, bo.n, Both.__mro__)
try:
    class Clash(tuple, bytes):
        pass
except TypeError as e:
    print('TypeError:', e)

# copy and deepcopy go through __reduce_ex__ and __getnewargs__.
r.tag = [1]
c = copy.copy(r)
d = copy.deepcopy(r)
print(c, type(c).__name__, c.__dict__, c.tag is r.tag, c is r, d, d.tag is r.tag, d.__dict__)
print(r.__getnewargs__(), type(r.__getnewargs__()[0]).__name__, r.__reduce_ex__(2)[1:3])

# __class__ can be swapped between tuple classes of one layout; two classes
# that each added a dict after the items differ for CPython.
class Other(tuple):
    pass


class SubRow(Row):
    pass


class NoDict(tuple):
    __slots__ = ()


for obj, cls in [(r, Other), (r, SubRow), (pt, NoDict), (pt, Row)]:
    try:
        obj.__class__ = cls
        print(type(obj).__name__, obj, getattr(obj, 'tag', None))
    except TypeError as e:
        print('TypeError:', e)

# format and % accept tuple subclasses where they accept tuples.
print('%s-%s' % Row(['a', 'b']), 'abc'.startswith(Row(['x', 'a'])), isinstance(1, Row([str, int])))
try:
    raise KeyError('k')
except Row([KeyError]) as exc:
    print('caught', repr(exc))
