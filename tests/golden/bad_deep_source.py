# 100,000-deep nesting in source, compiled from strings: each ends as
# CPython's parser or compiler ends it (SyntaxError, RecursionError or
# MemoryError), never with a crash.
N = 100_000
CASES = [
    ("parentheses", "x = " + "(" * N + "1" + ")" * N),
    ("brackets", "x = " + "[" * N + "]" * N),
    ("braces", "x = " + "{" * N + "}" * N),
    ("mixed brackets", "x = " + "([{" * (N // 3) + "}])" * (N // 3)),
    ("a + chain", "x = " + " + ".join(["1"] * N)),
    ("a - chain of names", "x = " + " - ".join(["a"] * N)),
    ("an attribute chain", "x = a" + ".b" * N),
    ("a call chain", "x = f" + "()" * N),
    ("a subscript chain", "x = a" + "[0]" * N),
    ("unary minus", "x = " + "-" * N + "1"),
    ("not", "x = " + "not " * N + "1"),
    ("lambdas", "x = " + "lambda: " * N + "1"),
    ("conditional expressions", "x = " + "1 if 1 else " * N + "1"),
    ("power chain", "x = " + " ** ".join(["2"] * N)),
    ("and chain", "x = " + " and ".join(["1"] * N)),
    ("comparison chain", "x = " + " < ".join(["1"] * N)),
    ("tuple of 100,000", "x = " + ", ".join(["1"] * N)),
    ("string concatenation", "x = " + " ".join(["'a'"] * N)),
    ("f-string format specs", "x = f'" + "{x:" * N + "}" * N + "'"),
    ("f-string parentheses", "x = f'{" + "(" * N + "1" + ")" * N + "}'"),
    ("nested ifs (1,000)", "".join(" " * i + "if 1:\n" for i in range(1000)) + " " * 1000 + "pass\n"),
    ("nested defs on one line each", "".join(" " * i + "def f():\n" for i in range(150)) + " " * 150 + "pass\n"),
    ("100,000 statements", "x = 1\n" * N),
    ("100,000 elifs", "if x: pass\n" + "elif x: pass\n" * N),
    ("199 nested comprehensions", "x = " + "[" * 199 + "1" + " for a in b]" * 199),
]
for name, src in CASES:
    try:
        compile(src, "<deep>", "exec")
        print(name, "-> compiled")
    except SyntaxError as e:
        print(name, "->", type(e).__name__, e.msg, e.lineno, e.offset)
    except RecursionError as e:
        print(name, "-> RecursionError", e)
    except MemoryError as e:
        print(name, "-> MemoryError", e)
