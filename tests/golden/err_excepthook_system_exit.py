# SystemExit raised by sys.excepthook ends the program with its code.
import sys
def leave(t, v, tb):
    print("leaving")
    raise SystemExit(3)
sys.excepthook = leave
raise ValueError
