# A lowered recursion limit; int comparisons at the limit do not themselves overflow.
import sys
sys.setrecursionlimit(50)
def f(n):
    if n == 0:
        return 0
    return 1 + f(n - 1)
print(f(40))
print(f(60))
