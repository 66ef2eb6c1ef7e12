# from __future__ import annotations (PEP 563): annotations are kept as normalised source
# text, so forward references work; the __future__ module describes the features.
from __future__ import annotations
def f(a: lambda **k: 0, b: lambda x, /, y=1, *z, w, v=2, **u: 0, c: dict[str,int] = None, d: "Node" = 1,
      e: (1, 2)[0] | None = 2, g: -1 ** 2 = 3, i: f"x{y!r:>{w}}z" = 5, j: 1 .real = 6,
      k: [x for x in y if x] = 7, l: {1: 2, **m} = 8, n: {*()} = 9, o: not a or b and c = 0,
      p: a if b else c = 0, q: x[1:2, ::3] = 0, r: x[()] = 0, s: x[(1,)] = 0,
      u: 1e400 = 0, v: b"by" = 0, w: u"uni" = 0, x: ... = 0, y: (a, b) = 0, z: f(x for x in y) = 0) -> tuple[int, ...]:
    pass
for k, v in f.__annotations__.items():
    print(k, repr(v))
class C:
    attr: list[int]
    other: "C" = None
    def m(self) -> C: ...
print(C.__annotations__, C.m.__annotations__)
x: int = 5
y: Undefined
print(__annotations__)
import __future__
print(__future__.annotations, __future__.all_feature_names, __future__.division.getMandatoryRelease())
print(annotations)
