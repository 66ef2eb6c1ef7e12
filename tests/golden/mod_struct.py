# struct as scripts use it: binary file headers, network byte order,
# fixed-size records, native layouts and round trips.
import struct
from array import array

# A BMP-like header: little-endian, no padding.
header = struct.pack("<2sIHHI", b"BM", 1024, 0, 0, 54)
print(len(header), header)
magic, size, r1, r2, offset = struct.unpack("<2sIHHI", header)
print(magic, size, r1, r2, offset)

# Network byte order.
packet = struct.pack("!HHI", 80, 443, 0xDEADBEEF)
print(packet.hex(), struct.unpack("!HHI", packet))
print(struct.pack(">i", -2), struct.pack("<i", -2), struct.pack("=i", -2))

# Records with a Struct object.
record = struct.Struct("<i8sd?")
print(record.size, record.format, type(record).__name__)
rows = [(1, b"alpha", 1.5, True), (2, b"beta", -0.25, False), (3, b"a-long-name", 1e100, True)]
blob = b"".join(record.pack(*row) for row in rows)
print(len(blob))
for fields in record.iter_unpack(blob):
    print(fields)
print(record.unpack_from(blob, record.size))
print(record.unpack_from(blob, offset=-record.size))
it = record.iter_unpack(blob)
print(it.__length_hint__(), next(it)[0], it.__length_hint__(), len(list(it)), it.__length_hint__())

# Native sizes and alignment (x86-64) against standard ones.
for fmt in ("c", "b", "?", "h", "i", "l", "q", "n", "P", "e", "f", "d", "bi", "ib", "bq", "b0q", "hbh", "5sq", "3xh"):
    print(fmt, struct.calcsize(fmt), struct.calcsize("=" + fmt) if fmt[-1] not in "nP" else "-")
print(struct.pack("bi", 1, 2), struct.pack("=bi", 1, 2), struct.pack("ib", 1, 2))

# Every integer code at its limits.
for code, lo, hi in (("b", -128, 127), ("B", 0, 255), ("h", -2**15, 2**15 - 1), ("H", 0, 2**16 - 1),
                     ("i", -2**31, 2**31 - 1), ("I", 0, 2**32 - 1), ("l", -2**63, 2**63 - 1),
                     ("L", 0, 2**64 - 1), ("q", -2**63, 2**63 - 1), ("Q", 0, 2**64 - 1),
                     ("n", -2**63, 2**63 - 1), ("N", 0, 2**64 - 1)):
    data = struct.pack(code * 2, lo, hi)
    print(code, data.hex(), struct.unpack(code * 2, data))
print(struct.unpack("<lL", struct.pack("<lL", -2**31, 2**32 - 1)))

# Floats: half, single and double precision.
for value in (0.0, -0.0, 1.0, 0.1, -2.5, 65504.0, 1e-7, 6e-8, float("inf"), float("-inf")):
    e = struct.pack("<e", value)
    f = struct.pack("<f", value)
    d = struct.pack("<d", value)
    print(value, e.hex(), struct.unpack("<e", e)[0], f.hex(), struct.unpack("<f", f)[0], d.hex())
print(struct.unpack("<e", struct.pack("<e", float("nan")))[0], struct.pack(">e", 1.0009765625), struct.pack(">e", 1.00048828125))
print(struct.pack("f", 1e300), struct.pack("d", 7))

# Strings: 's' pads or truncates, 'p' stores its length first, 'c' is one byte.
print(struct.pack("5s", b"ab"), struct.pack("2s", b"abcdef"), struct.pack("0s", b"x"))
print(struct.pack("5p", b"ab"), struct.pack("3p", b"abcdef"), struct.unpack("5p", b"\x02abcd"))
print(struct.pack("3c", b"x", b"y", b"z"), struct.unpack("3c", b"xyz"))
print(struct.pack("???", 0, "", [1]), struct.unpack("??", b"\x00\x07"))

# Whitespace between codes; bytes formats; integer-like and float-like values.
print(struct.pack("< h h", 1, 2), struct.pack(b">h", 3), struct.calcsize(b"10s"))

class Seven:
    def __index__(self):
        return 7

class Half:
    def __float__(self):
        return 0.5

print(struct.pack("i", Seven()), struct.pack("d", Half()), struct.pack("?", Seven()))

# pack_into and unpack_from on an array used as a buffer.
buf = array("b", bytes(12))
struct.pack_into("<hi", buf, 2, 5, -1)
print(buf.tobytes(), struct.unpack_from("<hi", buf, 2), struct.unpack_from("<h", buf, offset=-10))
print(list(struct.iter_unpack("<h", array("h", [1, 2, 3]))))
print(struct.unpack("<2i", array("i", [10, -20])))
