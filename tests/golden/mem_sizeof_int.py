# sys.getsizeof of ints is CPython's: 24 bytes of head and 4 per 30-bit
# digit (at least one), at every digit boundary, for either sign, for bools
# and for values made by arithmetic; the values themselves stay exact.
import sys

for bits in [0, 1, 29, 30, 31, 59, 60, 61, 62, 63, 64, 65, 89, 90, 91, 119, 120, 127, 128, 129, 200, 1000]:
    for value in (2 ** bits - 1, 2 ** bits, -(2 ** bits)):
        print(bits, sys.getsizeof(value), value.bit_length(), value % 1000003)
print(sys.getsizeof(True), sys.getsizeof(False), sys.getsizeof(0), sys.getsizeof(-5), sys.getsizeof(256))
print(sys.getsizeof(10 ** 100), sys.getsizeof(-(10 ** 100)), sys.getsizeof(2 ** 10000))
print((0).__sizeof__(), (1).__sizeof__(), (2 ** 64).__sizeof__())

# Arithmetic across the boundaries where minipy changes representation.
x = 2 ** 62
for step in range(6):
    print(step, x, sys.getsizeof(x), x - 2 ** 63, -x, x * 3 // 2, x >> 3, x << 5)
    x += 2 ** 61
big = 3 ** 200
print(big % 97, big // 3 ** 199, (big * big) // big == big, -big // 7, hash(big) == hash(big + 0))
print(int("9" * 40) + 1, int("-" + "9" * 40) - 1, abs(-(2 ** 63)), ~(2 ** 64))
class MyInt(int):
    pass
m = MyInt(2 ** 100 + 5)
print(m, m + 1, type(m).__name__, m == 2 ** 100 + 5, MyInt(-3) * 2, int(m) - 2 ** 100)
