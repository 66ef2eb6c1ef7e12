# Unbounded recursion: RecursionError, and the traceback collapses repeated lines.
import sys
print(sys.getrecursionlimit())


def countdown(n):
    return countdown(n - 1) + 1


try:
    countdown(10)
except RecursionError as e:
    print("caught:", e)


def walk(node):
    return walk(node + 1)


walk(0)
