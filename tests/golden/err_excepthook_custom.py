# sys.excepthook and sys.displayhook: the defaults, called directly, and a
# replaced excepthook that reports the exception nothing caught.
import sys
print(sys.excepthook is sys.__excepthook__, sys.displayhook is sys.__displayhook__, sys.excepthook)
sys.excepthook(ValueError, ValueError("shown by the default hook"), None)
for call in (lambda: sys.excepthook(1), lambda: sys.excepthook(a=1), lambda: sys.displayhook(),
             lambda: sys.displayhook(x=1)):
    try:
        call()
    except TypeError as e:
        print(e)
try:
    raise KeyError("with traceback")
except KeyError as e:
    sys.__excepthook__(type(e), e, e.__traceback__)
sys.displayhook(None)
sys.displayhook(42)
import builtins
print(builtins._)
def handler(t, v, tb):
    print("custom handler:", t.__name__, v, type(tb).__name__)
sys.excepthook = handler
raise ValueError("boom")
