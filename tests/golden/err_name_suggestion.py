# NameError with CPython's "Did you mean" suggestion.
def compute(values):
    total_sum = 0
    for value in values:
        total_sum += value
    return totl_sum


try:
    prnt("x")
except NameError as e:
    print(type(e).__name__, e, e.name)
print(compute([1, 2]))
