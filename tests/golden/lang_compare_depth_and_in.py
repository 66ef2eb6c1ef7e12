# Comparisons that count recursion levels, and `in` against list literals.
import sys


def nest(n):
    t = 0
    for _ in range(n):
        t = (t,)
    return t


# A dict or set lookup compares tuple keys as == does, one level per tuple.
sys.setrecursionlimit(60)
for n in range(40, 70):
    try:
        {nest(n): 1}[nest(n)]
    except RecursionError as e:
        print("dict", n, e)
        break
for n in range(40, 70):
    try:
        nest(n) in {nest(n)}
    except RecursionError as e:
        print("set", n, e)
        break
for n in range(40, 70):
    try:
        nest(n) == nest(n)
    except RecursionError as e:
        print("==", n, e)
        break
sys.setrecursionlimit(1000)

# Only the last comparand of a chain is folded into a constant tuple.
print(1 in [1] in [[1]], 1 in [1] not in [[2]], [1] in [[1]])
x = 2
print(x in [1, 2], x not in [1, 2], x in [x], [x] in [[x]] in [[[x]]])
if x in [3, 4]:
    print("no")
elif x in (2,):
    print("tuple")
