# Scaling: a str built from N pieces -- appended with += (CPython resizes
# the only reference in place) and joined from a list.
# sizes: 400000 1200000 4000000
import sys


def main(n):
    s = ""
    for i in range(n):
        s += str(i % 1000)
        s += ","
    pieces = [str(i % 997) for i in range(n)]
    t = ";".join(pieces)
    print(len(s), len(t), s.count("99"), t[-12:])


main(int(sys.argv[1]))
