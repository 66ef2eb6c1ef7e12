# time.struct_time is exported and builds from a 9- to 11-sequence; sys has
# float_repr_style and hash_info (the numbers' parameters).
import sys
import time
t = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))
print(t, t.tm_mday, t == (2020, 1, 2, 3, 4, 5, 6, 7, 0), type(t) is type(time.gmtime(0)))
for bad in [(1, 2), tuple(range(12)), 5]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print(e)
print(time.struct_time([1, 2, 3, 4, 5, 6, 7, 8, 9, "UTC", 0]))
print(time.strftime("%Y-%m-%d", time.struct_time((2021, 5, 6, 0, 0, 0, 3, 126, 0))))
print(sys.float_repr_style, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.width)
print(hash(float("inf")) == sys.hash_info.inf, hash(2**61 - 1) == 0, hash(-1.0), hash(1e20) == hash(int(1e20)))
