# sys.exit with an object whose __str__ raises.
import sys
class X:
    def __str__(self):
        raise ValueError("no str")
print("before")
sys.exit(X())
