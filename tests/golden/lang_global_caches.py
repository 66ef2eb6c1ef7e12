# Global-name sites remember where a name was found; rebinding, shadowing
# and deleting globals and builtins must still be seen at the same site.
import builtins


def size(x):
    return len(x)


def read_counter():
    return counter


counter = 0
for i in range(3):
    counter += 1
    print(read_counter(), size("abc"))

# A global shadows the builtin, then goes away again.
len = lambda x: "shadowed"
print(size("abc"))
del len
print(size("abc"))

# The builtin itself replaced, then restored.
original = builtins.len
builtins.len = lambda x: "patched builtin"
print(size("abc"))
builtins.len = original
print(size("abc"))

# Through globals(): new names, deleted names, many names (a resize moves
# every entry).
globals()["counter"] = 100
print(read_counter())
for k in range(50):
    globals()[f"filler{k}"] = k
print(read_counter(), filler49)
del globals()["counter"]
try:
    read_counter()
except NameError as e:
    print("NameError:", e)
counter = "back"
print(read_counter())

# The same code run against other globals.
code = compile("print(counter, len('ab'))", "<test>", "exec")
for ns in ({"counter": "first"}, {"counter": "second", "len": lambda x: "own len"}, {"counter": "third"}):
    exec(code, ns)


def show_missing():
    return undefined_name


try:
    show_missing()
except NameError as e:
    print("NameError:", e)
undefined_name = "defined now"
print(show_missing())
saved_print = builtins.print
del builtins.print
try:
    print("unreachable")
except NameError as e:
    message = str(e)
builtins.print = saved_print
print("after deleting print:", message)
