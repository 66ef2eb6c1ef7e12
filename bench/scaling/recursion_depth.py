# Scaling: recursion to depth N -- a recursive sum down to depth N and a
# recursive walk of an N-deep nested list, repeated 50 times, under a
# recursion limit raised to fit.
# sizes: 10000 30000 100000
import sys


def down(n):
    if n == 0:
        return 0
    return n + down(n - 1)


def depth(node):
    if not node:
        return 0
    return 1 + depth(node[0])


def main(n):
    sys.setrecursionlimit(n + 100)
    nested = []
    for _ in range(n):
        nested = [nested]
    total = 0
    for _ in range(50):
        total += down(n) + depth(nested)
    print(n, total)


main(int(sys.argv[1]))
