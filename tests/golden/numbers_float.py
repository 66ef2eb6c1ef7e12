# float as a script sees it: shortest round-trip repr, IEEE special values,
# mixed arithmetic with ints, exact comparisons, rounding and formatting.
import sys

for v in [0.1, 0.2 + 0.1, 1 / 3, 1e16, 1e15, 1.5e-05, 0.0001, 123456789012345678.0, 2e16 + 8, 1e22, 1e23,
          5e-324, 1.7976931348623157e308, -0.0, 100.0, 4.35 * 100, 1.1 * 1.1, 9.95 * 10]:
    print(repr(v), str(v), v == float(repr(v)))
print(float("inf"), float("-inf"), float("nan"), -float("nan"), float("  -1_000.5  "), float("1e500"), float("-1e-500"))
print(float("Infinity"), float("nAn"), float(".5"), float("5."), float("٣.٥"), float(2**53 + 1), float(10**30))

# arithmetic, mixed with ints
print(0.1 * 3, 1.1 + 2.2, 3 * 1.1, 7 / 2.0, 7 // 2.0, -7 // 2.0, 7 % -2.0, -7.5 % 2, 7.5 % -2, -0.0 % 5, 0.0 % -5)
print(divmod(-7.5, 2), divmod(7, -2.5), divmod(1e308, 1e-308)[1], 2.0 ** 0.5, 2 ** -1, (-8.0) ** 3, 0.0 ** 0)
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308 - 1e308, 5e-324 / 2, float("inf") - float("inf"), 10**20 * 1.0)
x = 5
x += 2.5
x /= 2
print(x, type(x).__name__)

# comparisons between ints and floats are exact
print(2**53 + 1 > float(2**53), 2**53 + 1 == 2.0**53, 10**400 > float("inf"), -(10**400) < -1e308)
print(1 == 1.0, 0.0 == -0.0, float("nan") == float("nan"), float("nan") != float("nan"), 0.1 + 0.2 == 0.3)
print(sorted([3, 1.5, -2, 2**70, -1e300, 0, False, 2.5, float("inf")]))

# hashing: equal numbers hash alike
print(hash(1.5), hash(-0.5), hash(0.0) == hash(-0.0) == hash(0), hash(2.0) == hash(2), hash(float("inf")), hash(1e300))
print({1: "a", 1.0: "b"}, {0.5: "x"}[0.5])

# rounding
print(round(2.5), round(3.5), round(-0.5), round(0.125, 2), round(0.375, 2), round(2.675, 2), round(-0.04, 1))
print(round(1234.5678, -2), round(1e300, -400), round(5e-324, 400), round(123.456, 1), round(1e15 + 0.5))
print(int(2.9), int(-2.9), int(1e19), float(True), 2.5.is_integer(), 3.0.is_integer(), (0.1).as_integer_ratio())
print((1.0).hex(), (0.1).hex(), (-0.0).hex(), (5e-324).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0X.8p-2"))
print(1.5.real, 1.5.imag, (2.5).conjugate(), 7.0.__trunc__(), 7.5.__floor__(), 7.5.__ceil__())

# formatting
for spec in ["", ".3", ".0", "f", ".2f", ".0f", "e", ".2E", "g", "G", ".3g", "#g", "#.0f", "%", ".1%", ",", ",.2f",
             "_.3f", "012,.1f", "+", " ", "=+12.3f", "<12", "^12.2f", "*>10", "z.1f", "n", ".10g", ".17"]:
    print(repr(spec), repr(format(1234.5678, spec)), repr(format(-0.0001, spec)), repr(format(1e16, spec)))
print(f"{float('nan'):+} {float('-inf'):10}| {1e-7:g} {1e-5:g} {123456789.0:g} {1.0:.3} {123.0:.3} {0.1:.3}")
print("%f %.2e %g %G %r %s %5.1f|%-8.3f|" % (3.14159, 12345.678, 0.00001, 1e20, 0.1, 2.5, 9.96, -1.5))
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
