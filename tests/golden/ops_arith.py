# Arithmetic operators on ints and floats, with Python's rounding rules.
print(7 + 3, 7 - 3, 7 * 3, 7 / 2, 7 // 2, 7 % 3, 7 ** 2)
print(-7 // 2, -7 % 3, 7 // -2, 7 % -3, -7 // -2, -7 % -3)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 5 % 2.5)
print(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2, 2 ** 0.5, 0 ** 0)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(10 / 5, type(10 / 5), 10 // 5, type(10 // 5), type(10.0 // 5))
print(1 + 2.0, 3 * 1.5, True + 1.5)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(abs(-3), abs(-3.5), pow(3, 4), pow(3, 4, 5), pow(2, -1, 7))
print(10 ** 20 * 10 ** 20, (10 ** 20) // 7, -(10 ** 20) % 7)
print(0.1 * 3, 1e300 * 1e300, -1e300 * 1e300)
print(3 * "ab", [0] * 3, (1, 2) * 2, 2 * [1])
print("a" + "b", [1] + [2], (1,) + (2,))
for a, b in [(1, 0), (1.0, 0), (5, 0.0)]:
    for op in ("/", "//", "%"):
        try:
            eval(f"a {op} b")
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
