# The traceback module: print_exc, format_exc and friends print what the
# interpreter prints for an exception nothing caught, in CPython's pieces.
import traceback, sys
def f():
    traceback.print_stack()
    print(repr(traceback.format_stack()[-1]))
def g():
    return f() or 1
g()
try:
    {}["k"]
except KeyError:
    traceback.print_exc()
    s = traceback.format_exc()
    print(repr(s))
    e = sys.exception()
    print(traceback.format_exception(e))
    print(traceback.format_exception_only(e))
    print(traceback.format_exception(type(e), e, e.__traceback__))
    print([tuple(x) for x in traceback.extract_tb(e.__traceback__)])
    fs = traceback.extract_tb(e.__traceback__)[0]
    print(fs, fs.filename == __file__, fs.lineno, fs.name, fs.line)
traceback.print_exc()
print(repr(traceback.format_exc()))
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("v") from z
except ValueError as v:
    print(traceback.format_exception(v))
    print(traceback.format_exception(v, chain=False))
    traceback.print_exception(v, limit=0)
    traceback.print_exception(v, file=sys.stdout)
