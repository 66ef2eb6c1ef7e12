# Exceptions with no message and with a non-string argument, raised by class.
class Empty(Exception):
    pass


try:
    raise Empty
except Empty as e:
    print(repr(e), str(e) == "")
raise StopIteration
