# sys.exit with an integer: that status, nothing on stderr; finally blocks still run.
import sys
try:
    print("exiting with 3")
    sys.exit(3)
finally:
    print("finally runs during exit")
print("not reached")
