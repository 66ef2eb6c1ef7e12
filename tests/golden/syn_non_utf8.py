# A source file that is not UTF-8 is refused before it runs (PEP 263): a
# Latin-1 byte in a keyword argument name on line 4.
def f(*args, **kwargs): return kwargs
print(f(1, café=9))
