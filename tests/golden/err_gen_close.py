# close() raises GeneratorExit inside the generator; its finally block raises instead.
def gen():
    try:
        yield 1
    finally:
        raise RuntimeError("in finally during close")
g = gen()
next(g)
g.close()
