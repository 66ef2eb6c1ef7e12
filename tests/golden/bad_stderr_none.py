# An uncaught exception with sys.stderr set to None: CPython's
# PyErr_Display drops the traceback; stdout is still flushed and the exit
# status is 1.
import sys

print("before")
sys.stderr = None
print("after")
1 / 0
