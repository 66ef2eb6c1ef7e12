# sys.exit with a value that is neither None nor an int: printed, status 1.
import sys
print("out before exit")
sys.exit(1.5)
