# What the collector sees of arrays, Structs and their iterators: each
# refers to its type (CPython 3.11's are heap types), an iterator to what
# it reads, a Struct to its format kept as bytes; gc.get_referrers finds
# them through those edges.
import gc
import struct
from array import array

a = array("i", [1, 2])
it = iter(a)
print(gc.get_referents(a), gc.get_referents(it))
next(it), next(it), next(it, None)
print(gc.get_referents(it))

s = struct.Struct("<hi")
print(gc.get_referents(s), s.format, type(s.format).__name__)
data = s.pack(1, 2) * 2
records = s.iter_unpack(data)
print(len(gc.get_referents(records)), gc.get_referents(records)[0], gc.get_referents(records)[2] is data)
print(list(records), gc.get_referents(records))
print(gc.get_referents(struct.Struct(b"2h")))
print(any(r is a for r in gc.get_referrers(array)), any(r is s for r in gc.get_referrers(struct.Struct)))

class Samples(array):
    pass

x = Samples("d", [0.5])
print(type(x) in gc.get_referents(x))
for fmt in ("é", "ié"):
    try:
        struct.Struct(fmt)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
try:
    struct.calcsize("x\u2603")
except UnicodeEncodeError as e:
    print(e.start, e.end, e.reason)
