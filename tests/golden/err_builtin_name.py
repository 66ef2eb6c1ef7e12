# NameError suggestions come from locals, globals and builtins.
values = [3, 1, 2]


def summarize(items):
    largest = max(items)
    return lenght(items), largest


print(summarize(values))
