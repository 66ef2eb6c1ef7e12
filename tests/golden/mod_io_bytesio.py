# BytesIO as scripts use it: building binary data, reading records back,
# seeking around.
import io

b = io.BytesIO()
print(b.write(b"header"), b.write(b"\x00\x01\x02"), b.tell())
print(b.getvalue())
b.seek(0)
print(b.read(6), b.read(1), b.read(), b.read())

data = io.BytesIO(b"line one\nline two\n\nlast")
print(data.readline(), data.readline(4), data.readline())
print(data.readlines())
data.seek(0)
print(list(data))
data.seek(0)
print(data.readlines(10))
data.seek(0)
print([len(line) for line in data])

# Seeking from the end and the current position; seeks before the start clamp.
b = io.BytesIO(b"0123456789")
print(b.seek(-3, io.SEEK_END), b.read())
print(b.seek(-20, 1), b.tell())
print(b.seek(4), b.seek(2, 1), b.read(2))
print(b.seek(20), b.read(), b.tell())
b.write(b"!")
print(b.getvalue())

# Overwrite and truncate.
b = io.BytesIO(b"hello world")
b.seek(6)
b.write(b"WORLD")
print(b.getvalue())
print(b.truncate(5), b.getvalue(), b.tell())
b.seek(3)
print(b.truncate(), b.getvalue())
print(b.read1(), b.read1(-1), b.seek(0), b.read1(2))

# Attributes, closing, with.
with io.BytesIO(b"abc") as f:
    print(f.readable(), f.writable(), f.seekable(), f.isatty(), f.closed, f.flush())
print(f.closed)
print(isinstance(f, io.BufferedIOBase), isinstance(f, io.TextIOBase), type(f).__name__)

b = io.BytesIO()
b.writelines([b"a", b"b", b"c"])
print(b.getvalue(), io.BytesIO(None).getvalue())

# A record reader.
stream = io.BytesIO(bytes(range(10)))
chunks = []
while chunk := stream.read(4):
    chunks.append(chunk)
print(chunks)

class Counting(io.BytesIO):
    def __init__(self, *args):
        super().__init__(*args)
        self.writes = 0

    def write(self, data):
        self.writes += 1
        return super().write(data)

c = Counting(b"start")
c.seek(0, 2)
c.write(b"+more")
print(c.getvalue(), c.writes)
