# The traceback module: limits, tracebacks, stacks, summaries, syntax
# errors, notes and chains.
import io
import sys
import traceback


def deep(n):
    if n == 0:
        raise RuntimeError("bottom")
    return deep(n - 1)


try:
    deep(8)
except RuntimeError as e:
    err = e
for limit in (None, 0, 1, 2, -1, -2, 100):
    print(limit, traceback.format_exception(err, limit=limit))
print(traceback.format_tb(err.__traceback__, limit=2))
print(traceback.format_tb(None))
traceback.print_tb(err.__traceback__, limit=-1, file=sys.stdout)
print([(fs.name, fs.lineno, fs.line) for fs in traceback.extract_tb(err.__traceback__, limit=3)])
print([n for f, n in traceback.walk_tb(err.__traceback__)])
print(traceback.format_exception(None))
print(traceback.format_exception_only(None))
traceback.print_exc(file=sys.stdout)
buf = io.StringIO()
traceback.print_exception(err, file=buf)
print(buf.getvalue().count("\n"), buf.getvalue().splitlines()[-1])

try:
    compile("x = (1 +\n", "<src>", "exec")
except SyntaxError as e:
    print(traceback.format_exception_only(e))
    print(traceback.format_exception(e))
try:
    eval("1 2")
except SyntaxError as e:
    print(traceback.format_exception_only(type(e), e))

e = ValueError("with notes")
e.add_note("first note")
e.add_note("second")
print(traceback.format_exception_only(e))
print(traceback.format_exception(e))

try:
    {}["x"]
except KeyError as k:
    other_tb = k.__traceback__
print(traceback.format_exception(ValueError, ValueError("v"), other_tb))
try:
    traceback.format_exception(ValueError, ValueError("v"))
except ValueError as x:
    print(x)
try:
    traceback.format_exception(5)
except TypeError as x:
    print(x)


def outer():
    return inner()


def inner():
    print(traceback.format_stack(limit=2))
    print([fs.name for fs in traceback.extract_stack()])
    print([fs.name for fs in traceback.extract_stack(limit=1)])
    traceback.print_stack(limit=-1, file=sys.stdout)
    return traceback.format_stack(sys._getframe(1))


print(outer())
print(traceback.format_list([("a.py", 3, "f", "x = 1"), ("b.py", 4, "g", None)]))
fs = traceback.FrameSummary("f.py", 7, "h", line="pass")
print(fs, list(fs), fs == ("f.py", 7, "h", "pass"), len(fs), fs[2])
print(traceback.StackSummary.from_list([fs, ("z.py", 1, "q", "y")]).format())


def rec(n):
    return rec(n + 1) if n < 30 else 1 / 0


try:
    rec(0)
except ZeroDivisionError as z:
    lines = traceback.format_exception(z)
    print(len(lines), lines[1:3], lines[-3:])

try:
    try:
        raise KeyError("a")
    except KeyError:
        raise TypeError("b")
except TypeError as t:
    print(traceback.format_exception(t))
    print(traceback.format_exc(chain=False))
print(traceback.format_exc())
