# Many generated formats and values (a fixed pseudo-random sequence, the
# same under any interpreter), packed and unpacked: sizes, bytes, results,
# errors and __sizeof__ must all be CPython's.
import struct

state = 12345

def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n

codes = "xcbB?hHiIlLqQnNefdspP"
values = [0, 1, -1, 127, 128, 255, 256, -129, 2**15, -2**15 - 1, 2**31, 2**32, -2**31 - 1, 2**63 - 1, 2**63,
          2**64, -2**63, 1.5, -0.0, 1e300, 65504.0, 70000.0, b"", b"a", b"abc", "x", True, None]

def clean(items):
    return [x if x == x else "nan" for x in items]

for trial in range(700):
    fmt = ["", "@", "=", "<", ">", "!"][rand(6)]
    for _ in range(1 + rand(4)):
        if rand(10) < 3:
            fmt += str(rand(4))
        fmt += codes[rand(len(codes))]
        if rand(10) == 0:
            fmt += " "
    items = [values[rand(len(values))] for _ in range(8)]
    data = bytes(rand(256) for _ in range(64))
    try:
        s = struct.Struct(fmt)
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
        continue
    try:
        n = len(s.unpack(bytes(s.size)))
    except SystemError as e:  # CPython 3.11 on '0p'
        print(repr(fmt), "SystemError", e)
        continue
    try:
        packed = s.pack(*items[:n])
        packing = (packed.hex(), clean(s.unpack(packed)))
    except Exception as e:
        packing = (type(e).__name__, str(e))
    print(repr(fmt), s.size, s.__sizeof__(), packing, clean(s.unpack(data[:s.size])) if s.size <= 64 else "-")
