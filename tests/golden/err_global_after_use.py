# A global or nonlocal declaration after the name was used or assigned is a
# SyntaxError even when an earlier declaration made the name global; a use
# is reported before an assignment, both before "nonlocal and global".
cases = [
    "def f():\n    global x\n    x = 1\n    global x\n",
    "global y\ny = 1\nglobal y\n",
    "def f():\n    x = 1\n    print(x)\n    global x\n",
    "def f():\n    global x\n    global x\n    x = 2\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n        global x\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x\n",
    "def f():\n    x = 0\n    def g():\n        nonlocal x\n        x = 1\n        nonlocal x\n",
    "def f(a):\n    global a\n",
]
for source in cases:
    try:
        compile(source, "<case>", "exec")
        print("compiles")
    except SyntaxError as e:
        print(f"{e.msg} (line {e.lineno}, offset {e.offset})")
