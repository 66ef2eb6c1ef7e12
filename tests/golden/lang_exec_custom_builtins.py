# exec and eval run code with the builtins its globals name in
# __builtins__ (a dict or a module); the functions it defines keep them.
exec("print(len('abc'))", {"__builtins__": {"print": print, "len": len}})
try:
    exec("print(abs(1))", {"__builtins__": {"print": print}})
except NameError as e:
    print("NameError:", e)
g = {"__builtins__": {"print": print, "NameError": NameError}, "__name__": "m"}
exec("""
def f():
    return len
try:
    f()
except NameError as e:
    print("function:", e)
""", g)
print(eval("x + 1", {"__builtins__": {}}, {"x": 41}))
try:
    eval("len('ab')", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
import builtins
print(eval("len('ab')", {"__builtins__": builtins}))
ns = {}
exec("y = abs(-3)", ns)
print(ns["y"], ns["__builtins__"] is builtins.__dict__)
custom = dict(builtins.__dict__)
custom["len"] = lambda s: 99
print(eval("len('ab')", {"__builtins__": custom}))
exec("def h(): return len('abc')", {"__builtins__": custom}, ns2 := {})
print(ns2["h"](), ns2["h"].__builtins__ is custom)
