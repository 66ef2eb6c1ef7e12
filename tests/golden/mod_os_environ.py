# os.environ as a mapping over the process's environment, and os.getenv.
import os

print(type(os.environ).__name__, os.environ["HOME"] == os.getenv("HOME"), "HOME" in os.environ)
print(os.getenv("MINIPY_SURELY_UNSET"), os.getenv("MINIPY_SURELY_UNSET", "default"))
os.environ["MINIPY_A"] = "1"
print(os.environ["MINIPY_A"], os.getenv("MINIPY_A"), os.environ.get("MINIPY_A"), "MINIPY_A" in os.environ)
os.environ["MINIPY_A"] = "2"
print(os.environ["MINIPY_A"])
del os.environ["MINIPY_A"]
print("MINIPY_A" in os.environ, os.environ.get("MINIPY_A", "gone"))
print(os.environ.setdefault("MINIPY_B", "b"), os.environ.setdefault("MINIPY_B", "c"))
print(os.environ.pop("MINIPY_B"), os.environ.pop("MINIPY_B", "popped"))
os.environ.update({"MINIPY_C": "c", "MINIPY_D": "d"})
print(os.environ["MINIPY_C"], os.environ["MINIPY_D"])
copy = os.environ.copy()
print(type(copy).__name__, copy["MINIPY_C"], len(copy) == len(os.environ))
print(sorted(k for k in os.environ if k.startswith("MINIPY_")))
print(sorted(k for k, v in os.environ.items() if k.startswith("MINIPY_")))
merged = os.environ | {"MINIPY_E": "e"}
print(type(merged).__name__, merged["MINIPY_E"], "MINIPY_E" in os.environ)
print(repr(os.environ).startswith("environ({"), isinstance(os.environ, dict))


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", repr(e) if isinstance(e, KeyError) else e)


attempt("missing key", lambda: os.environ["MINIPY_SURELY_UNSET"])
attempt("int value", lambda: os.environ.__setitem__("MINIPY_F", 1))
attempt("int key", lambda: os.environ.__setitem__(1, "x"))
attempt("del missing", lambda: os.environ.__delitem__("MINIPY_SURELY_UNSET"))
attempt("pop missing", lambda: os.environ.pop("MINIPY_SURELY_UNSET"))
attempt("empty name", lambda: os.environ.__setitem__("", "x"))
attempt("name with =", lambda: os.environ.__setitem__("A=B", "x"))
attempt("null in value", lambda: os.environ.__setitem__("MINIPY_G", "a\0b"))
