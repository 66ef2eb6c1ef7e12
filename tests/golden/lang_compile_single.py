# compile(source, filename, 'single'): one statement whose expression values
# are printed (sys.displayhook), from source that is complete: a compound
# statement needs no empty line after it, and an empty source has no
# statement to compile.
exec(compile("if 1: 10 + 1\n", "f", "single"))
exec(compile("if 1:\n  x = 2\n\n  x * 3\n", "f", "single"))
exec(compile("for i in range(2):\n  i\n", "f", "single"))
exec(compile("if 1:\n  'no newline at the end'", "f", "single"))
exec(compile("y = 5; y", "f", "single"))
exec(compile("None", "f", "single"))
exec(compile("pass\n\n\n", "f", "single"))

for source in ["", "\n", "\n\n", "#a\n#b\n", "# only", "\\\n", "x = 1\ny = 2\n", "x = (1,\n", "'''abc", "if 1:\n"]:
    try:
        compile(source, "f", "single")
        print(repr(source), "compiles")
    except SyntaxError as e:
        print(repr(source), type(e).__name__, repr(e.msg), e.lineno, e.offset)
