# Tuple hashes are CPython's (xxHash over the items' hashes): ints of any
# size, bools, floats, nested tuples; strs whose hash is not yet
# known; an unhashable item anywhere raises.
print(hash(()), hash((1,)), hash((1, 2)), hash((-1,)), hash((-1, -2)), hash((2**61 - 1, 2**61)))
print(hash((2**70, -2**70)), hash((True, False)), hash((1.5, -0.0, 0.0)), hash(((1, 2), (3, 4))))
print(hash((1, (2, (3, (4,))))), hash((0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)), hash((10**18, -10**18)))
s = "".join(["ab", "c"])  # a new str whose hash is computed in the tuple
print(hash((1, s)) == hash((1, "abc")), hash((s, 2**80)) == hash(("abc", 2**80)))
print(hash(("x", 1, "y")) == hash(("".join("x"), 1, "y")))
for bad in [(1, []), ([], 1), (1, 2, {}), ((1, [2]),), ("a", set())]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError", e)
d = {(1, 2): "a", (2**70, "k"): "b", ((1, 2), 3): "c"}
print(d[(1, 2)], d[(2**70, "".join("k"))], d[((1, 2), 3)])
print({(1, 2), (2, 1), (1, 2)} == {(2, 1), (1, 2)}, sorted({(3, 1), (1, 3), (2, 2)}))


class H:
    def __hash__(self):
        return -1  # -1 is an error marker in C: Python's hash() gives -2


print(hash(H()), hash((H(),)) == hash((-2,)))
