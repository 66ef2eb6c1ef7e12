# struct's errors, with CPython's messages: bad formats, values out of
# range for each code, wrong counts and buffers of the wrong size.
import struct
from array import array

def attempt(label, f, *args, **kwargs):
    try:
        result = f(*args, **kwargs)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(result))

print(struct.error, struct.error.__mro__, issubclass(struct.error, Exception))

for code in "bBhHiIlLqQnN":
    for order in ("@", "<", ">"):
        if order != "@" and code in "nN":
            continue
        for value in (2**70, -2**70, 2**31, -1, 2**63, 300):
            attempt(order + code + " " + str(value), struct.pack, order + code, value)
attempt("P 2**64", struct.pack, "P", 2**64)
attempt("P neg", struct.pack, "P", -2**63 - 1)
attempt("P -1", struct.pack, "P", -1)
attempt("i float", struct.pack, "i", 1.5)
attempt("i str", struct.pack, "i", "x")
attempt("f str", struct.pack, "f", "x")
attempt("f huge int", struct.pack, "f", 10**400)
attempt("<f 1e300", struct.pack, "<f", 1e300)
attempt(">f 1e39", struct.pack, ">f", 1e39)
attempt("e 1e10", struct.pack, "e", 1e10)
attempt("<e 65520", struct.pack, "<e", 65520.0)
attempt("d huge int", struct.pack, "d", 10**400)
attempt("c 2 bytes", struct.pack, "c", b"ab")
attempt("c str", struct.pack, "c", "a")
attempt("s str", struct.pack, "s", "a")
attempt("p int", struct.pack, "p", 5)
attempt("count", struct.pack, "2i", 1)
attempt("count 0", struct.pack, "i i")
attempt("bad char", struct.pack, "z")
attempt("count only", struct.pack, "3")
attempt("<P", struct.pack, "<P", 1)
attempt("<n", struct.pack, "<n", 1)
attempt("space count", struct.pack, "i 2 i", 1, 2)
attempt("leading space", struct.pack, " <i", 1)
attempt("too long", struct.calcsize, "99999999999999999999999x")
attempt("format int", struct.pack, 5)
attempt("no format", struct.pack)
attempt("unpack size", struct.unpack, "i", b"\0\0\0")
attempt("unpack size 2", struct.unpack, ">hh", b"\0" * 5)
attempt("unpack str", struct.unpack, "i", "abcd")
attempt("unpack args", struct.unpack, "i")
attempt("unpack_from short", struct.unpack_from, "i", b"\0" * 3, 1)
attempt("unpack_from neg", struct.unpack_from, "i", b"\0" * 8, -20)
attempt("unpack_from past", struct.unpack_from, "i", b"\0" * 8, 10)
attempt("unpack_from str offset", struct.unpack_from, "i", b"\0" * 8, "x")
attempt("unpack_from no buffer", struct.unpack_from, "i")
attempt("iter_unpack multiple", struct.iter_unpack, "i", b"\0" * 7)
attempt("iter_unpack empty", struct.iter_unpack, "", b"")
attempt("pack_into bytes", struct.pack_into, "i", b"\0" * 8, 0, 1)
attempt("pack_into no offset", struct.pack_into, "ii", 1)
attempt("pack_into no buffer", struct.pack_into, "ii")
buf = array("b", bytes(8))
attempt("pack_into past", struct.pack_into, "i", buf, 6, 1)
attempt("pack_into neg space", struct.pack_into, "i", buf, -2, 1)
attempt("pack_into neg range", struct.pack_into, "i", buf, -10, 1)
attempt("pack_into count", struct.pack_into, "i", buf, 0)
attempt("pack_into ok", struct.pack_into, "i", buf, -4, 7)
print(buf)
attempt("Struct()", struct.Struct)
attempt("Struct 2 args", struct.Struct, "i", "h")
attempt("Struct bad", struct.Struct, "iz")
s = struct.Struct("hh")
attempt("Struct.pack count", s.pack, 1)
attempt("Struct.pack range", s.pack, 1, 40000)
attempt("Struct.unpack size", s.unpack, b"\0")
attempt("Struct attr", setattr, s, "x", 1)
attempt("unpack_iterator()", type(s.iter_unpack(b"")))
