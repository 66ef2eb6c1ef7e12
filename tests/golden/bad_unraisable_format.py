# How "Exception ignored in" prints: the traceback of that exception only
# (no chained exceptions, no notes), then "Type: str(exc)" even when str is empty.
import weakref
class Chained:
    def __del__(self):
        try:
            {}["k"]
        except KeyError:
            raise ValueError("while handling")
c = Chained()
del c
class Empty:
    def __del__(self):
        raise ValueError()
e = Empty()
del e
class Noted:
    def __del__(self):
        err = TypeError("noted")
        err.add_note("a note")
        raise err
n = Noted()
del n
class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no str")
class BadStrDel:
    def __del__(self):
        raise BadStr()
b = BadStrDel()
del b
class BadRepr:
    def __repr__(self):
        raise RuntimeError("no repr")
    def __del__(self):
        raise ValueError("from BadRepr")
r = BadRepr()
del r
class Caused:
    def __del__(self):
        raise ValueError("outer") from KeyError("inner")
x = Caused()
del x
class Syntax:
    def __del__(self):
        compile("x = = 1", "<s>", "exec")
s = Syntax()
del s
class Attr:
    def __del__(self):
        self.nmae
class Holder:
    name = 1
a = Attr()
del a
print("end")
