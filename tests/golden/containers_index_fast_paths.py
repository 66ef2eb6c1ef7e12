# Indexing lists and tuples: the int fast paths and every error around them.
l = [1, 2, 3]
t = (4, 5)
print(l[0], l[-1], l[-3], t[1], t[-2])
for bad in (3, -4, 2**70):
    try:
        print(l[bad])
    except IndexError as e:
        print("IndexError:", e)
    try:
        l[bad] = 0
    except IndexError as e:
        print("IndexError:", e)
    try:
        print(t[bad])
    except IndexError as e:
        print("IndexError:", e)
l[-1] += 10
l[0] = "x"
print(l, True and l[True], l[False])
class L(list):
    def __getitem__(self, i):
        return ("sub", i)
    def __setitem__(self, i, v):
        print("set", i, v)
s = L([1, 2])
print(s[0])
s[1] = 5
try:
    s[0] += 1
except TypeError as e:
    print("TypeError:", e)

# Huge indexes and counts: CPython's conversions for each operation.
for f in (lambda: (1, 2) * (2 ** 70), lambda: (1, 2, 3).index(2, 2 ** 70), lambda: (1, 2, 3).index(2, -2 ** 70), lambda: (1, 2)[2 ** 70], lambda: [1, 2].index(2, 2 ** 70), lambda: "ab"[2 ** 70]):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for f in (lambda: "ab" * (2 ** 70), lambda: b"ab" * (2 ** 70), lambda: "abc".find("b", 2 ** 70), lambda: "abc".find("b", -2 ** 70), lambda: "abc"[2 ** 70], lambda: b"abc"[2 ** 70], lambda: "abc".center(2 ** 70), lambda: range(5)[2 ** 70]):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
