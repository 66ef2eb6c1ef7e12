# Scaling: recursion to depth N -- a recursive sum down to depth N and a
# recursive walk of an N-deep nested list, under a recursion limit raised
# to fit. Repeated 2,000,000 // N times, so that every size makes the same
# number of calls: the time per call at depth N is what is compared.
# sizes: 1000 10000 100000
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
    for _ in range(2000000 // n):
        total += down(n) + depth(nested)
    print(n, total)


main(int(sys.argv[1]))
