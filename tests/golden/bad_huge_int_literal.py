# A 100,000-digit int literal in source: CPython's int max_str_digits limit
# makes it a SyntaxError (the source is compiled here so the test file stays small).
src = "x = " + "9" * 100000
try:
    compile(src, "<huge>", "exec")
except SyntaxError as e:
    print(e.msg)
    print(e.lineno, e.offset, e.end_offset, len(e.text.rstrip("\n")))
# Hexadecimal is not limited.
ns = {}
exec("x = 0x" + "f" * 100000, ns)
print(ns["x"].bit_length())
try:
    int("9" * 5000)
except ValueError as e:
    print(e)
try:
    str(10 ** 5000)
except ValueError as e:
    print(e)
print(len(str(10 ** 4299)))
import sys
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(200000)
exec(src, ns)
print(len(str(ns["x"])), ns["x"] % 1000)
sys.set_int_max_str_digits(0)
print(len(repr(10 ** 50000)))
try:
    sys.set_int_max_str_digits(10)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(4300)
int("9" * 5000)
