# Scaling: a list of N ints sorted -- pseudo-random ints from a linear
# congruential generator, sorted by list.sort.
# sizes: 200000 600000 2000000
import sys


def main(n):
    x = 12345
    xs = []
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        xs.append(x)
    xs.sort()
    print(n, xs[0], xs[n // 2], xs[-1])


main(int(sys.argv[1]))
