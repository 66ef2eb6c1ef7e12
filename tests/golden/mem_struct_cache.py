# struct's module functions cache a Struct per format object, as CPython's
# do: the cache holds a reference to the format (sys.getrefcount shows it),
# is cleared at 100 entries and by _clearcache(); an unhashable format fails
# the cache lookup before the type check.
import struct, sys, gc
try: struct.pack([1])
except Exception as e: print(type(e).__name__, e)
try: struct.calcsize({})
except Exception as e: print(type(e).__name__, e)
try: struct.pack(5)
except Exception as e: print(type(e).__name__, e)
f = ''.join(['<', 'i'])
print(sys.getrefcount(f)); struct.pack(f, 1); print(sys.getrefcount(f)); struct.unpack(f, b'1234'); print(sys.getrefcount(f))
struct._clearcache(); print(sys.getrefcount(f))
g = ''.join(['>', 'h']); struct.calcsize(g); print(sys.getrefcount(g))
for i in range(150): struct.calcsize(str(i) + 'x')
print(sys.getrefcount(g))
b = bytes([60, 105]); struct.pack(b, 1); print(sys.getrefcount(b))
try: struct.pack('z')
except struct.error as e: print(e)
