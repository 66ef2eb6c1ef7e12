# Theme 13: big-int arithmetic -- digits of a factorial, Fibonacci numbers
# with thousands of digits, pow with a modulus.

import sys

sys.set_int_max_str_digits(0)


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def digit_sum(n):
    return sum(int(c) for c in str(n))


def main():
    total = 0
    f = factorial(20000)
    s = str(f)
    total += len(s) + digit_sum(f)
    total += len(s) - len(s.rstrip("0"))
    x = fib(130000)
    total += len(str(x)) + x % 1000000007
    total += (x * x - fib(129999) * fib(130001)) % 1000
    m = (1 << 521) - 1
    for base in range(2, 400):
        total += pow(base, m - 1, m) % 1000
    total += pow(3, 10 ** 5, 10 ** 40 + 7) % 99991
    q, r = divmod(f, x)
    total += r % 1000003 + len(str(q))
    g = f
    acc = 0
    while g:
        g, d = divmod(g, 10 ** 50)
        acc ^= d & 0xffffffff
    total += acc
    total += int("9" * 20000) // int("3" * 5000) % 1000
    print("bigint", total)


main()
