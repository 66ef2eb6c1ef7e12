# Recursion depth through functools: an lru_cache wrapper counts one level per call as CPython's C wrapper does, a partial none
import functools
import sys

@functools.lru_cache(maxsize=None)
def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1

for n in (300, 490, 499, 600):
    depth.cache_clear()
    try:
        print(n, depth(n))
    except RecursionError as e:
        print(n, "RecursionError:", e)

def count(n):
    return 0 if n == 0 else again(n - 1) + 1
again = functools.partial(count)
for n in (500, 990):
    try:
        print("partial", n, count(n))
    except RecursionError as e:
        print("partial", n, "RecursionError")

# Filled bottom-up the cache needs no deep recursion at all.
depth.cache_clear()
for n in range(0, 5000, 200):
    depth(n)
print(depth(5000), depth.cache_info().currsize)
print(depth.cache_info, depth.cache_clear)
print(sys.getrecursionlimit())
