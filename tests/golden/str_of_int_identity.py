# str() of an int is a new str each time, even of one digit, as CPython's
# long_to_decimal_string writes it (not the cached one-character str that
# indexing or "%d" give); equal all the same.
digits = [str(i) for i in range(10)]
again = [str(i) for i in range(10)]
print(digits == again, any(a is b for a, b in zip(digits, again)))
print(str(5) is str(5), repr(7) is repr(7), f"{5}" is f"{5}", format(5) is format(5))
print(str(-3) is str(-3), str(12345) is str(12345), str(10 ** 30) == "1" + "0" * 30)
five = "5"
pattern = "%d"
print(str(True) is str(True), pattern % 5 is pattern % 5, five[0] is five[0], str(5) == five)


class MyInt(int):
    pass


print(str(MyInt(4)), repr(MyInt(4)) is repr(MyInt(4)), format(MyInt(9)))
