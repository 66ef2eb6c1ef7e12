# The ~~~^^^ markers under a failing binary operation inside a longer line.
def combine(a, b, c):
    result = a * 2 + b - c
    return result


first = 10
print(combine(1, 2, 3))
print(combine(first, "text", 4) + 1)
