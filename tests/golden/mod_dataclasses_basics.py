# dataclasses as scripts use them: generated __init__/__repr__/__eq__, defaults,
# default_factory, order, frozen, __post_init__, fields/asdict/astuple/replace.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass
from dataclasses import FrozenInstanceError, InitVar, KW_ONLY, MISSING
from typing import ClassVar, List


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(Point(3)), p == Point(1, 2), p != Point(1, 3), p == (1, 2))
print(Point.__init__.__qualname__, Point.__doc__, Point.__match_args__)
try:
    Point()
except TypeError as e:
    print('TypeError:', e)
try:
    hash(p)
except TypeError as e:
    print('TypeError:', e)


@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    tags: List[str] = field(default_factory=list, repr=False)
    count: ClassVar[int] = 0


a, b = Inventory('a'), Inventory('b')
a.items.append(1)
print(a, b, a.items is not b.items, Inventory.count, [f.name for f in fields(Inventory)])
print(Inventory.__doc__)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


vs = [Version(1, 2), Version(1, 0, 'x'), Version(0, 9)]
print(sorted(vs), max(vs), Version(1, 0) < Version(1, 1), Version(2) >= Version(2, 0, 'rc'))
print(hash(Version(1, 2)) == hash((1, 2)), {Version(1), Version(1, 0, 'other')})
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e, isinstance(e, AttributeError))
try:
    del vs[0].minor
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e)
try:
    Version(1) < (1, 0)
except TypeError as e:
    print('TypeError:', e)


@dataclass
class Rect:
    width: float
    height: float
    area: float = field(init=False)
    scale: InitVar[float] = 1.0

    def __post_init__(self, scale):
        self.width *= scale
        self.height *= scale
        self.area = self.width * self.height


r = Rect(2, 3, scale=2)
print(r, [f.name for f in fields(r)])
print(replace(r, width=1, scale=1))


@dataclass
class Line:
    start: Point
    end: Point
    label: dict = field(default_factory=dict)


line = Line(Point(0, 0), Point(3, 4), {'k': [1, 2]})
d = asdict(line)
print(d, astuple(line))
d['label']['k'].append(3)
print(line.label, is_dataclass(line), is_dataclass(Line), is_dataclass(3))
print(replace(line, end=Point(9, 9)))
try:
    asdict(Point)
except TypeError as e:
    print('TypeError:', e)
try:
    fields(3)
except TypeError as e:
    print('TypeError:', e)
try:
    replace(r, area=3)
except ValueError as e:
    print('ValueError:', e)


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int = 1


@dataclass
class Job:
    name: str
    _: KW_ONLY
    retries: int = 3
    priority: int


print(Options(level=3), Job('build', priority=2), Job.__match_args__)
try:
    Options(True)
except TypeError as e:
    print('TypeError:', e)


@dataclass
class Base:
    id: int
    kind: str = 'base'


@dataclass
class Child(Base):
    extra: list = field(default_factory=lambda: [0])
    kind: str = 'child'


print(Child(7), [f.name for f in fields(Child)], Child(1) == Child(1), Base(1) == Child(1))

for bad in ('mutable', 'order', 'nondefault'):
    try:
        if bad == 'mutable':
            @dataclass
            class M:
                xs: list = []
        elif bad == 'order':
            @dataclass(eq=False, order=True)
            class O:
                x: int
        else:
            @dataclass
            class N:
                x: int = 1
                y: int
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)


@dataclass(eq=False)
class Node:
    value: int
    children: list = field(default_factory=list)


n = Node(1)
n.children.append(n)
print(n, Node(1) == Node(1), hash(n) == id(n) >> 4 or True)


@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str = field(hash=False, default='x')


print(hash(Key(1)) == hash((1,)), Key(1, 'y') == Key(1, 'z'))
f = fields(Key)[1]
print(f.name, f.type, f.default, f.hash, f.compare, f.init, f.kw_only, f.metadata, f.default_factory is MISSING)
print(field(default=3, metadata={'unit': 'cm'}).metadata['unit'])
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print('ValueError:', e)


@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 2


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
try:
    s.z = 3
except AttributeError as e:
    print('AttributeError')
