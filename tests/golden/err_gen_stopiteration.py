# StopIteration raised inside a generator becomes RuntimeError (PEP 479).
def gen():
    yield 1
    raise StopIteration("explicit")
print(list(gen()))
