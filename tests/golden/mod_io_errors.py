# The errors StringIO and BytesIO raise, with CPython's messages.
import io

def attempt(label, f, *args, **kwargs):
    try:
        result = f(*args, **kwargs)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(result))

s = io.StringIO("abc")
attempt("write bytes", s.write, b"x")
attempt("write int", s.write, 5)
attempt("read str", s.read, "2")
attempt("read kw", s.read, size=1)
attempt("read 2 args", s.read, 1, 2)
attempt("seek neg", s.seek, -1)
attempt("seek whence", s.seek, 0, 3)
attempt("seek cur nonzero", s.seek, 1, 1)
attempt("seek end nonzero", s.seek, -1, 2)
attempt("seek float", s.seek, 1.5)
attempt("truncate neg", s.truncate, -1)
attempt("fileno", s.fileno)
attempt("detach", s.detach)
attempt("bad newline", io.StringIO, "", "x")
attempt("newline type", io.StringIO, "", 5)
attempt("initial type", io.StringIO, b"abc")
attempt("writelines", s.writelines, [1])
s.close()
s.close()
for name in ("read", "write", "getvalue", "tell", "readline", "readable", "seek", "truncate"):
    args = {"write": ("x",), "seek": (0,)}.get(name, ())
    attempt("closed " + name, getattr(s, name), *args)
attempt("closed iter", iter, s)
attempt("closed readlines", s.readlines)
attempt("closed newlines", lambda: s.newlines)
print(s.closed)

b = io.BytesIO(b"abc")
attempt("write str", b.write, "x")
attempt("bytes init str", io.BytesIO, "abc")
attempt("read str", b.read, "1")
attempt("seek neg", b.seek, -1)
attempt("seek whence", b.seek, 0, 5)
attempt("truncate neg", b.truncate, -2)
attempt("readlines str", b.readlines, "x")
attempt("fileno", b.fileno)
b.close()
for name in ("read", "write", "getvalue", "tell", "readline", "seek", "flush", "isatty"):
    args = {"write": (b"x",), "seek": (0,)}.get(name, ())
    attempt("closed " + name, getattr(b, name), *args)
attempt("closed next", next, b)
attempt("with closed", lambda: b.__enter__())
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
