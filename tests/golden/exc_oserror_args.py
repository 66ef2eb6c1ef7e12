# OSError's arguments: the five-argument form with filename2 (shown as
# 'a' -> 'b'), and the errno subclass OSError(errno, strerror) makes.
e = OSError(2, "No such file or directory", "a", None, "b")
print(type(e).__name__, e, e.args, e.errno, e.strerror, e.filename, e.filename2)
e = OSError(13, "Permission denied", "x")
print(e, e.filename2)
e = OSError(1, "m")
print(e, e.filename, e.filename2)
e = OSError("plain")
print(e, e.errno, e.filename2)
e = FileExistsError(17, "File exists", "src", None, "dst")
print(repr(str(e)), e.filename2)
try:
    raise OSError(2, "No such file or directory", "old.txt", None, "new.txt")
except OSError as caught:
    print(caught)

# OSError(errno, strerror) makes the subclass for errno (PEP 3151); a
# subclass of OSError or other argument shapes keep the class called.


class MyError(OSError):
    pass


for made in (OSError(2, "x"), OSError(17, "x", "f"), OSError(21, "x"), OSError(20, "x"), OSError(13, "x"),
             OSError(1, "x"), OSError(110, "x"), OSError(99, "x"), OSError(2), OSError(2, "x", "f", None, "g"),
             OSError(True, "x"), OSError("2", "x"), MyError(2, "x"), FileNotFoundError(17, "x")):
    print(type(made).__name__, made.errno, isinstance(made, OSError))
try:
    raise OSError(2, "No such file or directory", "gone.txt")
except FileNotFoundError as e:
    print("caught as FileNotFoundError:", e)
