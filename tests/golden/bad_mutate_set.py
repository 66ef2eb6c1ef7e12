# A set that changes size while it is iterated.
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("add:", e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("discard:", e)
# Remove one, add one: the size is back where it was, so CPython goes on.
s = {1, 2, 3}
seen = []
for x in s:
    seen.append(x)
    if len(seen) > 10:
        break
    if x == 1:
        s.remove(1)
        s.add(4)
print(sorted(s))
fs = frozenset({1, 2})
print(sorted(fs | {3}))
s = {1}
for x in s:
    s.add(2)
