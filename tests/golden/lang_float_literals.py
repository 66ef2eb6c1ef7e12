# Float literals and their reprs.
print(1.0, 1., .5, 0.1, 3.14159)
print(1e10, 1E-5, 2.5e+3, 1_000.000_1)
print(1e16, 1e15, 123456789012345678.0)
print(0.1 + 0.2, 1 / 3, 2 / 2)
print(1e308 * 10, -1e308 * 10)
print(float("inf"), float("-inf"), float("nan"))
print(5e-324, 1.7976931348623157e308)
print(type(1.5), type(1e3))
print(float("1.5"), float(" 2 "), float("1e3"), float(7))
print(0.0, -0.0, 1.0 == 1, 0.5 == 1 / 2)
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5))
print(int(3.99), int(-3.99))
print(str(1.0), repr(1.25), f"{1/3:.3f}")
try:
    float("abc")
except ValueError as e:
    print(type(e).__name__, e)
