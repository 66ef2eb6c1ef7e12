# enum, dataclasses and typing together, under 'from __future__ import annotations'
# (every annotation a string): ClassVar by name, generic dataclasses, self-references.
from __future__ import annotations
from dataclasses import dataclass, field, fields
from typing import ClassVar, Generic, TypeVar, Optional, List, Dict, get_type_hints
from enum import Enum, auto
T = TypeVar('T')

class Suit(Enum):
    HEARTS = auto()
    SPADES = auto()

@dataclass(order=True)
class Card:
    rank: int
    suit: Suit = field(compare=False)
    deck_size: ClassVar[int] = 52

@dataclass
class Box(Generic[T]):
    item: T
    tags: List[str] = field(default_factory=list)

cards = sorted([Card(10, Suit.SPADES), Card(2, Suit.HEARTS)])
print(cards, Card.deck_size, [f.name for f in fields(Card)], fields(Card)[1].type)
b = Box[int](3)
print(b, Box.__parameters__, Box[int], get_type_hints(Card))
print(Card.__doc__, Box.__doc__)
@dataclass
class Node:
    val: int
    next: Optional[Node] = None
n = Node(1, Node(2))
print(n, get_type_hints(Node))
print(Suit.HEARTS.value, {s.name: s.value for s in Suit})
