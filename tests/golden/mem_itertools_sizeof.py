# sys.getsizeof of the itertools iterators: each has the size of CPython's
# object, and the combinatoric ones count their index arrays.
import itertools as it
import sys

makers = [
    ("count", lambda: it.count()), ("count float", lambda: it.count(1.5)), ("repeat", lambda: it.repeat(1, 3)),
    ("cycle", lambda: it.cycle([1])), ("chain", lambda: it.chain([1])), ("islice", lambda: it.islice([], 2)),
    ("groupby", lambda: it.groupby([])), ("zip_longest", lambda: it.zip_longest([1], [2])),
    ("pairwise", lambda: it.pairwise([1])), ("accumulate", lambda: it.accumulate([1])),
    ("starmap", lambda: it.starmap(pow, [])), ("compress", lambda: it.compress([], [])),
    ("dropwhile", lambda: it.dropwhile(None, [])), ("takewhile", lambda: it.takewhile(None, [])),
    ("filterfalse", lambda: it.filterfalse(None, [])),
]
for name, make in makers:
    print(name, sys.getsizeof(make()))
for n in range(4):
    pools = [range(3)] * n
    print("product", n, sys.getsizeof(it.product(*pools)), sys.getsizeof(it.product(range(2), repeat=n)))
    print("combinations", n, sys.getsizeof(it.combinations(range(5), n)),
          sys.getsizeof(it.combinations_with_replacement(range(5), n)))
    print("permutations", n, sys.getsizeof(it.permutations(range(5), n)), sys.getsizeof(it.permutations(range(n))))
p = it.permutations("abcd", 2)
print(next(p), sys.getsizeof(p), p.__sizeof__())
