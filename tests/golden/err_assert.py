# A failing assert with a message.
def average(values):
    assert len(values) > 0, "values must not be empty"
    return sum(values) / len(values)


print(average([1, 2, 3]))
print(average([]))
