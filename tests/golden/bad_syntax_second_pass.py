# Errors that pegen's second pass finds with its invalid_ rules, where the
# rule's exact conditions decide between a specific message and plain
# "invalid syntax": keyword arguments, comma hints, comprehension targets,
# parameter lists read before a broken body, and a '=' with nothing after.
# Each input is compiled from a string.
CASES = [
    ("keyword without a value", "f(e=)\n"),
    ("attribute as keyword", "f(a.b=1)\n"),
    ("parenthesized name as keyword", "f((e)=1)\n"),
    ("keyword before a comprehension", "f(x=1 for x in y)\n"),
    ("two names", "f(n m)\n"),
    # CPython 3.11 compares a name with the soft keywords for the name's own
    # length: a prefix of match, case or _ gets no comma hint.
    ("a prefix of 'match' first", "f(m x)\n"),
    ("a prefix of 'case' first", "f(ca x)\n"),
    ("'_' first", "f(_ x)\n"),
    ("longer than 'case'", "f(cases x)\n"),
    ("attribute of a prefix", "f(mat.x y)\n"),
    ("comprehension target, two names", "[x for x y]\n"),
    ("comprehension target before a call", "[k for k  vars(C) if k]\n"),
    ("dict comprehension target", "{i: 1 for i i in range(8)}\n"),
    ("generator target, missing else", "(k for k  (a | b) if not k)\n"),
    ("comprehension target reads as a call", '[x for x  (b"p", b"q")]\n'),
    ("comprehension target a call", "[x for f() in y]\n"),
    ("comprehension with 'in' and a bad iterable", "[x for x in y z]\n"),
    ("'=' for '==' before parentheses", "if x = (1): pass\n"),
    ("'=' for '==' before a parenthesized list", "if x = ([]): pass\n"),
    ("lambda before a call", "lambda print(r)\n"),
    ("lambda parameters in parentheses", "lambda (a): 0\n"),
    ("lambda parameter in parentheses", "lambda a, (b): 0\n"),
    ("default before a broken body", "def f(a=1, b):\n    pass pass\n"),
    ("default before a bad parameter", "def f(a=1, b b):\n    pass\n"),
    ("bare star before a bad parameter", "def f(x=(1,), *, =2):\n    pass\n"),
    ("lambda default before a broken body", "lambda a=1, b: 0 0\n"),
    ("literal before a dangling '='", "1 = \n"),
    ("call after a target", "x = f() = \n"),
    ("literal after a target", "x = 1 = \n"),
    ("yield in parentheses", "(yield) = \n"),
    ("bare yield in a chain", "x = yield = \n"),
    ("yield in parentheses in a chain", "x = (yield) = 1\n"),
    ("names only", "a = b = \n"),
]
for name, src in CASES:
    try:
        compile(src, "<case>", "exec")
        print(name, "-> compiled")
    except SyntaxError as e:
        print(name, "->", type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
