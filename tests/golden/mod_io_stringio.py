# StringIO as scripts use it: capturing print output, building text,
# reading it back line by line, and the newline argument.
import io
import sys
from contextlib import redirect_stdout, redirect_stderr

# Capture what print writes.
buf = io.StringIO()
print("hello", "world", sep=", ", end="!\n", file=buf)
print(1, 2.5, None, [1, 'a'], file=buf)
print(repr(buf.getvalue()))

with redirect_stdout(io.StringIO()) as out:
    print("inside")
    sys.stdout.write("raw write\n")
print("captured:", repr(out.getvalue()))

err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print("stderr captured:", repr(err.getvalue()))

# Building a report.
report = io.StringIO()
for i in range(3):
    report.write(f"line {i}\n")
n = report.write("tail")
print(n, report.tell(), repr(report.getvalue()))

# Reading back.
s = io.StringIO("first\nsecond\nthird")
print(repr(s.readline()), s.tell())
print(repr(s.read(3)), repr(s.readline()))
print(repr(s.readline()), repr(s.readline()), repr(s.read()))
s.seek(0)
print(s.readlines())
s.seek(0)
print(s.readlines(7))
s.seek(0)
for number, line in enumerate(s, 1):
    print(number, repr(line))
print([line.rstrip() for line in io.StringIO("a\nb\n\nc\n")])

# read/readline sizes, None and negatives.
s = io.StringIO("abcdef\nghi")
print(repr(s.read(None)), repr(s.read()), s.seek(0), repr(s.read(-1)))
s.seek(0)
print(repr(s.readline(3)), repr(s.readline(None)), repr(s.readline(-5)))

# Overwriting, writing past the end, truncation.
s = io.StringIO("hello world")
s.seek(6)
s.write("there")
print(repr(s.getvalue()))
s.seek(15)
s.write("!")
print(repr(s.getvalue()), s.tell())
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(2)
print(s.truncate(), repr(s.getvalue()))
print(s.seek(0, io.SEEK_END), s.seek(0, io.SEEK_CUR), s.seek(1, io.SEEK_SET))

# Non-ASCII text counts characters.
s = io.StringIO()
s.write("héllo wörld ☃ 𝄞")
print(s.tell(), len(s.getvalue()))
s.seek(1)
print(repr(s.read(4)))
s.seek(13)
print(repr(s.read()))

# The newline argument.
text = "one\ntwo\r\nthree\rfour"
for nl in (None, "", "\n", "\r", "\r\n"):
    t = io.StringIO(text, newline=nl)
    print(repr(nl), repr(t.getvalue()), t.readlines(), t.newlines)
t = io.StringIO(newline=None)
t.write("a\r")
t.write("\nb")
print(repr(t.getvalue()), t.newlines)
t = io.StringIO(newline="")
t.write("a\r\nb\rc\n")
print(t.newlines)
t = io.StringIO(newline="\r\n")
t.write("x\ny\n")
print(repr(t.getvalue()), t.tell())

# Attributes and state.
s = io.StringIO("abc")
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed, s.line_buffering)
print(s.encoding, s.errors, s.flush())
with s:
    print(s.closed)
print(s.closed)
s.close()
print(type(s).__name__, type(s).__module__, isinstance(s, io.TextIOBase), isinstance(s, io.IOBase))

# writelines and iteration of a fresh stream.
s = io.StringIO()
s.writelines(["a\n", "b\n", "c"])
print(repr(s.getvalue()), list(s))
s.seek(0)
print(next(s), next(iter(s)))

# A subclass.
class Upper(io.StringIO):
    def write(self, text):
        return super().write(text.upper())

u = Upper()
print("shout", file=u)
u.extra = 1
print(repr(u.getvalue()), u.extra, u.__dict__)
