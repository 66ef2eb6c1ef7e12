# sys.exit() and raise SystemExit(0) exit with status 0; SystemExit can be caught.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught exit", e.code)
print("still running")
raise SystemExit
