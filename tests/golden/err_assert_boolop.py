# A failing assert whose test combines conditions: CPython points at the last comparison.
def check(values):
    assert values and values[0] > 0
    assert isinstance(values, list)
    return values


print(check([1]))
print(check([-1]))
