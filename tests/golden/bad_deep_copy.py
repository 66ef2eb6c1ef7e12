# copy.deepcopy of a 100,000-deep nested list meets the recursion limit
# (copy.py recurses in Python); the message's ending depends on where the
# limit is met (tests/golden/DEVIATIONS.md), so only the type is printed.
# Afterwards the program goes on and deepcopy works as before.
import copy

a = []
for i in range(100000):
    a = [a]
for name, value in [("list", a), ("tuple of it", (a,)), ("dict of it", {"k": a})]:
    try:
        copy.deepcopy(value)
        print(name, "copied")
    except RecursionError:
        print(name, "RecursionError")

b = [1, [2, [3]]]
c = copy.deepcopy(b)
print(c, c == b, c is b, c[1] is b[1])
s = [1]
s.append(s)
t = copy.deepcopy(s)
print(t, t[1] is t, t is s)
d = {"x": 1}
d["self"] = d
e = copy.deepcopy(d)
print(e, e["self"] is e)
del a
print("done")
