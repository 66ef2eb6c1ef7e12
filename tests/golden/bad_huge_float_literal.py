# Huge float literals and conversions: inf, not an error; OverflowError for ints.
print(1e400, -1e400, 1e-400)
x = 1.7976931348623157e308
print(x, x * 10)
print(float("9" * 400), float("1e99999"))
print(float("0." + "0" * 400 + "1"))
big = eval("1" + "0" * 400 + ".0")
print(big)
try:
    int(1e400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    2.0 ** 5000
except OverflowError as e:
    print("OverflowError:", e)
try:
    import math
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 / 10 ** 399)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("OverflowError:", e)
print(float("inf") - float("inf"))
print(round(1e300, -400), round(1.5, 400))
