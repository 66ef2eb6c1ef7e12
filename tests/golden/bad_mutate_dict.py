# A dict that changes size while a for loop walks it.
d = {i: i for i in range(5)}
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print("add:", e)
print(len(d))

d = {i: i for i in range(5)}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("del:", e)
print(d)

# Same size, different keys: CPython notices the keys changed.
d = {i: i for i in range(5)}
try:
    for k in d:
        del d[k]
        d[k + 10] = 0
except RuntimeError as e:
    print("swap:", e)

for view in ("keys", "values", "items"):
    d = {1: 1, 2: 2}
    try:
        for x in getattr(d, view)():
            d[len(d) + 5] = 0
    except RuntimeError as e:
        print(view, e)

# Changing a value while iterating is allowed.
d = {1: 1, 2: 2}
for k in d:
    d[k] = k * 10
print(d)

# The exception ends the loop where it was raised; uncaught, it is a traceback.
d = {"a": 1}
for k in d:
    d["b"] = 2
