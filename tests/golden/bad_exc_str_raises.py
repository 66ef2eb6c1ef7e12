# An uncaught exception whose __str__ raises: "<exception str() failed>".
class Broken(Exception):
    def __str__(self):
        raise RuntimeError("str is broken")
try:
    raise Broken("x")
except Broken as e:
    try:
        str(e)
    except RuntimeError as inner:
        print("str raised:", inner)
    print(repr(e))
def f():
    raise Broken("message")
print("before")
f()
