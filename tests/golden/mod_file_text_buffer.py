# A text file's .buffer: the binary file under it, over the same stream,
# closed with it (sys.stdout.buffer takes bytes).
import os
import sys

path = "/tmp/minipy_golden_text_buffer.txt"
print("text first")
sys.stdout.flush()
sys.stdout.buffer.write(b"bytes second\n")
sys.stdout.buffer.flush()
print("text third")
sys.stdout.flush()
n = sys.stdout.buffer.write("é\n".encode())
sys.stdout.buffer.flush()
print(n, sys.stdout.buffer is sys.stdout.buffer, sys.stdout.buffer.mode, sys.stdout.buffer.writable())
with open(path, "w") as f:
    f.write("abc\n")
    f.flush()
    f.buffer.write(b"def\n")
    print(f.buffer.mode, type(f.buffer).__name__, f.buffer.name == f.name, f.buffer.closed)
print(f.buffer.closed)
try:
    f.buffer.write(b"x")
except ValueError as e:
    print("ValueError:", e)
with open(path) as g:
    print(repr(g.read()), g.buffer.mode, type(g.buffer).__name__, g.buffer.readable())
with open(path, "r+") as h:
    print(h.buffer.mode, type(h.buffer).__name__)
with open(path, "a") as a:
    print(a.buffer.mode, type(a.buffer).__name__)
with open(path, "rb") as b:
    print(hasattr(b, "buffer"))
os.remove(path)
