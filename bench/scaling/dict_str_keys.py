# Scaling: a dict of N str keys -- built from formatted keys, every key
# looked up again, a tenth deleted.
# sizes: 100000 300000 1000000
import sys


def main(n):
    d = {}
    for i in range(n):
        d["key:%d" % i] = i
    total = 0
    for i in range(n - 1, -1, -1):
        total += d["key:%d" % i]
    for i in range(0, n, 10):
        del d["key:%d" % i]
    print(len(d), total)


main(int(sys.argv[1]))
