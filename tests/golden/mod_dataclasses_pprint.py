# pprint lays out dataclass instances a field per line, recognising the generated
# __repr__ by its wrapped __create_fn__ function, as CPython's pprint does.
import pprint
from dataclasses import dataclass, field
from typing import List
@dataclass
class Item:
    name: str
    tags: List[str] = field(default_factory=list)
    price: float = 0.0
@dataclass
class Order:
    id: int
    items: List[Item]
    notes: str = ''
o = Order(1, [Item('apple', ['fruit', 'red', 'fresh'], 1.25), Item('bread', ['bakery'], 2.5), Item('cheese', ['dairy', 'aged'], 7.75)], 'deliver before noon please')
pprint.pprint(o)
pprint.pprint(o, width=40)
pprint.pprint(Item('x'))
print(pprint.pformat([o.items[0]] * 2, width=50))
print(Order.__repr__.__qualname__, Order.__repr__.__wrapped__.__qualname__, Order.__repr__.__name__)
@dataclass
class Loop:
    me: object = None
l = Loop(); l.me = l
print(l)
pprint.pprint(l)
