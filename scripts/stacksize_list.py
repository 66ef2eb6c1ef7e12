# Lists the value-stack depth (co_stacksize) of every code object that
# compiling each file makes: the module, and every function, lambda,
# comprehension, generator expression and class body nested in it (found
# through co_consts). One line per code object: file, qualname, first line,
# co_stacksize, sorted. Runs under CPython and under minipy alike, so that
# scripts/check_stacksize.sh can diff the two.
#   python3 scripts/stacksize_list.py FILE...
import sys

CodeType = type(compile("0", "<probe>", "eval"))


def walk(code, out):
    out.append((code.co_qualname, code.co_firstlineno, code.co_stacksize))
    for c in code.co_consts:
        if type(c) is CodeType:
            walk(c, out)


for path in sys.argv[1:]:
    with open(path, "rb") as f:
        source = f.read()
    try:
        code = compile(source, path, "exec")
    except (SyntaxError, ValueError) as e:
        print(path, "SyntaxError", type(e).__name__)
        continue
    rows = []
    walk(code, rows)
    rows.sort()  # (the checker sorts again, bytewise)
    for qualname, line, size in rows:
        print(path, qualname, line, size)
