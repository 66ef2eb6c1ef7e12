# dataclasses, the finer points: Field and params reprs, hash rules, explicit
# methods kept, inheritance with frozen, InitVar, make_dataclass, copies.
import copy
import dataclasses
import weakref
from dataclasses import dataclass, field, fields, InitVar, make_dataclass, asdict


@dataclass
class P:
    x: int
    y: int = field(default=0, repr=False, metadata={'unit': 'px'})


f = fields(P)[1]
print(repr(f).replace(repr(dataclasses.MISSING), 'MISSING'))
print(P.__dataclass_params__, InitVar[int], InitVar[list], dataclasses.MISSING.__class__.__name__)
print(P.__eq__.__qualname__, P.__repr__.__qualname__, P.__hash__, P(1, 2))


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return 'Custom!'

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == Custom(2), Custom.__hash__)


@dataclass(frozen=True)
class Frozen:
    a: int
    b: tuple = (1, 2)


fz = Frozen(1)
print(fz, hash(fz) == hash((1, (1, 2))), Frozen.__hash__.__qualname__)
try:
    fz.c = 3
except dataclasses.FrozenInstanceError as e:
    print('FrozenInstanceError:', e)
print(copy.copy(fz) == fz, copy.deepcopy(fz), dataclasses.replace(fz, a=2))

for bad in ('thaw', 'freeze', 'notype', 'factory-classvar', 'hash'):
    try:
        if bad == 'thaw':
            @dataclass
            class Thaw(Frozen):
                c: int = 0
        elif bad == 'freeze':
            @dataclass(frozen=True)
            class Freeze(P):
                c: int = 0
        elif bad == 'notype':
            @dataclass
            class NoType:
                a = field(default=1)
        elif bad == 'hash':
            @dataclass(unsafe_hash=True)
            class H:
                a: int

                def __hash__(self):
                    return 1
        else:
            from typing import ClassVar

            @dataclass
            class CV:
                a: ClassVar[list] = field(default_factory=list)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)


@dataclass
class WithInit:
    name: str
    secret: InitVar[str] = 'pw'

    def __post_init__(self, secret):
        self.hashed = secret[::-1]


w = WithInit('a', 'xyz')
print(w, w.hashed, [f.name for f in fields(w)], 'secret' in WithInit.__dataclass_fields__, WithInit.secret)


@dataclass
class Parent:
    a: int

    def __post_init__(self):
        print('Parent post_init', self.a)


@dataclass
class Kid(Parent):
    b: int = 2


print(Kid(1))
C = make_dataclass('C', ['a', ('b', int), ('c', list, field(default_factory=list))],
                   namespace={'total': lambda self: self.a + self.b})
c = C(1, 2)
print(c, c.total(), [(f.name, f.type) for f in fields(C)], C.__qualname__)


@dataclass
class Tree:
    value: int
    kids: list = field(default_factory=list)


t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(t, asdict(t))
print(t == Tree(1, [Tree(2), Tree(3, [Tree(4)])]), t != Tree(1))
r = weakref.ref(t)
print(r() is t)
del t
print(r())


@dataclass(eq=False)
class Ident:
    a: int


i = Ident(1)
print(i == Ident(1), i == i, hash(i) == hash(i), {i: 1}[i])


@dataclass
class Self:
    self: int
    other: str = 'o'


print(Self(1), Self(self=2))


@dataclass(repr=False, init=False)
class Bare:
    a: int = 5


print(Bare().a, Bare.__repr__ is object.__repr__, Bare() == Bare())
from dataclasses import InitVar
@dataclass
class Annotated:
    x: int
    y: 'str' = 'a'
    z: list[int] = field(default_factory=list)
    w: InitVar[int] = 0
    q: int = field(init=False, default=0)
    def __post_init__(self, w): pass
print(Annotated.__init__.__annotations__, Annotated.__init__.__defaults__ if False else '', Annotated.__init__.__name__)
