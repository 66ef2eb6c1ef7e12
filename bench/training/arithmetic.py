# PGO training: integer and float arithmetic, big ints, math.
import math


def digits_of_power(base, exp):
    return sum(int(d) for d in str(base ** exp))


def primes_below(n):
    sieve = [True] * n
    sieve[0] = sieve[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, n, i))
    return [i for i, p in enumerate(sieve) if p]


def integrate(f, a, b, steps):
    h = (b - a) / steps
    s = 0.5 * (f(a) + f(b))
    i = 1
    while i < steps:
        s += f(a + i * h)
        i += 1
    return s * h


acc = 0
for k in range(2000000):
    acc = (acc * 31 + k * k - (k >> 3) ^ (k & 255)) % 1000000007
q, r = divmod(acc, 977)
print("arithmetic", acc, q + r, digits_of_power(7, 2000), len(primes_below(200000)),
      round(integrate(math.sin, 0.0, math.pi, 1000000), 6), pow(3, 10**5, 10**9 + 7), math.gcd(2**64 - 1, 3**40))
