# Unbounded recursion through generators: each `yield from` starts another.
def g():
    yield from g()
print("start")
list(g())
