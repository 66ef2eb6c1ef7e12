# str.join and bytes.join take lists and tuples as they are and anything
# else through iter() (CPython's PySequence_Fast): a list subclass is
# iterated, so its __iter__ decides.
class Letters(list):
    def __iter__(self):
        return iter(["x", "y"])

print("-".join(["a", "b"]), "-".join(("a", "b")), "-".join(Letters(["a", "b"])))
print("".join(c.upper() for c in "abc"), ",".join({"k": 1, "j": 2}))
print(b"-".join([b"a", b"b"]), b"-".join(x for x in (b"p", b"q")))
print(repr("".join([])), repr("x".join(["only"])))
for bad in (5, ["a", 1], [b"a"]):
    try:
        print("-".join(bad))
    except TypeError as e:
        print("TypeError:", e)
for bad in (5, [b"a", "b"]):
    try:
        print(b"-".join(bad))
    except TypeError as e:
        print("TypeError:", e)
