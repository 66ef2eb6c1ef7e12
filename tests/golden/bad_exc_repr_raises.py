# __repr__ and __str__ both raise; the traceback still ends cleanly.
class Worse(Exception):
    def __str__(self):
        return 42
class Ok(Exception):
    pass
try:
    raise Worse()
except Worse as e:
    try:
        print(str(e))
    except TypeError as t:
        print("TypeError:", t)
raise Ok("first") from Worse()
