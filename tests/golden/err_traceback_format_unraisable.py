# A finalizer that fails while the traceback module formats an exception
# reports on stderr, not into the formatted lines.
import traceback
class D:
    def __del__(self):
        raise ValueError("in del")
class E(Exception):
    def __str__(self):
        D()
        return "msg"
try:
    raise E()
except E as e:
    lines = traceback.format_exception(e)
print(len(lines), lines[-1], end="")
