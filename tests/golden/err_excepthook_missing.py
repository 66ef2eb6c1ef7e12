# Without sys.excepthook the interpreter says so and prints the traceback.
import sys
del sys.excepthook
raise ValueError("no hook")
