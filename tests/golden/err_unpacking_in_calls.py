# Errors from * and ** in calls and class statements, as CPython words them.
def f(*args, **kwargs):
    return args, kwargs


cases = [
    "f(*5)",
    "f(**5)",
    "f(x=1, **{'x': 2})",
    "f(**{'a': 1}, **{'a': 2})",
    "f(**{1: 2})",
    "print(*None)",
    "class C(*5): pass",
    "class C(**5): pass",
    "class C(x=1, **{'x': 2}): pass",
    "class C(**{1: 2}): pass",
]
for source in cases:
    try:
        exec(source)
    except TypeError as e:
        print(f"{source:32} TypeError: {e}")

print(f(*range(3), *"ab", k=1, **{"z": 2}))
