# Unbounded recursion through a plain function, uncaught: RecursionError,
# the repeated frames folded, status 1; stdout written before is kept.
def f(n):
    return f(n + 1)
print("start")
f(0)
