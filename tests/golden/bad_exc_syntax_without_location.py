# A SyntaxError raised by the program: without a location it prints as any
# other exception (no "File ..., line" block), with one it prints its own.
try:
    raise SyntaxError("plain")
except SyntaxError as e:
    print(repr(e), e.lineno, e.text)
def f():
    raise SyntaxError("bad thing", ("f.py", 3, 2, "x = $", 3, 4))
try:
    f()
except SyntaxError as e:
    print(e, e.end_offset)
raise SyntaxError("uncaught plain")
