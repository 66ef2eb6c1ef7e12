# lru_cache's cache_info() is the namedtuple CacheInfo, as in CPython.
import functools

@functools.lru_cache(maxsize=4)
def square(n):
    return n * n

for n in (1, 2, 1, 3):
    square(n)
info = square.cache_info()
print(info, type(info).__name__, isinstance(info, tuple), info._fields)
print(info.hits, info[1], tuple(info), info._asdict(), info == (1, 3, 4, 3))
hits, misses, maxsize, currsize = info
print(hits + misses, maxsize - currsize, info._replace(hits=0), len(info))
print(functools._CacheInfo is type(info), type(info).__module__, hasattr(functools, "CacheInfo"))
