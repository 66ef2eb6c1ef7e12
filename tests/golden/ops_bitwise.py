# Bitwise operators on ints (arbitrary precision, two's complement semantics).
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010, ~0b1100)
print(1 << 0, 1 << 10, 1 << 100, 1024 >> 3, -1024 >> 3, -1 >> 100)
print(-5 & 0xFF, -5 | 3, -5 ^ -3, ~-1, ~0)
print(bin(10), oct(64), hex(255), bin(-10), hex(-1))
print(True & False, True | False, True ^ True, type(True & True))
print((1 << 64) - 1 & 0xFFFF, (2 ** 70) | 1, (2 ** 70) ^ (2 ** 70))
print({1, 2, 3} & {2, 3, 4}, {1, 2} | {3}, {1, 2, 3} ^ {3, 4}, {1, 2, 3} - {2})
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.0 & 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
x = 0b1111
x &= 0b0101
print(x)
x |= 0b1000
print(x)
x ^= 0b0001
print(x)
x <<= 2
print(x)
x >>= 1
print(x)
