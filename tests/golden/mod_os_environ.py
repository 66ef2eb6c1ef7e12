# os.environ as a mapping over the process's environment, and os.getenv.
import os

print(type(os.environ).__name__, os.environ["HOME"] == os.getenv("HOME"), "HOME" in os.environ)
print(os.getenv("MPYTEST_SURELY_UNSET"), os.getenv("MPYTEST_SURELY_UNSET", "default"))
os.environ["MPYTEST_A"] = "1"
print(os.environ["MPYTEST_A"], os.getenv("MPYTEST_A"), os.environ.get("MPYTEST_A"), "MPYTEST_A" in os.environ)
os.environ["MPYTEST_A"] = "2"
print(os.environ["MPYTEST_A"])
del os.environ["MPYTEST_A"]
print("MPYTEST_A" in os.environ, os.environ.get("MPYTEST_A", "gone"))
print(os.environ.setdefault("MPYTEST_B", "b"), os.environ.setdefault("MPYTEST_B", "c"))
print(os.environ.pop("MPYTEST_B"), os.environ.pop("MPYTEST_B", "popped"))
os.environ.update({"MPYTEST_C": "c", "MPYTEST_D": "d"})
print(os.environ["MPYTEST_C"], os.environ["MPYTEST_D"])
copy = os.environ.copy()
print(type(copy).__name__, copy["MPYTEST_C"], len(copy) == len(os.environ))
print(sorted(k for k in os.environ if k.startswith("MPYTEST_")))
print(sorted(k for k, v in os.environ.items() if k.startswith("MPYTEST_")))
merged = os.environ | {"MPYTEST_E": "e"}
print(type(merged).__name__, merged["MPYTEST_E"], "MPYTEST_E" in os.environ)
print(repr(os.environ).startswith("environ({"), isinstance(os.environ, dict))


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", repr(e) if isinstance(e, KeyError) else e)


attempt("missing key", lambda: os.environ["MPYTEST_SURELY_UNSET"])
attempt("int value", lambda: os.environ.__setitem__("MPYTEST_F", 1))
attempt("int key", lambda: os.environ.__setitem__(1, "x"))
attempt("del missing", lambda: os.environ.__delitem__("MPYTEST_SURELY_UNSET"))
attempt("pop missing", lambda: os.environ.pop("MPYTEST_SURELY_UNSET"))
attempt("empty name", lambda: os.environ.__setitem__("", "x"))
attempt("name with =", lambda: os.environ.__setitem__("A=B", "x"))
attempt("null in value", lambda: os.environ.__setitem__("MPYTEST_G", "a\0b"))
