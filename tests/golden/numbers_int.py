# int and bool as a script sees them: the small-int cache, arbitrary
# precision across the machine-word boundary, Python's division rules,
# bitwise operations on negatives, parsing, formatting and bytes.
import sys

# small ints are shared objects; others are made fresh at run time
a, b = 10, 10
print(a is b, int("256") is int("256"), int("257") is int("257"), int("-5") is int("-5"), int("-6") is int("-6"))
n = 200
m = n + 56
print(m is int("256"), (n + 57) is int("257"))
n = 1
before = id(n)
n *= 2
print(before == id(n))

# the int64 boundary, both ways
big = 2**63 - 1
print(big, big + 1, -big - 1, -big - 2, (big + 1) - 1, -(-2**63), abs(-2**63), (-2**63) // -1, (-2**63) % -1)
print(2**64 * 2**64, (2**128) // (2**64 + 1), 10**30 % 97, -(10**30) % 97, 3**80 - 3**80 + 5)
print((2**64 + 5) * 0, (2**64) ** 0, 0 ** 0, (-1) ** (2**70), 2 ** 100, (-2) ** 63, (-2) ** 64)

# division and modulo follow the divisor's sign
for x, y in [(7, 2), (-7, 2), (7, -2), (-7, -2), (2**70 + 1, 3), (-(2**70) - 1, 3), (5, 2**70), (-5, 2**70)]:
    print(x // y, x % y, divmod(x, y), x / y)
print(1 / 3, 2**53 + 1 == float(2**53 + 1), (2**1100) / (2**80), 10**400 / 10**399, 1 / 10**400, 0 / -5)

# bitwise operations use two's complement for negatives
for x, y in [(12, 10), (-12, 10), (-12, -10), (2**70 - 1, -(2**65)), (-1, 2**100)]:
    print(x & y, x | y, x ^ y, ~x, x << 3, x >> 3, x >> 200)
print(1 << 100, -1 >> 1, -(2**100) >> 99, (2**100) >> 99, 5 << 0)

# pow with a modulus, including inverses
print(pow(3, 200, 10**9 + 7), pow(2, -1, 7), pow(-3, 5, 7), pow(3, 5, -7), pow(12345678901234567890, 3, 2**61 - 1))

# bool is an int
print(True + True, True * 10, True & False, True | False, True ^ True, ~True, -True, True // 1)
print(isinstance(True, int), issubclass(bool, int), bool(0), bool(-1), bool(2**100), int(True), True == 1)
d = {1: "int", True: "bool"}
print(d)

# methods and attributes
for v in [0, 1, -1, 255, -256, 2**63, -(2**100)]:
    print(v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.real, v.imag, v.numerator, v.denominator)
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\xff\xff", "little", signed=True), int.from_bytes([1, 2]))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 1), round(12345, -10))

# parsing
print(int("  42  "), int("-0"), int("1_000_000"), int("0x_ff", 16), int("0b1010", 0), int("0o777", 0), int("z", 36))
print(int("١٢٣"), int("\u00a07\u3000"), int(3.99), int(-3.99), int(1e20), int("9" * 30))
for text, base in [("12", 2), ("1__0", 10), ("010", 0), ("", 10), ("0x", 16), ("abc", 10)]:
    try:
        int(text, base)
    except ValueError as e:
        print(e)

# hashes agree with equal floats
print(hash(1), hash(-1), hash(2**61 - 1), hash(2**61), hash(-(2**63)), hash(10**30), hash(2**100) == hash(float(2**100)))

# formatting
for spec in ["", "d", "+d", " d", "08d", "<8", "^8", ">8", "=+8", "x", "#x", "#X", "#010x", "o", "#o", "b", "#b",
             "_b", "_x", ",", "_", "010,", "e", ".2f", "%", "c", "n"]:
    print(repr(spec), repr(format(65, spec)), repr(format(-1234567, spec)) if spec not in ("c",) else "")
print(f"{2**64:,} {-(10**20):_} {255:#06x} {42:*^9} {7:+}", "%d %5d %-5d| %x %o %05d" % (42, 7, 7, 255, 8, -42))
print(hex(255), hex(-255), oct(8), bin(-5), hex(2**70))

# the 4300-digit limit on decimal conversion
print(len(str(10**4299)), len(str(-(10**4299))), len(hex(10**5000)))
try:
    str(10**4300)
except ValueError as e:
    print(e)
try:
    int("1" * 4301)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(5000)
print(len(str(10**4300)), sys.get_int_max_str_digits())
