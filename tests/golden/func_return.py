# return: values, tuples, early exit, no value, from nested blocks.
def nothing():
    return
def implicit():
    x = 1
def pair():
    return 1, 2
def early(n):
    for i in range(10):
        if i == n:
            return i * 10
    return "never hit"
def from_try():
    try:
        return "try"
    finally:
        print("finally runs before return")
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
def from_while():
    while True:
        while True:
            return "deep"
def from_with():
    class CM:
        def __enter__(self):
            print("enter")
            return self
        def __exit__(self, *exc):
            print("exit", exc)
            return False
    with CM():
        return "with"
print(nothing(), implicit(), pair(), early(3), early(20))
print(from_try())
print(finally_overrides())
print(from_while(), from_with())
def recursive(n):
    if n <= 1:
        return 1
    return n * recursive(n - 1)
print(recursive(10), recursive(30))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
def returns_function():
    def inner():
        return "inner"
    return inner
print(returns_function()())
def swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError:
            return f"returned in handler {i}"
print(swallow())
def break_in_finally():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "after loop"
print(break_in_finally())
