# if / elif / else, nested, with truthiness of all kinds of values.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for n in [-5, 0, 3, 42]:
    print(n, classify(n))
for value in [0, 1, "", "x", [], [0], {}, None, 0.0, set(), (), range(0), range(1)]:
    if value:
        print(repr(value), "is true")
    else:
        print(repr(value), "is false")
x = 5
if x > 1:
    if x > 3:
        print("x > 3")
    else:
        print("1 < x <= 3")
if x: print("one-line if")
if not x: print("never")
else: print("one-line else")
if x == 5: a = 1; b = 2; print(a + b)
if x > 100:
    pass
elif x > 50:
    pass
print("chained ifs done")
y = "yes" if x else "no"
print(y)
