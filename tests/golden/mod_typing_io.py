# typing's stream types and Supports* protocols as annotations and isinstance checks,
# and a runtime_checkable protocol whose member is a data attribute.
import sys
from typing import IO, TextIO, BinaryIO, SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs, Protocol, runtime_checkable, List
def dump(out: TextIO, rows: List[str]) -> None:
    for r in rows:
        out.write(r + '\n')
dump(sys.stdout, ['a', 'b'])
print(TextIO, IO[str], BinaryIO.__mro__, IO.__parameters__)
print(isinstance(3, SupportsInt), isinstance('x', SupportsInt), isinstance(2.5, SupportsFloat), isinstance(3, SupportsIndex), isinstance(-1, SupportsAbs), isinstance([], SupportsAbs))
@runtime_checkable
class Named(Protocol):
    name: str
class Dog:
    def __init__(self): self.name = 'rex'
class Rock: pass
print(isinstance(Dog(), Named), isinstance(Rock(), Named))
