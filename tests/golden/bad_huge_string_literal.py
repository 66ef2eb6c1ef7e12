# A 10 MB string literal in source, and a 10 MB bytes literal.
src = "s = '" + "a" * 10_000_000 + "'"
ns = {}
exec(src, ns)
print(len(ns["s"]), ns["s"][:5], ns["s"] == "a" * 10_000_000)
exec("b = b'" + "z" * 10_000_000 + "'", ns)
print(len(ns["b"]))
exec('t = """' + "line\n" * 1_000_000 + '"""', ns)
print(ns["t"].count("\n"))
exec("u = '" + "\\u00e9" * 1_000_000 + "'", ns)
print(len(ns["u"]), len(ns["u"].encode()))
exec("f = f'" + "x" * 1_000_000 + "{1 + 1}'", ns)
print(len(ns["f"]))
try:
    exec("s = '" + "a" * 1_000_000 + "\n'")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
