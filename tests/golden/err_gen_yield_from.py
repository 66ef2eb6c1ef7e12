# An exception raised two 'yield from' levels down: every generator frame is in the traceback.
def inner():
    yield 1
    raise ValueError("deep")
def middle():
    yield from inner()
def outer():
    result = yield from middle()
    return result
for x in outer():
    print(x)
