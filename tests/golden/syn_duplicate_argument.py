# the same parameter name twice
def f(a, b, a):
    pass
