# What each operation on a file says when the file cannot do it or is
# closed: text files ask whether they are open first, binary files (CPython's
# buffered objects) what they can do first, in words of their own.
import os
path = '/tmp/minipy_golden_closed_ops.txt'
with open(path, 'w') as setup:
    setup.write('line1\nline2\n')
import io
for mode in ("wb", "rb", "rb+", "w", "r", "r+"):
    for state in ("closed", "open"):
        f = open(path, mode)
        if state == "closed":
            f.close()
        for op, call in [("write", lambda: f.write(b"x" if "b" in mode else "x")), ("writelines", lambda: f.writelines([b"x" if "b" in mode else "x"])),
                         ("read", lambda: f.read()), ("read1", lambda: f.read(1)), ("readline", lambda: f.readline()), ("readlines", lambda: f.readlines()),
                         ("flush", lambda: f.flush()), ("tell", lambda: f.tell()), ("seek", lambda: f.seek(0)), ("truncate", lambda: f.truncate()),
                         ("next", lambda: next(f)), ("fileno", lambda: f.fileno()), ("isatty", lambda: f.isatty()),
                         ("readable", lambda: f.readable()), ("writable", lambda: f.writable()), ("seekable", lambda: f.seekable())]:
            try:
                call()
                r = "ok"
            except (ValueError, OSError, StopIteration) as e:
                r = type(e).__name__ + ": " + str(e)
            print(mode, state, op, r)
        f.close()
os.remove(path)
